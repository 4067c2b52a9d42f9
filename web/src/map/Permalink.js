/**
 * The page state in the URL's query string, so that a copied link opens the same view and Back and
 * Forward step through what the reader did:
 *
 *   date=YYYY-MM-DD          the slider's day
 *   factions=a,b             the factions shown (absent: all)
 *   layers=territory,control,movements,events   the layers shown (absent: all)
 *   view=lat,lon,zoom        the map view (absent: fit the data)
 *   known=1                  "as known on" the shown day
 *   embed=1                  map and slider only
 *   select=event:12          the feature whose details are open
 *
 * write() pushes a history entry for deliberate changes and replaces the current one for continuous
 * ones (dragging, playing); 'restore' ({detail: state}) fires on Back/Forward.
 *
 * Options (defaults in brackets): window [window].
 */
export class Permalink extends EventTarget {
  constructor(options = {}) {
    super();
    this._window = options.window ?? window;
    this._window.addEventListener('popstate', () => {
      this.dispatchEvent(new CustomEvent('restore', { detail: Permalink.parse(this._window.location.search) }));
    });
  }

  /** The state in the current URL. */
  read() {
    return Permalink.parse(this._window.location.search);
  }

  /** Writes the state; push = a new history entry. Does nothing when the URL would not change. */
  write(state, push = false) {
    const search = Permalink.format(state);
    if (search === this._window.location.search) return;
    const url = this._window.location.pathname + search + this._window.location.hash;
    if (push) this._window.history.pushState(null, '', url);
    else this._window.history.replaceState(null, '', url);
  }

  static parse(search) {
    const q = new URLSearchParams(search);
    const list = (name) => (q.has(name) ? q.get(name).split(',').map((s) => s.trim()).filter(Boolean) : null);
    const date = q.get('date');
    let view = null;
    const v = (q.get('view') || '').split(',').map(Number);
    if (v.length === 3 && v.every(Number.isFinite) && Math.abs(v[0]) <= 90 && Math.abs(v[1]) <= 540) {
      view = { lat: v[0], lon: v[1], zoom: Math.max(0, Math.min(18, v[2])) };
    }
    return {
      date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      factions: list('factions'),
      layers: list('layers'),
      view,
      known: q.get('known') === '1',
      embed: q.get('embed') === '1',
      select: q.get('select') || null,
    };
  }

  static format(state) {
    const q = new URLSearchParams();
    if (state.date) q.set('date', state.date);
    if (state.factions) q.set('factions', state.factions.join(','));
    if (state.layers) q.set('layers', state.layers.join(','));
    if (state.view) q.set('view', [state.view.lat.toFixed(4), state.view.lon.toFixed(4), Math.round(state.view.zoom * 10) / 10].join(','));
    if (state.known) q.set('known', '1');
    if (state.embed) q.set('embed', '1');
    if (state.select) q.set('select', state.select);
    const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
    return s ? '?' + s : '';
  }
}
