import { CanvasLayer } from './CanvasLayer.js';

/**
 * Force movements of the last 'window' days as lines from origin to target in the actor's colour,
 * with an arrowhead at the target; the older the movement, the fainter. Inferred origins are dashed,
 * stated ones solid.
 *
 * Options (defaults in brackets): window [60] days, width [2.5] px, head [10] px, plus CanvasLayer's.
 */
export class MovementLayer extends CanvasLayer {
  constructor(store, state, options = {}) {
    super({ window: 60, width: 2.5, head: 10, ...options });
    this._store = store;
    this._state = state;
    this._drawn = [];
  }

  draw(ctx, view) {
    const { day, factions, knownAt, palette } = this._state;
    const win = this.options.window;
    const head = this.options.head;
    const drawn = [];
    const groups = new Map();
    this._store.each(day - win, day, (r) => {
      if (r.day > day) return;
      if (factions && !factions.has(r.faction)) return;
      if (knownAt !== null && r.known > knownAt) return;
      const pts = r.points;
      if (!r._owners) r._owners = pts.map(() => ({}));
      const xy = [];
      for (let i = 0; i < pts.length; i++) {
        const [x, y] = view.project(pts[i][1], pts[i][0], r._owners[i]);
        xy.push(x, y);
      }
      const age = Math.max(0, day - r.end);
      const alpha = Math.max(1, Math.round(8 * (1 - age / win)));
      const key = r.faction + '|' + alpha + '|' + (r.inferred ? 1 : 0);
      let group = groups.get(key);
      if (!group) groups.set(key, group = { faction: r.faction, alpha, inferred: r.inferred, lines: [] });
      group.lines.push(xy);
      drawn.push({ record: r, xy });
    });
    ctx.lineWidth = this.options.width;
    ctx.lineCap = 'round';
    for (const group of groups.values()) {
      const colour = palette.colour(group.faction);
      ctx.globalAlpha = Math.max(0.15, group.alpha / 8);
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.setLineDash(group.inferred ? [6, 4] : []);
      ctx.beginPath();
      for (const xy of group.lines) {
        ctx.moveTo(xy[0], xy[1]);
        for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i], xy[i + 1]);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      // Arrowheads at the targets.
      ctx.beginPath();
      for (const xy of group.lines) {
        const n = xy.length;
        const angle = Math.atan2(xy[n - 1] - xy[n - 3], xy[n - 2] - xy[n - 4]);
        ctx.moveTo(xy[n - 2], xy[n - 1]);
        ctx.lineTo(xy[n - 2] - head * Math.cos(angle - 0.4), xy[n - 1] - head * Math.sin(angle - 0.4));
        ctx.lineTo(xy[n - 2] - head * Math.cos(angle + 0.4), xy[n - 1] - head * Math.sin(angle + 0.4));
        ctx.closePath();
      }
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    this._drawn = drawn;
    this.count = drawn.length;
  }

  hit(x, y) {
    let best = null;
    let bestDist = 36;
    for (const { record, xy } of this._drawn) {
      for (let i = 0; i + 3 < xy.length; i += 2) {
        const dist = segmentDistance2(x, y, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
        if (dist < bestDist) { bestDist = dist; best = record; }
      }
    }
    return best ? { kind: 'movement', record: best } : null;
  }
}

function segmentDistance2(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  const cx = ax + t * dx - px;
  const cy = ay + t * dy - py;
  return cx * cx + cy * cy;
}
