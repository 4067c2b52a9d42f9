import { toIso } from '../time/Days.js';

/**
 * Territory polygons per faction, one response per segment of the TimeModel (the control state, and
 * so the territory, is the same for all days of a segment), kept in memory up to a number of
 * segments. Dispatches 'update' when a segment arrives, 'error' on failures and 'unavailable' when
 * the service has no territory collection.
 *
 * Options (defaults in brackets):
 *  - client: a FeedClient (required)
 *  - model: a TimeModel whose change days are the control change days (required)
 *  - maxSegments: segments kept in memory [32]
 *
 * At most one request is in flight; while it runs, only the latest request waits (scrubbing past
 * many segments asks for the one the reader stops at, not for every one passed).
 */
export class TerritoryStore extends EventTarget {
  static NONE = Object.freeze([]);

  constructor(options) {
    super();
    this._client = options.client;
    this._model = options.model;
    this._max = options.maxSegments ?? 32;
    this._busy = false;
    this._waiting = null;
    this._cache = new Map();
    this._pending = new Map();
    this.available = true;
  }

  _key(day, knownAt) {
    const seg = this._model.changeDays.length ? String(this._model.segmentStart(day)) : 'day' + day;
    return knownAt === null ? String(seg) : seg + '@' + knownAt;
  }

  /** The features of the day, or of the nearest earlier loaded day when the day is not loaded yet. */
  get(day, knownAt = null) {
    const exact = this._cache.get(this._key(day, knownAt));
    if (exact) return { features: exact, exact: true };
    if (knownAt === null) {
      // While the day's territory loads, show the nearest earlier loaded one rather than nothing.
      const days = this._model.changeDays;
      for (let s = this._model.segmentOf(day) - 1; s >= 0 && s > this._model.segmentOf(day) - 64; s--) {
        const near = this._cache.get(String(days[s]));
        if (near) return { features: near, exact: false };
      }
    }
    return { features: TerritoryStore.NONE, exact: false };
  }

  /** A number that identifies a features array returned by get() (for redraw decisions). */
  identity(features) {
    if (!this._ids) this._ids = new WeakMap();
    let id = this._ids.get(features);
    if (id === undefined) {
      id = (this._nextId = (this._nextId || 0) + 1);
      this._ids.set(features, id);
    }
    return id;
  }

  /** Loads the day's territory unless loaded or loading. */
  request(day, knownAt = null) {
    if (!this.available) return Promise.resolve();
    const key = this._key(day, knownAt);
    if (this._cache.has(key)) return Promise.resolve();
    if (this._pending.has(key)) return this._pending.get(key);
    if (this._busy) {
      if (this._waiting) this._waiting.resolve();
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      this._waiting = { day, knownAt, resolve };
      return promise;
    }
    return this._fetch(key, day, knownAt);
  }

  _fetch(key, day, knownAt) {
    const start = this._model.segmentStart(day);
    const at = knownAt === null && Number.isFinite(start) ? start : day;
    const params = { datetime: toIso(at) };
    if (knownAt !== null) params.known_at = toIso(knownAt);
    this._busy = true;
    const promise = this._client.items('territory', params)
      .then((features) => {
        this._cache.set(key, features.filter((f) => f.geometry));
        if (this._cache.size > this._max) this._cache.delete(this._cache.keys().next().value);
        this.dispatchEvent(new CustomEvent('update', { detail: { day } }));
      })
      .catch((error) => {
        if (error.status === 404) {
          this.available = false;
          this.dispatchEvent(new CustomEvent('unavailable'));
        } else {
          this.dispatchEvent(new CustomEvent('error', { detail: { error, collection: 'territory' } }));
        }
      })
      .finally(() => {
        this._pending.delete(key);
        this._busy = false;
        const next = this._waiting;
        this._waiting = null;
        if (next) this.request(next.day, next.knownAt).then(next.resolve);
      });
    this._pending.set(key, promise);
    return promise;
  }

  /** Loads the next few segments after the day, for smooth playing. */
  prefetchAhead(day, count = 3) {
    const days = this._model.changeDays;
    let seg = this._model.segmentOf(day);
    for (let i = 0; i < count && seg + 1 < days.length; i++) {
      seg++;
      this.request(days[seg]);
    }
  }
}
