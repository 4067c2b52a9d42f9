import { h, safeLink, highlighted } from './h.js';
import { formatDay, toDay } from '../time/Days.js';

/**
 * What a clicked feature stands on: place, date (with its precision), type, actor, confidence, the
 * evidence sentences with the place highlighted, the source (title, outlet, date, link, the article
 * view) and "why here" (the gazetteer candidates the geoparser weighed for that mention, from
 * /api/articles/{id}). Everything from articles is inserted as text. build() makes the content of a
 * popup (brief) or of the side panel (full).
 *
 * Options (defaults in brackets):
 *  - articleUrl: id => URL of the article view ['article.html?id=' + id]
 *  - maxSources: sources of a control state shown in full [6]
 *  - review: a ReviewPanel adding the analyst controls under an event in the side panel [none]
 */
export class DetailPanel {
  constructor(container, client, palette, options = {}) {
    this._container = container;
    this._client = client;
    this._palette = palette;
    this._articleUrl = options.articleUrl ?? ((id) => 'article.html?id=' + encodeURIComponent(id));
    this._maxSources = options.maxSources ?? 6;
    this._review = options.review ?? null;
    this._articles = new Map();
    this.clear();
  }

  clear() {
    this._container.replaceChildren(h('p', { className: 'cm-hint', text: 'Select a town, territory, event or movement on the map to read the sentences and sources behind it.' }));
  }

  /** Fills the side panel with the full details of a hit {kind, record}. */
  show(hit) {
    this._container.replaceChildren(this.build(hit, true));
  }

  /** The details of a hit as a DOM node; brief = for a popup. */
  build(hit, full = false) {
    const root = h('div', { className: 'cm-detail', attrs: { 'data-kind': hit.kind } });
    if (hit.kind === 'event') this._event(root, hit.record.feature, full);
    else if (hit.kind === 'control') this._control(root, hit.record, full);
    else if (hit.kind === 'movement') this._movement(root, hit.record, full);
    else if (hit.kind === 'territory') this._territory(root, hit.record);
    return root;
  }

  _faction(id) {
    const f = this._palette.get(id);
    return h('span', { className: 'cm-faction-tag' },
      h('span', { className: 'cm-swatch', style: 'background:' + f.colour, attrs: { 'aria-hidden': 'true' } }), f.name);
  }

  _event(root, feature, full) {
    const p = feature.properties || {};
    const place = p.place || {};
    root.append(
      h('h3', {}, capitalise(p.type || 'event'), ' · ', place.name || ''),
      facts([
        ['Date', dateText(p.date, p.date_precision)],
        ['Actor', p.actor ? this._faction(p.actor) : '—'],
        p.target ? ['Against', this._faction(p.target)] : null,
        p.origin ? ['From', p.origin.name || ''] : null,
        ['Confidence', percent(p.confidence)],
      ]));
    const evidence = p.evidence || {};
    const sentence = h('blockquote', { className: 'cm-evidence' },
      highlighted(String(evidence.text || ''), guessRanges(String(evidence.text || ''), [place.name, p.origin && p.origin.name])));
    root.append(sentence, this._source(p.article || {}));
    if (full && p.article && p.article.id !== undefined) {
      const why = h('div', { className: 'cm-why' });
      root.append(why);
      this._whyHere(p.article.id, evidence, place, sentence, why);
    }
    if (full && this._review && feature.id !== undefined) {
      root.append(this._review.build(feature.id, p.article && p.article.id));
    }
  }

  _control(root, r, full) {
    const p = r.feature.properties || {};
    root.append(
      h('h3', { text: (r.name || (p.place && p.place.name) || 'Place') }),
      facts([
        ['Held by', this._faction(r.faction)],
        ['Since', p.since ? formatDay(toDay(p.since)) : '—'],
        p.until ? ['Until', formatDay(toDay(p.until))] : null,
        ['Contested', p.contested ? 'yes' : 'no'],
        ['Confidence', percent(p.confidence)],
      ]));
    const sources = Array.isArray(p.sources) ? p.sources : [];
    const shown = full ? sources.slice(0, this._maxSources) : sources.slice(0, 1);
    const list = h('ol', { className: 'cm-sources' });
    for (const s of shown) {
      if (typeof s !== 'object' || s === null) { list.append(h('li', {}, h('blockquote', { className: 'cm-evidence', text: String(s) }))); continue; }
      const ev = s.evidence || {};
      const text = typeof ev === 'string' ? ev : String(ev.text || '');
      const quote = h('blockquote', { className: 'cm-evidence' }, highlighted(text, guessRanges(text, [r.name])));
      const articleId = s.articleId ?? s.article_id ?? s.article;
      const li = h('li', {},
        h('div', { className: 'cm-source-role' }, roleText(s.role), ' ', s.faction ? this._faction(s.faction) : '', ' · ',
          dateText(s.date, String(s.precision || 'day').toLowerCase())),
        quote);
      if (articleId !== undefined && articleId !== null) {
        const slot = h('div', { className: 'cm-source' });
        li.append(slot);
        if (full) {
          this._article(articleId).then((a) => slot.replaceChildren(this._source({ id: articleId, ...a }))).catch(() => slot.replaceChildren(this._source({ id: articleId })));
          const why = h('div', { className: 'cm-why' });
          li.append(why);
          this._whyHere(articleId, ev, { id: r.placeId, name: r.name }, quote, why);
        } else {
          slot.append(h('a', { href: this._articleUrl(articleId), text: 'Read the article' }));
        }
      }
      list.append(li);
    }
    if (!shown.length) list.append(h('li', { text: 'No source recorded.' }));
    root.append(h('h4', { text: sources.length === 1 ? '1 source' : sources.length + ' sources' }), list);
  }

  _movement(root, r, full) {
    const p = r.feature.properties || {};
    root.append(
      h('h3', {}, 'Movement · ', (p.origin && p.origin.name) || '?', ' → ', (p.target && p.target.name) || '?'),
      facts([
        ['Date', dateText(p.date, p.date_precision)],
        ['Actor', p.actor ? this._faction(p.actor) : '—'],
        ['Origin', p.derivation === 'inferred' ? 'inferred (the actor\'s nearest held place that day)' : 'stated in the text'],
      ]));
    if (p.event_id !== undefined && p.event_id !== null) {
      const slot = h('div', { className: 'cm-movement-event' }, h('p', { className: 'cm-hint', text: 'Loading the event…' }));
      root.append(slot);
      this._client.item('events', p.event_id).then((feature) => {
        if (!feature) { slot.replaceChildren(h('p', { text: 'The event behind this movement is not available.' })); return; }
        const inner = h('div');
        this._event(inner, feature, full);
        slot.replaceChildren(inner);
      }).catch(() => slot.replaceChildren(h('p', { text: 'Could not load the event behind this movement.' })));
    }
  }

  _territory(root, r) {
    const p = r.feature.properties || {};
    const places = Array.isArray(p.places) ? p.places : p.places && Array.isArray(p.places.ids) ? p.places.ids : null;
    const placeCount = p.places && p.places.count !== undefined ? p.places.count : places ? places.length : null;
    root.append(
      h('h3', {}, 'Territory of ', this._faction(r.faction)),
      facts([
        ['Area', p.area_km2 !== undefined ? Math.round(Number(p.area_km2)).toLocaleString('en-GB') + ' km²' : '—'],
        ['Places', placeCount === null ? '—' : String(placeCount)],
        ['Contested', p.contested ? 'yes' : 'no'],
      ]),
      h('p', { className: 'cm-hint', text: 'Territory is drawn around the towns the faction holds; select a town for the sources.' }));
    if (places && places.length) {
      const names = places.slice(0, 30).map((x) => (typeof x === 'object' ? x.name || x.id : this._placeName(x)));
      root.append(h('p', { className: 'cm-places', text: names.join(', ') + (places.length > 30 ? '…' : '') }));
    }
  }

  /** A place name for an id, when a control point of it is loaded (set by the page). */
  _placeName(id) {
    return this.placeName ? this.placeName(id) || String(id) : String(id);
  }

  _source(article) {
    const bits = [];
    if (article.title) bits.push(h('cite', { text: article.title }));
    const meta = [article.source, article.published ? formatDay(toDay(String(article.published))) : null].filter(Boolean).join(', ');
    return h('div', { className: 'cm-source' },
      bits, meta ? h('span', { className: 'cm-source-meta', text: ' — ' + meta }) : null,
      h('div', { className: 'cm-source-links' },
        article.url ? safeLink(article.url, 'original') : null,
        article.url ? ' · ' : null,
        article.id !== undefined ? h('a', { href: this._articleUrl(article.id), text: 'article with its places' }) : null));
  }

  _article(id) {
    if (!this._articles.has(id)) {
      const p = this._client.article(id);
      this._articles.set(id, p);
      p.catch(() => this._articles.delete(id));
    }
    return this._articles.get(id);
  }

  /** Highlights the place from the article's mentions and lists the gazetteer candidates. */
  _whyHere(articleId, evidence, place, quote, target) {
    target.append(h('p', { className: 'cm-hint', text: 'Loading why this place…' }));
    this._article(articleId).then((article) => {
      if (!Array.isArray(article.mentions)) {
        target.replaceChildren(h('p', { className: 'cm-hint', text: 'The service does not list the place mentions of this article.' }));
        return;
      }
      const mentions = article.mentions;
      const start = Number(evidence && evidence.start);
      const end = Number(evidence && evidence.end);
      const text = String((evidence && evidence.text) || '');
      const inSentence = mentions.filter((m) => Number.isFinite(start) && m.start >= start && m.end <= end);
      const ranges = inSentence.map((m) => ({ start: m.start - start, end: m.end - start }));
      if (ranges.length) quote.replaceChildren(highlighted(text, ranges, (r) => markFor(inSentence.find((m) => m.start - start === r.start), place)));
      const mention = inSentence.find((m) => placeId(m) === String(place.id)) || mentions.find((m) => placeId(m) === String(place.id));
      target.replaceChildren();
      if (!mention) {
        target.append(h('p', { className: 'cm-hint', text: 'No recorded mention of this place in the article.' }));
        return;
      }
      const chosen = mention.place || {};
      const alternatives = Array.isArray(mention.alternatives) ? mention.alternatives : [];
      target.append(
        h('h4', { text: 'Why here?' }),
        h('p', {}, '“', String(mention.surface || ''), '” was read as ', h('strong', { text: chosen.name || place.name || '' }),
          chosen.kind ? ' (' + chosen.kind + ')' : '',
          Number.isFinite(chosen.lat) ? ', ' + Number(chosen.lat).toFixed(3) + ', ' + Number(chosen.lon).toFixed(3) : '',
          ' with confidence ', percent(mention.confidence), '.'),
        alternatives.length
          ? h('div', {}, h('p', { text: 'Other places with that name it weighed:' }),
            h('ul', { className: 'cm-candidates' }, alternatives.slice(0, 8).map((c) => h('li', { text: candidateText(c) }))))
          : h('p', { className: 'cm-hint', text: 'No other gazetteer entry matched this name.' }));
    }).catch(() => {
      target.replaceChildren(h('p', { className: 'cm-hint', text: 'The article behind this is not available.' }));
    });
  }
}

function facts(rows) {
  return h('dl', { className: 'cm-facts' }, rows.filter(Boolean).map(([k, v]) => [h('dt', { text: k }), h('dd', {}, v)]));
}

function dateText(iso, precision = 'day') {
  const day = toDay(String(iso || ''));
  if (Number.isNaN(day)) return '—';
  const p = precision || 'day';
  return formatDay(day, p) + (p === 'day' ? '' : ' (date known only to the ' + p + ')');
}

function percent(x) {
  const n = Number(x);
  return Number.isFinite(n) ? Math.round(n * 100) + ' %' : '—';
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function roleText(role) {
  const r = String(role || '').toLowerCase();
  return { gained: 'Taken by', lost: 'Lost by', held: 'Held by', contested: 'Fought over by' }[r] || (r ? capitalise(r) + ':' : '');
}

function placeId(m) {
  return String(m.place && m.place.id !== undefined ? m.place.id : m.placeId ?? m.place_id ?? '');
}

function markFor(m, place) {
  const same = m && placeId(m) === String(place.id);
  return { className: same ? 'cm-mark-place' : 'cm-mark-other', title: m && m.place && m.place.name ? m.place.name : '' };
}

/** Where the names occur in the sentence (case-insensitive), when the mentions are not known. */
function guessRanges(text, names) {
  const ranges = [];
  const lower = text.toLowerCase();
  for (const name of names) {
    if (!name) continue;
    const i = lower.indexOf(String(name).toLowerCase());
    if (i >= 0) ranges.push({ start: i, end: i + String(name).length });
  }
  return ranges;
}

function candidateText(c) {
  const p = c.place || c;
  const parts = [p.name || p.id || '?'];
  const where = [p.kind, p.country, p.admin1].filter(Boolean).join(', ');
  if (where) parts.push('(' + where + ')');
  if (Number.isFinite(Number(p.lat)) && Number.isFinite(Number(p.lon))) parts.push(Number(p.lat).toFixed(2) + ', ' + Number(p.lon).toFixed(2));
  const score = c.score ?? c.confidence;
  if (score !== undefined) parts.push('score ' + Number(score).toFixed(2));
  return parts.join(' ');
}
