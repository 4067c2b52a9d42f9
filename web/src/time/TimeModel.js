import { toIso } from './Days.js';

/**
 * The time dimension of the page: the range of days, the days on which something changes, and the
 * current day. Listeners get a 'change' event ({detail: {day, previous, source}}) whenever the current
 * day changes and a 'daysloaded' event when the change days are replaced. Days are integers (see
 * Days.js). Not thread-safe by nature of the page: use from the main thread.
 *
 * Options (defaults in brackets):
 *  - min, max: first and last day the slider offers [today - 365, today]
 *  - day: the current day [max]
 *  - changeDays: sorted or unsorted days with changes [[]]
 */
export class TimeModel extends EventTarget {
  constructor(options = {}) {
    super();
    const today = Math.floor(Date.now() / 86400000);
    this._min = options.min ?? today - 365;
    this._max = options.max ?? today;
    this._changeDays = [];
    this._day = this._clamp(options.day ?? this._max);
    if (options.changeDays) this.setChangeDays(options.changeDays);
  }

  get day() { return this._day; }
  get iso() { return toIso(this._day); }
  get min() { return this._min; }
  get max() { return this._max; }
  /** The sorted days with changes (do not modify). */
  get changeDays() { return this._changeDays; }

  /** Replaces the range; the current day is clamped into it. */
  setRange(min, max) {
    this._min = Math.min(min, max);
    this._max = Math.max(min, max);
    this.setDay(this._day, 'range');
  }

  /** Replaces the change days (duplicates and non-numbers dropped). */
  setChangeDays(days) {
    const unique = new Set(days.filter(Number.isFinite));
    this._changeDays = [...unique].sort((a, b) => a - b);
    this.dispatchEvent(new CustomEvent('daysloaded', { detail: { days: this._changeDays } }));
  }

  /** Moves to a day (clamped to the range); returns whether it changed. */
  setDay(day, source = 'api') {
    const next = this._clamp(Math.round(day));
    if (next === this._day) return false;
    const previous = this._day;
    this._day = next;
    this.dispatchEvent(new CustomEvent('change', { detail: { day: next, previous, source } }));
    return true;
  }

  /** The first change day after the current day, or null. */
  nextChange() {
    const i = this._firstAfter(this._day);
    return i < this._changeDays.length ? this._changeDays[i] : null;
  }

  /** The last change day before the current day, or null. */
  previousChange() {
    const i = this._firstAfter(this._day - 1) - 1;
    return i >= 0 ? this._changeDays[i] : null;
  }

  /**
   * The segment of a day: the index of the last change day on or before it (-1 before the first).
   * Two days in one segment show the same control state.
   */
  segmentOf(day) {
    return this._firstAfter(day) - 1;
  }

  /** The first day of the day's segment: the last change day on or before it (-Infinity before the first). */
  segmentStart(day) {
    const i = this.segmentOf(day);
    return i >= 0 ? this._changeDays[i] : -Infinity;
  }

  /** The first day after the day's segment: the next change day after it (Infinity after the last). */
  segmentEnd(day) {
    const i = this._firstAfter(day);
    return i < this._changeDays.length ? this._changeDays[i] : Infinity;
  }

  _firstAfter(day) {
    let lo = 0;
    let hi = this._changeDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this._changeDays[mid] <= day) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  _clamp(day) {
    return Math.max(this._min, Math.min(this._max, day));
  }
}
