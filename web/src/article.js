// Entry point of the article view (article.html?id=N).
import { FeedClient } from './api/FeedClient.js';
import { ArticleView } from './article/ArticleView.js';

const id = new URLSearchParams(location.search).get('id');
const view = new ArticleView(document.getElementById('cm-article'), new FeedClient());
if (id) {
  view.show(id).then(() => { document.body.dataset.ready = 'true'; });
} else {
  document.getElementById('cm-article').textContent = 'No article id given (article.html?id=N).';
  document.body.dataset.ready = 'true';
}
