import { h, highlighted, safeLink } from '../controls/h.js';
import { formatDay, toDay } from '../time/Days.js';

/**
 * One article as the pipeline read it: its text with every recognised place highlighted (hover for
 * the gazetteer entry, click to see it on the map) and the events read from it, each linking to the
 * map on its day with its details open. Text from the article is inserted as text, never as HTML.
 *
 * Options (defaults in brackets): mapUrl: params => URL of the map page ['./?' + params].
 */
export class ArticleView {
  constructor(container, client, options = {}) {
    this._container = container;
    this._client = client;
    this._mapUrl = options.mapUrl ?? ((params) => './?' + new URLSearchParams(params).toString().replace(/%2C/g, ',').replace(/%3A/g, ':'));
  }

  /** Loads and shows the article; resolves when shown (or when the error is shown). */
  async show(id) {
    let article;
    try {
      article = await this._client.article(id);
    } catch (e) {
      this._container.replaceChildren(h('p', { text: e.status === 404 ? 'There is no article ' + id + '.' : 'Could not load the article (' + e.message + ').' }));
      return;
    }
    document.title = (article.title || 'Article') + ' · conflict-map';
    const text = String(article.text || '');
    const mentions = Array.isArray(article.mentions) ? article.mentions : [];
    const events = Array.isArray(article.events) ? article.events : null;
    const published = toDay(String(article.published || ''));
    const body = h('div', { className: 'cm-article-text' },
      highlighted(text, mentions.map((m) => ({ start: m.start, end: m.end, mention: m })), (r) => this._mark(r.mention, published)));
    this._container.replaceChildren(
      h('article', { className: 'cm-article' },
        h('h1', { text: article.title || 'Untitled article' }),
        h('p', { className: 'cm-source-meta' },
          [article.source, Number.isNaN(published) ? null : formatDay(published)].filter(Boolean).join(', '),
          article.url ? [' · ', safeLink(article.url, 'original')] : null),
        h('p', { className: 'cm-hint', text: mentions.length
          ? mentions.length + ' place mentions recognised (highlighted; hover for the gazetteer entry).'
          : 'No recognised place mentions are listed for this article.' }),
        body),
      h('section', { className: 'cm-article-events', attrs: { 'aria-label': 'Events read from this article' } },
        h('h2', { text: 'Events read from this article' }),
        events === null
          ? h('p', { className: 'cm-hint', text: 'The service does not list the events of this article.' })
          : events.length === 0
            ? h('p', { text: 'No events were read from this article.' })
            : h('ul', {}, events.map((e) => this._event(e)))));
  }

  _mark(m, published) {
    const p = m && m.place ? m.place : {};
    const title = [p.name, p.kind, Number.isFinite(p.lat) ? p.lat.toFixed(3) + ', ' + Number(p.lon).toFixed(3) : null]
      .filter(Boolean).join(' · ');
    return {
      title,
      className: 'cm-mention',
      tabIndex: 0,
      attrs: { 'data-place': p.id ?? '' },
      on: Number.isFinite(p.lat) ? { click: () => { location.href = this._mapUrl(this._view(p, published)); } } : {},
    };
  }

  _view(p, day) {
    const params = {};
    if (!Number.isNaN(day)) params.date = new Date(day * 86400000).toISOString().slice(0, 10);
    if (Number.isFinite(p.lat) && Number.isFinite(p.lon)) params.view = [p.lat, p.lon, 9].join(',');
    return params;
  }

  _event(e) {
    const place = e.place || {};
    const date = String(e.date || e.event_date || '');
    const params = this._view(place, toDay(date));
    if (e.id !== undefined) params.select = 'event:' + e.id;
    const label = [e.type, e.actor ? 'by ' + e.actor : null, place.name ? 'at ' + place.name : null,
      date ? 'on ' + formatDay(toDay(date), e.datePrecision || e.date_precision || e.precision || 'day') : null].filter(Boolean).join(' ');
    return h('li', {}, h('a', { href: this._mapUrl(params), text: label || 'event ' + e.id }),
      e.evidence && e.evidence.text ? h('blockquote', { className: 'cm-evidence', text: e.evidence.text }) : null);
  }
}
