/**
 * Plays a TimeModel forward at a speed in days per second, one step per animation frame, and stops
 * at the end of the range. Dispatches 'play' and 'pause'.
 *
 * Options (defaults in brackets):
 *  - speed: days per second [30]
 *  - loop: start again from the beginning at the end [false]
 *  - frame: requestAnimationFrame-like scheduler [window.requestAnimationFrame]
 *  - cancel: matching canceller [window.cancelAnimationFrame]
 *  - now: clock in milliseconds [performance.now]
 */
export class Player extends EventTarget {
  constructor(model, options = {}) {
    super();
    this._model = model;
    this.speed = options.speed ?? 30;
    this.loop = options.loop ?? false;
    this._frame = options.frame ?? ((f) => requestAnimationFrame(f));
    this._cancel = options.cancel ?? ((id) => cancelAnimationFrame(id));
    this._now = options.now ?? (() => performance.now());
    this._handle = null;
    this._carry = 0;
  }

  get playing() { return this._handle !== null; }

  play() {
    if (this.playing) return;
    if (this._model.day >= this._model.max) this._model.setDay(this._model.min, 'player');
    this._last = this._now();
    this._carry = 0;
    this._handle = this._frame(() => this._tick());
    this.dispatchEvent(new Event('play'));
  }

  pause() {
    if (!this.playing) return;
    this._cancel(this._handle);
    this._handle = null;
    this.dispatchEvent(new Event('pause'));
  }

  toggle() {
    if (this.playing) this.pause(); else this.play();
  }

  _tick() {
    const now = this._now();
    this._carry += ((now - this._last) / 1000) * this.speed;
    this._last = now;
    const steps = Math.floor(this._carry);
    if (steps > 0) {
      this._carry -= steps;
      const target = this._model.day + steps;
      if (target >= this._model.max) {
        this._model.setDay(this._model.max, 'player');
        if (this.loop) {
          this._model.setDay(this._model.min, 'player');
        } else {
          this._handle = null;
          this.dispatchEvent(new Event('pause'));
          return;
        }
      } else {
        this._model.setDay(target, 'player');
      }
    }
    this._handle = this._frame(() => this._tick());
  }
}
