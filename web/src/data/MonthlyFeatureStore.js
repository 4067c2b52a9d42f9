import { monthOf, monthStart, monthEnd, toIso } from '../time/Days.js';

/**
 * Dated features of one collection (events, movements) loaded a month at a time and indexed by day,
 * so that the map can ask for "everything between two days" on every animation frame without a
 * request. Each loaded feature becomes a record {id, day, end, faction, known, feature, ...extra}
 * made by the 'record' option. Dispatches 'update' ({detail: {month}}) when data arrives and 'error'
 * when a month fails to load (that month is retried on the next ensure()).
 *
 * Options (defaults in brackets):
 *  - client: a FeedClient (required)
 *  - collection: collection id (required)
 *  - record: feature => record or null (required)
 *  - maxSpan: the longest a record lasts in days, so queries look back far enough [366]
 *  - concurrency: parallel month requests [2]
 */
export class MonthlyFeatureStore extends EventTarget {
  constructor(options) {
    super();
    this._client = options.client;
    this._collection = options.collection;
    this._record = options.record;
    this._maxSpan = options.maxSpan ?? 366;
    this._concurrency = options.concurrency ?? 2;
    this._buckets = new Map();
    this._states = new Map();
    this._queue = [];
    this._running = 0;
    this.size = 0;
  }

  /** Whether every month touching [from, to] is loaded. */
  covers(from, to) {
    for (let m = monthOf(from); m <= monthOf(to); m++) {
      if (this._states.get(m) !== 'loaded') return false;
    }
    return true;
  }

  /** Loads the months touching [from, to] first (before queued prefetches); resolves when loaded. */
  ensure(from, to) {
    const months = [];
    for (let m = monthOf(from - this._maxSpan); m <= monthOf(to); m++) months.push(m);
    return Promise.all(months.reverse().map((m) => this._load(m, true)));
  }

  /** Queues the months of [from, to] for loading in the background, nearest to 'around' first. */
  prefetch(from, to, around) {
    const centre = monthOf(around);
    const months = [];
    for (let m = monthOf(from); m <= monthOf(to); m++) {
      if (!this._states.has(m)) months.push(m);
    }
    months.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre));
    for (const m of months) this._load(m, false);
  }

  /** Calls fn(record) for every loaded record with day <= to and end >= from, in day order per month. */
  each(from, to, fn) {
    const last = monthOf(to);
    for (let m = monthOf(from - this._maxSpan); m <= last; m++) {
      const bucket = this._buckets.get(m);
      if (!bucket) continue;
      for (let i = 0; i < bucket.length; i++) {
        const r = bucket[i];
        if (r.day > to) break;
        if (r.end >= from) fn(r);
      }
    }
  }

  /** All loaded records (any order). */
  *records() {
    for (const bucket of this._buckets.values()) yield* bucket;
  }

  _load(month, urgent) {
    const state = this._states.get(month);
    if (state === 'loaded') return Promise.resolve();
    if (state && state.promise) {
      if (urgent && state.queued) { state.urgent = true; this._promote(month); }
      return state.promise;
    }
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    const entry = { promise, resolve, queued: true, month, urgent };
    this._states.set(month, entry);
    if (urgent) this._queue.unshift(entry); else this._queue.push(entry);
    this._pump();
    return promise;
  }

  _promote(month) {
    const i = this._queue.findIndex((e) => e.month === month);
    if (i > 0) this._queue.unshift(...this._queue.splice(i, 1));
  }

  /**
   * Holds back background loads (not the ones the shown day needs) while the reader drags or plays,
   * so that parsing them does not take frames; resume() lets them continue.
   */
  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
    this._pump();
  }

  _pump() {
    while (this._running < this._concurrency && this._queue.length && (!this.paused || this._queue[0].urgent)) {
      const entry = this._queue.shift();
      entry.queued = false;
      this._running++;
      const datetime = toIso(monthStart(entry.month)) + '/' + toIso(monthEnd(entry.month));
      this._client.items(this._collection, { datetime })
        .then((features) => {
          const bucket = [];
          for (const f of features) {
            const r = this._record(f);
            if (r) bucket.push(r);
          }
          bucket.sort((a, b) => a.day - b.day);
          this._buckets.set(entry.month, bucket);
          this.size += bucket.length;
          this._states.set(entry.month, 'loaded');
          this.dispatchEvent(new CustomEvent('update', { detail: { month: entry.month } }));
        })
        .catch((error) => {
          this._states.delete(entry.month);
          this.dispatchEvent(new CustomEvent('error', { detail: { error, collection: this._collection } }));
        })
        .finally(() => {
          this._running--;
          entry.resolve();
          this._pump();
        });
    }
  }
}
