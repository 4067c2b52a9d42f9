import { h } from './h.js';

/**
 * The analyst controls under an event's evidence: confirm, reject, or correct place (from the
 * candidates the geoparser weighed for the article's mentions), type and date, each with a reason, and
 * the event's history. Shown only once a token has been entered (kept in sessionStorage, so it goes
 * when the tab closes). Edits send If-Match with the version last read, so a stale form is refused
 * (412) rather than overwriting another analyst's edit. Text from the server is inserted as text.
 *
 * Options (defaults in brackets):
 *  - storage: where the token is kept [window.sessionStorage]
 *  - key: the storage key ['conflictmap.analystToken']
 *  - fetch: the fetch function [window.fetch]
 *  - onChange: called after a successful edit, e.g. to reload the layers [no-op]
 */
export class ReviewPanel {
  constructor(options = {}) {
    this._storage = options.storage ?? window.sessionStorage;
    this._key = options.key ?? 'conflictmap.analystToken';
    this._fetch = options.fetch ?? ((url, init) => window.fetch(url, init));
    this._onChange = options.onChange ?? (() => {});
  }

  token() {
    return this._storage.getItem(this._key) || '';
  }

  /** A small field to enter (or forget) the analyst token. */
  tokenField() {
    const input = h('input', { type: 'password', className: 'cm-review-token', value: this.token(),
      attrs: { 'aria-label': 'Analyst token', placeholder: 'analyst token' } });
    const save = h('button', { type: 'button', text: 'Use token', on: { click: () => {
      const value = input.value.trim();
      if (value) this._storage.setItem(this._key, value); else this._storage.removeItem(this._key);
    } } });
    return h('div', { className: 'cm-review-login' }, input, save);
  }

  /** The review block of one event (empty when no token was entered). */
  build(eventId, articleId) {
    const root = h('div', { className: 'cm-review', attrs: { 'data-event': eventId } });
    if (!this.token()) return root;
    this._load(root, eventId, articleId);
    return root;
  }

  async _load(root, eventId, articleId) {
    root.replaceChildren(h('p', { className: 'cm-hint', text: 'Loading the review…' }));
    try {
      const response = await this._fetch('/api/events/' + encodeURIComponent(eventId));
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const etag = response.headers.get('ETag');
      const state = await response.json();
      const candidates = await this._candidates(articleId);
      const history = await (await this._fetch('/api/events/' + encodeURIComponent(eventId) + '/history')).json();
      root.replaceChildren(this._form(root, state, etag, candidates), this._history(history));
    } catch (e) {
      root.replaceChildren(h('p', { className: 'cm-error', text: 'Review unavailable: ' + e.message }));
    }
  }

  async _candidates(articleId) {
    if (articleId === undefined || articleId === null) return [];
    const response = await this._fetch('/api/articles/' + encodeURIComponent(articleId));
    if (!response.ok) return [];
    const article = await response.json();
    const seen = new Map();
    for (const m of article.mentions || []) {
      for (const p of [m.place, ...(m.alternatives || []).map((c) => c.place)]) {
        if (p && p.id !== undefined && !seen.has(p.id)) seen.set(p.id, p);
      }
    }
    return [...seen.values()];
  }

  _form(root, state, etag, candidates) {
    const status = h('p', { className: 'cm-review-status', text: 'Review: ' + state.status + ' (version ' + state.version + ')' });
    const reason = h('textarea', { className: 'cm-review-reason', attrs: { 'aria-label': 'Reason', placeholder: 'Why (required)' } });
    const type = select(['capture', 'withdrawal', 'advance', 'deployment', 'attack'], state.type, 'Type');
    const date = h('input', { type: 'date', value: state.date, attrs: { 'aria-label': 'Date' } });
    const precision = select(['day', 'week', 'month', 'year'], state.datePrecision, 'Date precision');
    const places = candidates.some((p) => p.id === state.place.id) ? candidates : [state.place, ...candidates];
    const place = h('select', { attrs: { 'aria-label': 'Place' } },
      places.map((p) => h('option', { value: p.id, text: p.name + ' (' + p.id + ')', selected: p.id === state.place.id })));
    const message = h('p', { className: 'cm-review-message', attrs: { role: 'status' } });
    const send = async (method, path, body) => {
      if (!reason.value.trim()) { message.textContent = 'Give a reason first.'; return; }
      const response = await this._fetch('/api/events/' + encodeURIComponent(state.id) + path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + this.token(), 'If-Match': etag },
        body: JSON.stringify({ ...body, reason: reason.value.trim() }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        message.textContent = (response.status === 412 ? 'Someone else edited this event; reloaded. ' : '')
          + (problem.detail || ('HTTP ' + response.status));
        if (response.status === 412) this._load(root, state.id, state.articleId);
        return;
      }
      this._onChange();
      this._load(root, state.id, state.articleId);
    };
    const changes = () => {
      const body = {};
      if (type.value !== state.type) body.type = type.value;
      if (date.value && date.value !== state.date) body.date = date.value;
      if (precision.value !== state.datePrecision) body.datePrecision = precision.value;
      if (place.value !== state.place.id) body.place = place.value;
      return body;
    };
    return h('form', { className: 'cm-review-form', on: { submit: (e) => e.preventDefault() } },
      status, reason,
      h('div', { className: 'cm-review-actions' },
        h('button', { type: 'button', className: 'cm-review-confirm', text: 'Confirm', on: { click: () => send('POST', '/confirm', {}) } }),
        h('button', { type: 'button', className: 'cm-review-reject', text: 'Reject', on: { click: () => send('POST', '/reject', {}) } })),
      h('div', { className: 'cm-review-edit' }, place, type, date, precision,
        h('button', { type: 'button', text: 'Save changes', on: { click: () => send('PATCH', '', changes()) } })),
      message);
  }

  _history(revisions) {
    const list = h('ol', { className: 'cm-review-history' });
    for (const r of revisions) {
      list.append(h('li', { text: r.at + ' · ' + r.author + ' · ' + r.action + ': ' + r.reason }));
    }
    return h('details', {}, h('summary', { text: 'History (' + revisions.length + ')' }), list);
  }
}

function select(values, current, label) {
  return h('select', { attrs: { 'aria-label': label } },
    values.map((v) => h('option', { value: v, text: v, selected: v === current })));
}
