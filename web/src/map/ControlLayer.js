import { CanvasLayer } from './CanvasLayer.js';

/**
 * Control points: one circle per place in the colour of its controller on the current day; a
 * contested place gets a dashed dark ring, a low-confidence one a lighter fill. Reads its records
 * from a ControlStore.
 *
 * Options (defaults in brackets): radius [5], plus CanvasLayer's.
 */
export class ControlLayer extends CanvasLayer {
  constructor(store, state, options = {}) {
    super({ radius: 5, ...options });
    this._store = store;
    this._state = state;
    this._drawn = [];
  }

  stateKey() {
    const { day, factions, knownAt } = this._state;
    return [this._store.stateKey(day, knownAt), factions ? [...factions].join(',') : '*', this._state.palette.version].join('|');
  }

  draw(ctx, view) {
    const byColour = new Map();
    const drawn = [];
    const contested = [];
    const { day, factions, knownAt, palette } = this._state;
    this._store.each(day, (r) => {
      if (factions && !factions.has(r.faction)) return;
      const [x, y] = view.project(r.lat, r.lon, r);
      if (x < -10 || y < -10 || x > view.width + 10 || y > view.height + 10) return;
      const colour = palette.colour(r.faction);
      let list = byColour.get(colour);
      if (!list) byColour.set(colour, list = []);
      list.push(x, y);
      drawn.push(r, x, y);
      if (r.contested) contested.push(x, y);
    }, knownAt);
    const radius = this.options.radius;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    for (const [colour, xy] of byColour) {
      ctx.beginPath();
      for (let i = 0; i < xy.length; i += 2) {
        ctx.moveTo(xy[i] + radius, xy[i + 1]);
        ctx.arc(xy[i], xy[i + 1], radius, 0, 2 * Math.PI);
      }
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.stroke();
    }
    if (contested.length) {
      ctx.beginPath();
      for (let i = 0; i < contested.length; i += 2) {
        ctx.moveTo(contested[i] + radius + 3, contested[i + 1]);
        ctx.arc(contested[i], contested[i + 1], radius + 3, 0, 2 * Math.PI);
      }
      ctx.setLineDash([3, 2]);
      ctx.strokeStyle = '#1a1a1a';
      ctx.stroke();
      ctx.setLineDash([]);
    }
    this._drawn = drawn;
    this.count = drawn.length / 3;
  }

  hit(x, y) {
    const d = this._drawn;
    let best = null;
    let bestDist = (this.options.radius + 4) ** 2;
    for (let i = 0; i < d.length; i += 3) {
      const dist = (d[i + 1] - x) ** 2 + (d[i + 2] - y) ** 2;
      if (dist <= bestDist) { bestDist = dist; best = d[i]; }
    }
    return best ? { kind: 'control', record: best } : null;
  }

  /** Records drawn in the last redraw. */
  drawnRecords() {
    const out = [];
    for (let i = 0; i < this._drawn.length; i += 3) out.push(this._drawn[i]);
    return out;
  }
}
