import { CanvasLayer } from './CanvasLayer.js';

/**
 * Territory: the polygons of each faction for the current day, translucent in the faction's colour,
 * contested parts hatched. Polygons are projected once per zoom into Path2D objects and drawn with a
 * translation, so redraws while the map rests cost no projection.
 *
 * Options (defaults in brackets): opacity [0.3] fill opacity, plus CanvasLayer's.
 */
export class TerritoryLayer extends CanvasLayer {
  constructor(store, state, options = {}) {
    super({ opacity: 0.3, ...options });
    this._store = store;
    this._state = state;
    this._drawn = [];
    this._patterns = new Map();
    this.exact = true;
  }

  stateKey() {
    const { day, factions, knownAt } = this._state;
    const { features } = this._store.get(day, knownAt);
    return [this._store.identity(features), factions ? [...factions].join(',') : '*', this._state.palette.version].join('|');
  }

  draw(ctx, view) {
    const { day, factions, knownAt, palette } = this._state;
    const { features, exact } = this._store.get(day, knownAt);
    this.exact = exact;
    const drawn = [];
    const scale = 256 * Math.pow(2, view.zoom);
    const origin = view.origin;
    ctx.save();
    ctx.translate(-origin.x, -origin.y);
    for (const f of features) {
      const p = f.properties || {};
      const faction = String(p.faction ?? p.controller ?? '');
      if (factions && !factions.has(faction)) continue;
      const path = this._path(f, view.zoom, scale);
      if (!path) continue;
      const colour = palette.colour(faction);
      ctx.globalAlpha = this.options.opacity;
      ctx.fillStyle = p.contested ? this._hatch(ctx, colour) : colour;
      if (p.contested) ctx.globalAlpha = 0.8;
      ctx.fill(path, 'evenodd');
      ctx.globalAlpha = 0.9;
      ctx.lineWidth = 1;
      ctx.strokeStyle = colour;
      ctx.stroke(path);
      drawn.push({ feature: f, path, faction });
    }
    ctx.restore();
    ctx.globalAlpha = 1;
    this._drawn = drawn;
    this._drawOrigin = origin;
    this.count = drawn.length;
  }

  hit(x, y) {
    if (!this._drawn.length) return null;
    const ctx = this._ctx;
    const ratio = this._ratio;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.translate(-this._drawOrigin.x, -this._drawOrigin.y);
    let found = null;
    for (let i = this._drawn.length - 1; i >= 0 && !found; i--) {
      if (ctx.isPointInPath(this._drawn[i].path, x * ratio, y * ratio, 'evenodd')) found = this._drawn[i];
    }
    ctx.restore();
    return found ? { kind: 'territory', record: { feature: found.feature, faction: found.faction } } : null;
  }

  _path(feature, zoom, scale) {
    if (feature._pathZoom === zoom) return feature._path;
    const g = feature.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const path = new Path2D();
    for (const polygon of polygons) {
      for (const ring of polygon) {
        // Vertices less than a pixel from the last one kept add nothing at this zoom but cost time.
        let lastX = NaN;
        let lastY = NaN;
        for (let i = 0; i < ring.length; i++) {
          const lon = ring[i][0];
          const lat = Math.max(Math.min(ring[i][1], 85.0511287798), -85.0511287798);
          const sin = Math.sin(lat * Math.PI / 180);
          const x = scale * (lon / 360 + 0.5);
          const y = scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
          if (i === 0) {
            path.moveTo(x, y);
          } else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 1 || i === ring.length - 1) {
            path.lineTo(x, y);
          } else {
            continue;
          }
          lastX = x;
          lastY = y;
        }
        path.closePath();
      }
    }
    feature._path = path;
    feature._pathZoom = zoom;
    return path;
  }

  _hatch(ctx, colour) {
    let pattern = this._patterns.get(colour);
    if (!pattern) {
      const tile = document.createElement('canvas');
      tile.width = 8;
      tile.height = 8;
      const t = tile.getContext('2d');
      t.strokeStyle = colour;
      t.lineWidth = 2;
      t.beginPath();
      t.moveTo(0, 8); t.lineTo(8, 0);
      t.moveTo(-2, 2); t.lineTo(2, -2);
      t.moveTo(6, 10); t.lineTo(10, 6);
      t.stroke();
      pattern = ctx.createPattern(tile, 'repeat');
      this._patterns.set(colour, pattern);
    }
    return pattern;
  }
}
