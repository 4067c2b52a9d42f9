import { h } from './h.js';

/**
 * The Embed dialog: an iframe snippet showing the current view in embed mode (map and slider only)
 * and the GeoJSON feed URLs of what is on screen, for QGIS, scripts or another Leaflet page.
 *
 * Options (defaults in brackets): width [800], height [600] of the iframe.
 */
export class EmbedDialog {
  constructor(options = {}) {
    this._width = options.width ?? 800;
    this._height = options.height ?? 600;
    this._snippet = h('textarea', { readOnly: true, rows: 4, className: 'cm-snippet', attrs: { 'aria-label': 'Embed snippet', id: 'cm-embed-snippet' } });
    this._feeds = h('ul', { className: 'cm-feed-list' });
    this._copied = h('span', { className: 'cm-hint', attrs: { role: 'status' } });
    this._dialog = h('dialog', { className: 'cm-dialog', attrs: { 'aria-labelledby': 'cm-embed-title' } },
      h('h2', { text: 'Embed this map', attrs: { id: 'cm-embed-title' } }),
      h('p', { text: 'Paste this into a web page to show this view (the map and the time slider):' }),
      this._snippet,
      h('div', {},
        h('button', { type: 'button', text: 'Copy snippet', on: { click: () => this._copy() } }), ' ', this._copied),
      h('h3', { text: 'GeoJSON feeds of this view' }),
      h('p', { className: 'cm-hint', text: 'OGC API - Features: add them in QGIS (Layer › Add WFS / OGC API - Features) or fetch them from a script.' }),
      this._feeds,
      h('form', { method: 'dialog' }, h('button', { type: 'submit', text: 'Close' })));
    document.body.append(this._dialog);
  }

  /** Opens the dialog for an embed URL and a list of [label, url] feeds. */
  open(embedUrl, feeds) {
    this._snippet.value = '<iframe src="' + embedUrl.replace(/"/g, '&quot;') + '" width="' + this._width
      + '" height="' + this._height + '" style="border:0" title="Conflict map" loading="lazy"></iframe>';
    this._feeds.replaceChildren(...feeds.map(([label, url]) => h('li', {}, h('span', { text: label + ': ' }),
      h('a', { href: url, text: url, attrs: { target: '_blank', rel: 'noopener' } }))));
    this._copied.textContent = '';
    if (typeof this._dialog.showModal === 'function') this._dialog.showModal(); else this._dialog.setAttribute('open', '');
  }

  get element() { return this._dialog; }

  async _copy() {
    this._snippet.select();
    try {
      await navigator.clipboard.writeText(this._snippet.value);
      this._copied.textContent = 'Copied.';
    } catch (e) {
      this._copied.textContent = 'Selected: press Ctrl+C to copy.';
    }
  }
}
