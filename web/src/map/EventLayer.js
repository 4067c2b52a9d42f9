import { CanvasLayer } from './CanvasLayer.js';

/**
 * Events of the last 'window' days up to the current day, in the actor's colour, fading with age;
 * those of the last 'recent' days are drawn larger with a halo. Shapes by type: capture = triangle
 * up, withdrawal = triangle down, attack = cross, advance and deployment = square. An event whose
 * date is only known to the week, month or year gets a dashed, hollow, larger mark: it looks as
 * uncertain as it is.
 *
 * Options (defaults in brackets): window [30] days, recent [3] days, size [6] px, plus CanvasLayer's.
 */
export class EventLayer extends CanvasLayer {
  constructor(store, state, options = {}) {
    super({ window: 30, recent: 3, size: 6, ...options });
    this._store = store;
    this._state = state;
    this._drawn = [];
  }

  draw(ctx, view) {
    const { day, factions, knownAt, palette } = this._state;
    const win = this.options.window;
    const recent = this.options.recent;
    const size = this.options.size;
    const drawn = [];
    const halos = [];
    // Marks are grouped by colour, opacity step and certainty, so that a frame sets the canvas
    // state once per group rather than once per mark.
    const groups = new Map();
    this._store.each(day - win, day, (r) => {
      if (r.day > day) return;
      if (factions && !factions.has(r.faction)) return;
      if (knownAt !== null && r.known > knownAt) return;
      const [x, y] = view.project(r.lat, r.lon, r);
      if (x < -20 || y < -20 || x > view.width + 20 || y > view.height + 20) return;
      const age = Math.max(0, day - r.end);
      const isRecent = age < recent;
      const alpha = isRecent ? 8 : Math.max(2, Math.round(8 * (1 - age / win)));
      const s = isRecent ? size * 1.5 : size;
      if (isRecent) halos.push(x, y, s);
      const key = r.faction + '|' + alpha + '|' + (r.uncertain ? 1 : 0);
      let group = groups.get(key);
      if (!group) groups.set(key, group = { faction: r.faction, alpha, uncertain: r.uncertain, marks: [] });
      group.marks.push(r.type, x, y, s);
      drawn.push(r, x, y);
    });
    for (const group of groups.values()) {
      const colour = palette.colour(group.faction);
      ctx.globalAlpha = group.alpha / 8;
      ctx.beginPath();
      const m = group.marks;
      for (let i = 0; i < m.length; i += 4) EventLayer.trace(ctx, m[i], m[i + 1], m[i + 2], m[i + 3]);
      if (group.uncertain) {
        ctx.setLineDash([2, 2]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = colour;
        ctx.fillStyle = 'rgba(255,255,255,0.6)';
        ctx.fill();
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = colour;
        ctx.lineWidth = 1;
        ctx.strokeStyle = '#111111';
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    if (halos.length) {
      ctx.beginPath();
      for (let i = 0; i < halos.length; i += 3) {
        ctx.moveTo(halos[i] + halos[i + 2] + 5, halos[i + 1]);
        ctx.arc(halos[i], halos[i + 1], halos[i + 2] + 5, 0, 2 * Math.PI);
      }
      ctx.lineWidth = 2;
      ctx.strokeStyle = 'rgba(255, 200, 0, 0.9)';
      ctx.stroke();
    }
    this._drawn = drawn;
    this.count = drawn.length / 3;
  }

  /** Starts a new path with the mark of an event type (used by the legend too). */
  static shape(ctx, type, x, y, s) {
    ctx.beginPath();
    EventLayer.trace(ctx, type, x, y, s);
  }

  /** Adds the outline of an event mark of the given type to the current path. */
  static trace(ctx, type, x, y, s) {
    switch (type) {
      case 'capture':
        ctx.moveTo(x, y - s); ctx.lineTo(x + s, y + s * 0.8); ctx.lineTo(x - s, y + s * 0.8); ctx.closePath();
        break;
      case 'withdrawal':
        ctx.moveTo(x, y + s); ctx.lineTo(x + s, y - s * 0.8); ctx.lineTo(x - s, y - s * 0.8); ctx.closePath();
        break;
      case 'attack': {
        const t = s * 0.35;
        ctx.moveTo(x - s, y - s + t); ctx.lineTo(x - s + t, y - s); ctx.lineTo(x, y - t); ctx.lineTo(x + s - t, y - s);
        ctx.lineTo(x + s, y - s + t); ctx.lineTo(x + t, y); ctx.lineTo(x + s, y + s - t); ctx.lineTo(x + s - t, y + s);
        ctx.lineTo(x, y + t); ctx.lineTo(x - s + t, y + s); ctx.lineTo(x - s, y + s - t); ctx.lineTo(x - t, y);
        ctx.closePath();
        break;
      }
      default:
        ctx.moveTo(x - s * 0.8, y - s * 0.8);
        ctx.rect(x - s * 0.8, y - s * 0.8, s * 1.6, s * 1.6);
    }
  }

  hit(x, y) {
    const d = this._drawn;
    let best = null;
    let bestDist = (this.options.size * 1.5 + 3) ** 2;
    // Of marks on the same spot, the one with the exact date and then the more confident one wins.
    const better = (r, other) => (r.uncertain !== other.uncertain ? !r.uncertain
      : Number(r.feature.properties.confidence || 0) > Number(other.feature.properties.confidence || 0));
    for (let i = 0; i < d.length; i += 3) {
      const dist = (d[i + 1] - x) ** 2 + (d[i + 2] - y) ** 2;
      if (dist < bestDist - 1 || (dist <= bestDist + 1 && best && better(d[i], best)) || (dist <= bestDist && !best)) {
        bestDist = Math.min(dist, bestDist);
        best = d[i];
      }
    }
    return best ? { kind: 'event', record: best } : null;
  }
}
