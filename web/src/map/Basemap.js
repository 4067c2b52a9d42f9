import * as L from 'leaflet';

/**
 * The offline basemap: Natural Earth land and country outlines (GeoJSON served by the app) drawn in
 * a pane below the data, plus, when configured, a raster tile layer with its attribution. Loads
 * asynchronously: the page draws data before the outlines arrive.
 *
 * Options (defaults in brackets):
 *  - config: {tileUrl, tileAttribution, basemap: [url]} from /api/map-config [{}]
 *  - landStyle / borderStyle: Leaflet path styles of land and country outlines
 */
export class Basemap {
  constructor(map, options = {}) {
    this._map = map;
    this._config = options.config ?? {};
    this._landStyle = options.landStyle ?? { color: '#b8b2a2', weight: 0.6, fillColor: '#f3efe4', fillOpacity: 1 };
    this._borderStyle = options.borderStyle ?? { color: '#8c8577', weight: 1, fill: false, dashArray: '4 3' };
    map.createPane('basemap').style.zIndex = 150;
    this._renderer = L.canvas({ pane: 'basemap', padding: 0.2 });
  }

  /** Adds tiles (if configured) and loads the outlines; resolves when the outlines are drawn. */
  async load(fetchJson) {
    const cfg = this._config;
    if (cfg.tileUrl) {
      L.tileLayer(cfg.tileUrl, { attribution: textOnly(cfg.tileAttribution), maxZoom: 18 }).addTo(this._map);
    }
    this._map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
    const urls = cfg.basemap ?? [];
    const layers = await Promise.all(urls.map((url) => fetchJson(url).catch(() => null)));
    layers.forEach((geojson, i) => {
      if (!geojson) return;
      const isLand = /land/i.test(urls[i]) || i === 0;
      L.geoJSON(geojson, {
        pane: 'basemap',
        renderer: this._renderer,
        interactive: false,
        style: isLand && !cfg.tileUrl ? this._landStyle : this._borderStyle,
      }).addTo(this._map);
    });
    return layers.filter(Boolean).length;
  }
}

function textOnly(s) {
  // Leaflet writes attributions as HTML; the configured text is shown as text.
  const div = document.createElement('div');
  div.textContent = s || '';
  return div.innerHTML;
}
