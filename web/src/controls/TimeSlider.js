import { h } from './h.js';
import { icon } from './icon.js';
import { formatDay, toDay, toIso } from '../time/Days.js';

/**
 * The time control: a full-width range input over the TimeModel's days with an activity histogram
 * and ticks on change days above it, a prominent date label, play/pause with speeds, previous/next
 * change buttons, and keys: arrows (a day; with Shift a month), Page Up/Down (next/previous change),
 * Home/End (first/last day), Space on the slider (play/pause). Dispatches 'commit' when the reader
 * finishes a change (releases the slider, presses a button), for the history.
 *
 * Options (defaults in brackets):
 *  - speeds: [{label, days per second}] [week, month, quarter, year per second]
 *  - speed: initial days per second [30]
 */
export class TimeSlider extends EventTarget {
  constructor(container, model, player, options = {}) {
    super();
    this._model = model;
    this._player = player;
    this._speeds = options.speeds ?? [
      { label: '1 week/s', value: 7 }, { label: '1 month/s', value: 30 },
      { label: '3 months/s', value: 91 }, { label: '1 year/s', value: 365 }];
    player.speed = options.speed ?? 30;
    this._counts = [];
    this._build(container);
    model.addEventListener('change', () => this._sync());
    model.addEventListener('daysloaded', () => { this._syncRange(); this.drawHistogram(); });
    player.addEventListener('play', () => this._syncPlay());
    player.addEventListener('pause', () => { this._syncPlay(); this._commit(); });
    new ResizeObserver(() => this.drawHistogram()).observe(this._histogram);
    this._syncRange();
  }

  /** Sets the histogram rows [{day: number, count}] and redraws it. */
  setHistogram(rows) {
    this._counts = rows;
    this.drawHistogram();
  }

  /** The range input (for tests and benchmarks). */
  get input() { return this._input; }

  _build(container) {
    const speedSelect = h('select', { className: 'cm-speed', attrs: { 'aria-label': 'Playing speed' },
      on: { change: (e) => { this._player.speed = Number(e.target.value); } } },
    this._speeds.map((s) => h('option', { value: String(s.value), text: s.label, selected: s.value === this._player.speed })));
    this._play = h('button', { type: 'button', className: 'cm-play', attrs: { 'aria-label': 'Play', 'aria-pressed': 'false' },
      on: { click: () => this._player.toggle() } }, icon('play'));
    const prev = h('button', { type: 'button', attrs: { 'aria-label': 'Previous change', title: 'Previous change (Page Down)' },
      on: { click: () => this._jump(this._model.previousChange()) } }, icon('previous'));
    const next = h('button', { type: 'button', attrs: { 'aria-label': 'Next change', title: 'Next change (Page Up)' },
      on: { click: () => this._jump(this._model.nextChange()) } }, icon('next'));
    this._label = h('output', { className: 'cm-date', attrs: { 'aria-hidden': 'true' } });
    this._histogram = h('canvas', { className: 'cm-histogram', attrs: { 'aria-hidden': 'true' } });
    this._input = h('input', {
      type: 'range', className: 'cm-range', step: '1',
      attrs: { 'aria-label': 'Date', id: 'cm-date-slider' },
      on: {
        input: (e) => this._model.setDay(Number(e.target.value), 'slider'),
        change: () => this._commit(),
        keydown: (e) => this._key(e),
      },
    });
    container.append(
      h('div', { className: 'cm-time-buttons' }, prev, this._play, next, speedSelect, this._label),
      h('div', { className: 'cm-time-track' }, this._histogram, this._input));
  }

  _key(e) {
    const m = this._model;
    let target = null;
    if (e.key === 'PageUp') target = m.nextChange();
    else if (e.key === 'PageDown') target = m.previousChange();
    else if (e.shiftKey && e.key === 'ArrowRight') target = m.day + 30;
    else if (e.shiftKey && e.key === 'ArrowLeft') target = m.day - 30;
    else if (e.key === ' ') { e.preventDefault(); this._player.toggle(); return; }
    else return;
    e.preventDefault();
    this._jump(target);
  }

  _jump(day) {
    if (day === null || day === undefined) return;
    this._model.setDay(day, 'slider');
    this._commit();
  }

  _commit() {
    this.dispatchEvent(new CustomEvent('commit', { detail: { day: this._model.day } }));
  }

  _syncRange() {
    this._input.min = String(this._model.min);
    this._input.max = String(this._model.max);
    this._sync();
  }

  _sync() {
    const day = this._model.day;
    // The range may have changed with the day (setRange); the input clamps values to its own range.
    if (this._input.min !== String(this._model.min)) this._input.min = String(this._model.min);
    if (this._input.max !== String(this._model.max)) this._input.max = String(this._model.max);
    this._input.value = String(day);
    const text = formatDay(day);
    this._input.setAttribute('aria-valuetext', text);
    this._label.textContent = text;
    this._label.dataset.iso = toIso(day);
  }

  _syncPlay() {
    const playing = this._player.playing;
    this._play.replaceChildren(icon(playing ? 'pause' : 'play'));
    this._play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this._play.setAttribute('aria-pressed', String(playing));
  }

  /** Bars of activity per pixel column, and a tick for every change day. */
  drawHistogram() {
    const canvas = this._histogram;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (!width || !height) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const min = this._model.min;
    const span = Math.max(1, this._model.max - min);
    // The thumb of a range input travels over the width minus its own size: match its inset.
    const inset = 8;
    const usable = width - 2 * inset;
    const columns = new Float64Array(Math.max(1, Math.ceil(usable)) + 1);
    for (const r of this._counts) {
      const day = typeof r.day === 'number' ? r.day : toDay(r.day);
      const col = Math.round(((day - min) / span) * usable);
      if (col >= 0 && col < columns.length) columns[col] += r.count;
    }
    const peak = Math.max(1, ...columns);
    ctx.fillStyle = '#5b6b7f';
    for (let i = 0; i < columns.length; i++) {
      if (!columns[i]) continue;
      const barH = Math.max(2, (Math.sqrt(columns[i]) / Math.sqrt(peak)) * (height - 6));
      ctx.fillRect(inset + i - 0.5, height - 4 - barH, 1.5, barH);
    }
    ctx.fillStyle = '#1d2733';
    for (const day of this._model.changeDays) {
      const x = inset + ((day - min) / span) * usable;
      ctx.fillRect(x - 0.5, height - 4, 1, 4);
    }
  }
}
