import { toDay, toIso } from '../time/Days.js';
import { TimeModel } from '../time/TimeModel.js';

/**
 * Who holds which place on each day, from the 'control' collection's daily snapshots. A snapshot of
 * one day is valid for its whole segment (the days up to the next control change day), and every
 * control point carries its interval (since, until), so the page collects the intervals once and
 * answers any day from memory. Snapshots after the first ask only for what is new (a CQL2 filter on
 * 'since' or 'until' relative to the nearest loaded snapshot), so prefetching every segment costs
 * about as much as the intervals themselves. Dispatches 'update' when a snapshot arrives and 'error'
 * on failures; 'knownat' ({detail: {supported}}) tells whether the service answers known_at.
 *
 * Options (defaults in brackets):
 *  - client: a FeedClient (required)
 *  - concurrency: parallel snapshot requests [2]
 *  - delta: ask only for intervals new since the nearest loaded snapshot [true]
 */
export class ControlStore extends EventTarget {
  constructor(options) {
    super();
    this._client = options.client;
    // Control change days, as segments: their own model, as they are fewer than all change days.
    this._model = new TimeModel({ min: -1e7, max: 1e7 });
    this._delta = options.delta ?? true;
    this._concurrency = options.concurrency ?? 2;
    this._intervals = new Map();
    this._list = [];
    this._fetched = [];
    this._pending = new Map();
    this._queue = [];
    this._running = 0;
    this.knownAtSupported = true;
    this._knownSnapshots = new Map();
  }

  /** Whether the state of the day is known without a request. */
  covers(day, knownAt = null) {
    return knownAt !== null && this.knownAtSupported
      ? this._knownSnapshots.has(day) : this._isFetched(day);
  }

  /** Loads the snapshot of the day's segment (or, as known on knownAt, of the day itself). */
  ensure(day, knownAt = null) {
    if (knownAt !== null && this.knownAtSupported) return this._loadKnown(day, knownAt);
    return this._load(day, true);
  }

  /** The control change days as a TimeModel (segments of days with the same control state). */
  get segments() {
    return this._model;
  }

  /** Replaces the days on which control changes. */
  setChangeDays(days) {
    this._model.setChangeDays(days);
  }

  /** Queues the snapshots of all segments, nearest to 'around' first. */
  prefetchAll(around) {
    const days = this._model.changeDays;
    const order = days.map((d, i) => i).sort((a, b) => Math.abs(days[a] - around) - Math.abs(days[b] - around));
    for (const i of order) this._load(days[i], false);
  }

  /**
   * Calls fn(record) once per place controlled on the day, for records the filter accepts. Records:
   * {id, placeId, name, faction, day (since), until, contested, confidence, lat, lon, feature}.
   */
  each(day, fn, knownAt = null) {
    if (knownAt !== null && this.knownAtSupported) {
      const snapshot = this._knownSnapshots.get(day);
      if (snapshot) snapshot.forEach(fn);
      return;
    }
    // The winners are the same for every day of a segment: compute them once per segment.
    const key = this.stateKey(day);
    if (this._winnersKey !== key) {
      this._winnersKey = key;
      this._winnersList = [...this._winners(day).values()];
    }
    const list = this._winnersList;
    for (let i = 0; i < list.length; i++) fn(list[i]);
  }

  /**
   * A string that changes whenever the places held on the day may differ: the day's control segment,
   * the data loaded so far, and for known-at views the day itself.
   */
  stateKey(day, knownAt = null) {
    if (knownAt !== null && this.knownAtSupported) return 'k' + day + '/' + (this._knownSnapshots.has(day) ? 1 : 0);
    const seg = this._model.changeDays.length ? this._model.segmentOf(day) : 'd' + day;
    return seg + '/' + this._list.length;
  }

  /** All loaded interval records. */
  intervals() {
    return this._list;
  }

  /** The record of a control feature id, when loaded. */
  byId(id) {
    return this._intervals.get(String(id)) ?? null;
  }

  _winners(day) {
    const byPlace = new Map();
    for (let i = 0; i < this._list.length; i++) {
      const r = this._list[i];
      if (r.day > day || r.until <= day) continue;
      const other = byPlace.get(r.placeId);
      if (!other || r.day > other.day || (r.day === other.day && (r.confidence > other.confidence
          || (r.confidence === other.confidence && r.numericId > other.numericId)))) {
        byPlace.set(r.placeId, r);
      }
    }
    return byPlace;
  }

  /** Whether a snapshot of a day in the same segment as the day has been loaded. */
  _isFetched(day) {
    if (this._model.changeDays.length === 0) return this._fetched.includes(day);
    const from = this._model.segmentStart(day);
    const to = this._model.segmentEnd(day);
    const f = this._fetched;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (f[mid] < from) lo = mid + 1; else hi = mid;
    }
    return lo < f.length && f[lo] < to;
  }

  _key(day) {
    return this._model.changeDays.length ? String(this._model.segmentStart(day)) : 'day' + day;
  }

  _load(day, urgent) {
    const key = this._key(day);
    if (this._isFetched(day)) return Promise.resolve();
    const pending = this._pending.get(key);
    if (pending) {
      if (urgent) {
        pending.urgent = true;
        const i = this._queue.indexOf(pending);
        if (i > 0) this._queue.unshift(...this._queue.splice(i, 1));
      }
      return pending.promise;
    }
    let resolve;
    const job = { key, day, urgent, promise: new Promise((r) => { resolve = r; }) };
    job.resolve = resolve;
    this._pending.set(key, job);
    if (urgent) this._queue.unshift(job); else this._queue.push(job);
    this._pump();
    return job.promise;
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
      const job = this._queue.shift();
      this._running++;
      const params = { datetime: toIso(job.day) };
      const filter = this._delta ? this._deltaFilter(job.day) : null;
      if (filter) params.filter = filter;
      this._client.items('control', params)
        .catch((error) => {
          if (!filter || error.status !== 400) throw error;
          this._delta = false;
          return this._client.items('control', { datetime: toIso(job.day) });
        })
        .then((features) => {
          for (const f of features) this._add(f);
          const i = this._fetched.findIndex((d) => d > job.day);
          this._fetched.splice(i < 0 ? this._fetched.length : i, 0, job.day);
          this.dispatchEvent(new CustomEvent('update', { detail: { day: job.day } }));
        })
        .catch((error) => this.dispatchEvent(new CustomEvent('error', { detail: { error, collection: 'control' } })))
        .finally(() => {
          this._pending.delete(job.key);
          this._running--;
          job.resolve();
          this._pump();
        });
    }
  }

  /**
   * Every interval active on the day that started on or before a loaded day D < day was active on D
   * too, so only those with since > D are new; symmetrically, before a loaded day D > day only those
   * with until <= D are new.
   */
  _deltaFilter(day) {
    const f = this._fetched;
    let before = null;
    let after = null;
    for (const d of f) {
      if (d < day) before = d;
      else if (d > day && after === null) after = d;
    }
    if (before !== null) return "since > '" + toIso(before) + "'";
    if (after !== null) return "until <= '" + toIso(after) + "'";
    return null;
  }

  async _loadKnown(day, knownAt) {
    if (this._knownSnapshots.has(day)) return;
    try {
      const features = await this._client.items('control', { datetime: toIso(day), known_at: toIso(knownAt) });
      this._knownSnapshots.set(day, features.map((f) => ControlStore.record(f)).filter(Boolean));
      if (this._knownSnapshots.size > 64) this._knownSnapshots.delete(this._knownSnapshots.keys().next().value);
      this.dispatchEvent(new CustomEvent('update', { detail: { day } }));
    } catch (error) {
      if (error.status === 501 || error.status === 400) {
        this.knownAtSupported = false;
        this.dispatchEvent(new CustomEvent('knownat', { detail: { supported: false } }));
        await this._load(day, true);
      } else {
        this.dispatchEvent(new CustomEvent('error', { detail: { error, collection: 'control' } }));
      }
    }
  }

  _add(feature) {
    if (this._intervals.has(String(feature.id))) return;
    const r = ControlStore.record(feature);
    if (!r) return;
    this._intervals.set(r.id, r);
    this._list.push(r);
  }

  /** The record of one control feature, or null when it has no point or no controller. */
  static record(feature) {
    const p = feature.properties || {};
    const g = feature.geometry;
    if (!g || g.type !== 'Point' || !p.controller) return null;
    const since = toDay(p.since ?? p.valid_from ?? '');
    const until = p.until ? toDay(p.until) : Infinity;
    const place = p.place || {};
    return {
      id: String(feature.id),
      numericId: Number(feature.id) || 0,
      placeId: String(place.id ?? feature.id),
      name: place.name ?? '',
      faction: String(p.controller),
      day: Number.isNaN(since) ? -Infinity : since,
      until: Number.isNaN(until) ? Infinity : until,
      contested: Boolean(p.contested),
      confidence: Number(p.confidence ?? 0),
      lon: g.coordinates[0],
      lat: g.coordinates[1],
      feature,
    };
  }
}
