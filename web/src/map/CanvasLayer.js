import * as L from 'leaflet';

/**
 * A Leaflet layer drawing many features on one canvas the size of the map, redrawn synchronously by
 * redraw(). Subclasses implement draw(ctx, view) and hit(x, y) (container pixels to an item or null).
 * view.project(lat, lon, cacheOwner) gives container pixels, caching the projection per zoom on the
 * owner object so that redraws while the map rests cost no trigonometry.
 *
 * Options (defaults in brackets):
 *  - pane: map pane ['overlayPane']
 *  - className: CSS class of the canvas ['cm-canvas']
 */
export class CanvasLayer extends L.Layer {
  constructor(options = {}) {
    super();
    L.setOptions(this, { pane: 'overlayPane', className: 'cm-canvas', ...options });
    this._zoom = null;
    this.lastDrawMs = 0;
  }

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', this.options.className);
    this._canvas.setAttribute('aria-hidden', 'true');
    this.getPane().appendChild(this._canvas);
    this._ctx = this._canvas.getContext('2d');
    map.on('moveend zoomend resize viewreset', this._reset, this);
    map.on('zoomstart', this._hide, this);
    this._reset();
  }

  onRemove(map) {
    map.off('moveend zoomend resize viewreset', this._reset, this);
    map.off('zoomstart', this._hide, this);
    L.DomUtil.remove(this._canvas);
    this._canvas = null;
    this._ctx = null;
  }

  /**
   * Draws the layer now (no-op when not on a map). A layer whose stateKey() and view are the same as
   * at its last drawing keeps its canvas: territory and control only change on change days, so
   * scrubbing between them redraws only what moves (events and movements fade every day).
   */
  redraw(force = false) {
    if (!this._map || !this._ctx) return;
    const key = this.stateKey();
    const viewKey = this._map.getZoom() + '/' + this._origin.x + '/' + this._origin.y + '/' + this._size.x + 'x' + this._size.y;
    if (!force && key !== null && key === this._lastKey && viewKey === this._lastViewKey) return;
    this._lastKey = key;
    this._lastViewKey = viewKey;
    const start = performance.now();
    const ratio = this._ratio;
    const ctx = this._ctx;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this._size.x, this._size.y);
    const zoom = this._map.getZoom();
    const scale = 256 * Math.pow(2, zoom);
    const origin = this._origin;
    // One result array for every call: callers destructure it at once, so a frame allocates nothing.
    const out = [0, 0];
    const view = {
      zoom,
      origin,
      width: this._size.x,
      height: this._size.y,
      // Web Mercator in pixels at this zoom, minus the container's top-left: Leaflet's CRS, inlined.
      project: (lat, lon, owner) => {
        if (owner._pz !== zoom) {
          const sin = Math.sin(Math.max(Math.min(lat, 85.0511287798), -85.0511287798) * Math.PI / 180);
          owner._px = scale * (lon / 360 + 0.5);
          owner._py = scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
          owner._pz = zoom;
        }
        out[0] = owner._px - origin.x;
        out[1] = owner._py - origin.y;
        return out;
      },
      toPoint: (lat, lon) => {
        const sin = Math.sin(Math.max(Math.min(lat, 85.0511287798), -85.0511287798) * Math.PI / 180);
        return [scale * (lon / 360 + 0.5) - origin.x, scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) - origin.y];
      },
    };
    this.draw(ctx, view);
    this.lastDrawMs = performance.now() - start;
  }

  /** The item under a container point, or null. */
  hitAt(containerPoint) {
    return this._map ? this.hit(containerPoint.x, containerPoint.y) : null;
  }

  draw() {}

  /** What the drawing depends on besides the view, or null to always redraw. */
  stateKey() { return null; }

  hit() { return null; }

  _hide() {
    if (this._canvas) this._canvas.style.visibility = 'hidden';
  }

  _reset() {
    const map = this._map;
    if (!map || !this._canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    this._size = size;
    this._ratio = ratio;
    this._canvas.width = Math.round(size.x * ratio);
    this._canvas.height = Math.round(size.y * ratio);
    this._canvas.style.width = size.x + 'px';
    this._canvas.style.height = size.y + 'px';
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this._canvas, topLeft);
    this._origin = map.getPixelBounds().min;
    this._canvas.style.visibility = '';
    this.redraw(true);
  }
}
