import * as L from 'leaflet';
import { FeedClient } from './api/FeedClient.js';
import { ControlStore } from './data/ControlStore.js';
import { MonthlyFeatureStore } from './data/MonthlyFeatureStore.js';
import { TerritoryStore } from './data/TerritoryStore.js';
import { Basemap } from './map/Basemap.js';
import { ControlLayer } from './map/ControlLayer.js';
import { EventLayer } from './map/EventLayer.js';
import { FactionPalette } from './map/FactionPalette.js';
import { MovementLayer } from './map/MovementLayer.js';
import { Permalink } from './map/Permalink.js';
import { TerritoryLayer } from './map/TerritoryLayer.js';
import { DetailPanel } from './controls/DetailPanel.js';
import { ReviewPanel } from './controls/ReviewPanel.js';
import { EmbedDialog } from './controls/EmbedDialog.js';
import { FactionFilter } from './controls/FactionFilter.js';
import { Legend } from './controls/Legend.js';
import { TimeSlider } from './controls/TimeSlider.js';
import { h } from './controls/h.js';
import { Player } from './time/Player.js';
import { TimeModel } from './time/TimeModel.js';
import { precisionSpan, toDay, toIso } from './time/Days.js';

const LAYER_IDS = ['territory', 'control', 'movements', 'events'];

/**
 * The map page: wires the time model, player and slider, the data stores, the four layers, the
 * faction filter, legend, detail panel, permalink and embed dialog. The page's state lives in one
 * object the layers read ({day, factions, knownAt, palette}); every change of it redraws the layers
 * synchronously from memory, and data requests only ever run in the background.
 *
 * Options (defaults in brackets):
 *  - client: a FeedClient [new FeedClient()]
 *  - elements: {map, time, panel, details, factions, legend, status, toolbar} element ids
 *    [cm-map, cm-time, cm-panel, cm-details, cm-factions, cm-legend, cm-status, cm-toolbar]
 *  - eventWindow / movementWindow: days of events / movements shown up to the current day [30 / 60]
 */
export class MapPage {
  constructor(options = {}) {
    this.client = options.client ?? new FeedClient();
    const ids = { map: 'cm-map', time: 'cm-time', panel: 'cm-panel', details: 'cm-details', factions: 'cm-factions',
      legend: 'cm-legend', status: 'cm-status', toolbar: 'cm-toolbar', ...(options.elements ?? {}) };
    this.el = Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, document.getElementById(id)]));
    this.eventWindow = options.eventWindow ?? 30;
    this.movementWindow = options.movementWindow ?? 60;
    this.palette = new FactionPalette();
    this.state = { day: 0, factions: null, knownAt: null, known: false, palette: this.palette, select: null };
    this.model = new TimeModel();
    this.player = new Player(this.model);
    this.permalink = new Permalink();
    this.ready = false;
    this._frame = null;
  }

  /** Builds the page and starts loading; resolves when the first data is drawn. */
  async start() {
    const url = this.permalink.read();
    this.state.known = url.known;
    document.body.classList.toggle('cm-embed', url.embed);
    this.embed = url.embed;
    this._createMap(url);
    this._createStores();
    this._createLayers(url);
    this._createControls();
    this._status('Loading…');
    // With a date in the URL the data of that day can be asked for before the timeline arrives.
    if (url.date) {
      const day = toDay(url.date);
      this.control.ensure(day);
      this.events.ensure(day - this.eventWindow, day);
      this.movements.ensure(day - this.movementWindow, day);
    }
    const [config, factions, range, collections] = await Promise.all([
      this.client.mapConfig().catch(() => ({})),
      this.client.factions().catch(() => []),
      this._loadTimeline(),
      this.client.json(this.client.base + '/ogc/collections?f=json').then((c) => (c.collections || []).map((x) => x.id)).catch(() => null),
    ]);
    if (collections && !collections.includes('territory')) {
      this.territory.available = false;
      this._note('territory', 'Territory is not offered by this service.');
    }
    new Basemap(this.map, { config }).load((u) => this.client.json(u)).then(() => this.map.fire('cm:basemap'));
    factions.forEach((f) => this.palette.add(f));
    this.filter.include(this.palette.all().map((f) => f.id));
    if (url.factions) this.filter.setSelected(url.factions);
    this.state.factions = this.filter.selected;
    this.model.setRange(range.min, range.max);
    this.model.setDay(url.date ? toDay(url.date) : range.max, 'permalink');
    this.state.day = this.model.day;
    this.state.knownAt = this.state.known ? this.model.day : null;
    if (!url.view) this._fitToData();
    this._requestData(true);
    this.model.addEventListener('change', () => this._onDay());
    // New change days regroup the days into segments: fetch what the current segment needs.
    this.model.addEventListener('daysloaded', () => { this._requestData(true); this._scheduleRedraw(false); });
    await Promise.all([
      this.control.ensure(this.model.day, this.state.knownAt),
      this.events.ensure(this.model.day - this.eventWindow, this.model.day),
      this.movements.ensure(this.model.day - this.movementWindow, this.model.day),
    ]);
    this.redraw();
    this._status('');
    this.ready = true;
    performance.mark('cm-first-data-drawn');
    document.body.dataset.ready = 'true';
    if (url.select) this._select(url.select, false);
    this._prefetch();
    return this;
  }

  _createMap(url) {
    this.map = L.map(this.el.map, { zoomControl: true, minZoom: 2, maxZoom: 14, keyboard: true, worldCopyJump: false });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (url.view) this.map.setView([url.view.lat, url.view.lon], url.view.zoom);
    else this.map.setView([20, 10], 2);
    L.control.scale({ imperial: false }).addTo(this.map);
    // The container changes size with the layout (panel, slider, phone rotation), not only with the
    // window: keep Leaflet's idea of its size, and so every pixel computation, right.
    new ResizeObserver(() => this.map.invalidateSize({ animate: false })).observe(this.el.map);
    this.map.on('click', (e) => this._click(e));
    this.map.on('mousemove', (e) => {
      this.el.map.style.cursor = this._hit(e.containerPoint) ? 'pointer' : '';
    });
    this.map.on('moveend', () => { if (this.ready) this._writeUrl(false); });
  }

  _createStores() {
    const client = this.client;
    this.events = new MonthlyFeatureStore({ client, collection: 'events', maxSpan: 92, record: MapPage.eventRecord });
    this.movements = new MonthlyFeatureStore({ client, collection: 'movements', maxSpan: 92, record: MapPage.movementRecord });
    this.control = new ControlStore({ client });
    this.territory = new TerritoryStore({ client, model: this.control.segments });
    for (const store of [this.events, this.movements, this.control, this.territory]) {
      store.addEventListener('update', () => {
        this._scheduleRedraw(true);
        if (store !== this.territory) this._scheduleChangeDays();
      });
      store.addEventListener('error', (e) => this._status('Could not load ' + e.detail.collection + ' (' + e.detail.error.message + ').'));
    }
    this.territory.addEventListener('unavailable', () => this._note('territory', 'Territory is not offered by this service.'));
    this.control.addEventListener('knownat', () => this._note('known', 'Control and territory: this service cannot show them as known on a day; they show everything known now.'));
  }

  _createLayers(url) {
    this.layers = {
      territory: new TerritoryLayer(this.territory, this.state),
      control: new ControlLayer(this.control, this.state),
      movements: new MovementLayer(this.movements, this.state, { window: this.movementWindow }),
      events: new EventLayer(this.events, this.state, { window: this.eventWindow }),
    };
    const shown = url.layers ? url.layers.filter((l) => LAYER_IDS.includes(l)) : LAYER_IDS;
    for (const id of LAYER_IDS) if (shown.includes(id)) this.layers[id].addTo(this.map);
    const names = { territory: 'Territory', control: 'Towns by controller', movements: 'Movements', events: 'Events' };
    this.layerControl = L.control.layers(null, Object.fromEntries(LAYER_IDS.map((id) => [names[id], this.layers[id]])),
      { collapsed: window.matchMedia('(max-width: 700px)').matches, position: 'topright' }).addTo(this.map);
    this.map.on('overlayadd overlayremove', () => { if (this.ready) this._writeUrl(true); });
  }

  _createControls() {
    this.slider = new TimeSlider(this.el.time, this.model, this.player);
    this.slider.addEventListener('commit', () => {
      this._inGesture = false;
      this._writeUrl(false);
    });
    this.player.addEventListener('play', () => document.body.classList.add('cm-playing'));
    this.player.addEventListener('pause', () => document.body.classList.remove('cm-playing'));
    this.filter = new FactionFilter(this.el.factions, this.palette);
    this.filter.addEventListener('change', (e) => {
      this.state.factions = e.detail.selected;
      this.redraw();
      this._updateHistogram();
      this._writeUrl(true);
    });
    new Legend(this.el.legend);
    const review = new ReviewPanel({
      onChange: () => this._status('Saved. The map shows the change once its layers reload (reload the page).'),
    });
    this.details = new DetailPanel(this.el.details, this.client, this.palette, { review });
    this.el.panel.append(h('details', { className: 'cm-analyst' }, h('summary', { text: 'Analyst' }), review.tokenField()));
    this.embedDialog = new EmbedDialog();
    const known = h('input', { type: 'checkbox', id: 'cm-known', checked: this.state.known,
      on: { change: (e) => this._setKnown(e.target.checked, true) } });
    this._notes = h('div', { className: 'cm-notes', attrs: { role: 'status' } });
    this.el.toolbar.append(
      h('label', { className: 'cm-known', title: 'Show only what articles published by the shown day reported' }, known, ' As known on the shown day'),
      h('button', { type: 'button', id: 'cm-embed-button', text: 'Embed', on: { click: () => this._openEmbed() } }),
      h('button', { type: 'button', id: 'cm-panel-toggle', className: 'cm-panel-toggle', text: 'Filters & details',
        attrs: { 'aria-controls': this.el.panel.id, 'aria-expanded': 'false' },
        on: { click: (e) => {
          const open = document.body.classList.toggle('cm-panel-open');
          e.target.setAttribute('aria-expanded', String(open));
          setTimeout(() => this.map.invalidateSize(), 0);
        } } }));
    this.el.panel.prepend(this._notes);
    this._knownBox = known;
    this.permalink.addEventListener('restore', (e) => this._restore(e.detail));
  }

  async _loadTimeline() {
    let rows = [];
    try {
      rows = await this.client.timeline([]);
    } catch (e) {
      rows = [];
    }
    const days = rows.map((r) => toDay(r.day)).filter(Number.isFinite);
    this._timelineRows = rows;
    let min;
    let max;
    if (days.length) {
      min = Math.min(...days);
      max = Math.max(...days);
    } else {
      const extents = (await Promise.all(['events', 'control', 'movements'].map((c) => this._extent(c)))).filter(Boolean);
      const starts = extents.map((e) => e.start).filter(Number.isFinite);
      const ends = extents.map((e) => e.end).filter(Number.isFinite);
      const today = Math.floor(Date.now() / 86400000);
      min = starts.length ? Math.min(...starts) : today - 365;
      max = ends.length ? Math.max(...ends) : today;
    }
    this.model.setChangeDays(days);
    this.control.setChangeDays(rows.filter((r) => r.control > 0).map((r) => toDay(r.day)));
    this.slider.setHistogram(rows.map((r) => ({ day: toDay(r.day), count: r.count })));
    // A month after the last change, so that the last events and movements can be seen fading.
    return { min: min - 7, max: max + 30 };
  }

  async _extent(collection) {
    try {
      const c = await this.client.json(this.client.base + '/ogc/collections/' + collection + '?f=json');
      const bbox = c.extent && c.extent.spatial && c.extent.spatial.bbox && c.extent.spatial.bbox[0];
      const interval = c.extent && c.extent.temporal && c.extent.temporal.interval && c.extent.temporal.interval[0];
      return {
        bbox: Array.isArray(bbox) && bbox.length >= 4 && bbox.every(Number.isFinite) ? bbox : null,
        start: interval && interval[0] ? toDay(interval[0]) : null,
        end: interval && interval[1] ? toDay(interval[1]) : null,
      };
    } catch (e) {
      return null;
    }
  }

  async _fitToData() {
    const extents = await Promise.all(['control', 'events'].map((c) => this._extent(c)));
    const boxes = extents.filter((e) => e && e.bbox).map((e) => e.bbox);
    if (!boxes.length || this._userMoved) return;
    const b = boxes.reduce((a, x) => [Math.min(a[0], x[0]), Math.min(a[1], x[1]), Math.max(a[2], x[2]), Math.max(a[3], x[3])]);
    this.map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [20, 20], maxZoom: 9, animate: false });
  }

  _onDay() {
    this.state.day = this.model.day;
    this._holdBackgroundLoads();
    if (this.state.known) this.state.knownAt = this.model.day;
    this.redraw();
    this._requestData(false);
    // The first change of a gesture (drag, key, button) gets its own history entry; the rest of the
    // gesture and playing replace it, so Back returns to where the reader started.
    if (this.ready && !this._restoring) {
      this._writeUrl(!this._inGesture && !this.player.playing);
      this._inGesture = true;
    }
  }

  /** Background loads wait while the day keeps changing (dragging, playing) and resume after. */
  _holdBackgroundLoads() {
    for (const store of [this.control, this.events, this.movements]) store.pause();
    clearTimeout(this._resumeTimer);
    this._resumeTimer = setTimeout(() => {
      if (this.player.playing) { this._holdBackgroundLoads(); return; }
      for (const store of [this.control, this.events, this.movements]) store.resume();
    }, 400);
  }

  /** Asks the stores for what the current day needs; never waits. */
  _requestData(now) {
    const day = this.model.day;
    const knownAt = this.state.knownAt;
    if (!this.control.covers(day, knownAt)) this.control.ensure(day, knownAt);
    if (!this.events.covers(day - this.eventWindow, day)) this.events.ensure(day - this.eventWindow, day);
    if (!this.movements.covers(day - this.movementWindow, day)) this.movements.ensure(day - this.movementWindow, day);
    clearTimeout(this._territoryTimer);
    const loadTerritory = () => {
      if (!this.layers.territory._map) return;
      this.territory.request(day, knownAt);
      if (this.player.playing) this.territory.prefetchAhead(day);
    };
    if (now || this.player.playing) loadTerritory();
    else this._territoryTimer = setTimeout(loadTerritory, 250);
  }

  /**
   * Without a timeline from the service, the change days come from the data itself: event and
   * movement days and the first and last days of control intervals.
   */
  _scheduleChangeDays() {
    if (this._timelineRows && this._timelineRows.length) return;
    clearTimeout(this._changeDaysTimer);
    this._changeDaysTimer = setTimeout(() => {
      const days = new Set();
      for (const r of this.events.records()) days.add(r.day);
      for (const r of this.movements.records()) days.add(r.day);
      for (const r of this.control.intervals()) {
        if (Number.isFinite(r.day)) days.add(r.day);
        if (Number.isFinite(r.until)) days.add(r.until);
      }
      if (days.size !== this.model.changeDays.length) {
        this.control.setChangeDays([...days]);
        this.model.setChangeDays([...days]);
      }
    }, 200);
  }

  _prefetch() {
    const day = this.model.day;
    this.control.prefetchAll(day);
    this.events.prefetch(this.model.min, this.model.max, day);
    this.movements.prefetch(this.model.min, this.model.max, day);
  }

  /** Redraws every layer on the map now, from memory. */
  redraw() {
    const data = this.el.map.dataset;
    for (const id of LAYER_IDS) {
      const layer = this.layers[id];
      if (layer._map) layer.redraw();
      // What is drawn, for tests and for anyone inspecting the page.
      const count = String(layer._map ? layer.count || 0 : 0);
      if (data[id] !== count) data[id] = count;
    }
    this.el.map.dataset.day = toIso(this.model.day);
    this._scheduleCounts();
  }

  _scheduleRedraw(dataChanged) {
    if (dataChanged) this._countsDirty = true;
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = null;
      this.redraw();
    });
  }

  _scheduleCounts() {
    if (this._countsTimer) return;
    this._countsTimer = setTimeout(() => {
      this._countsTimer = null;
      const held = new Map();
      this.control.each(this.model.day, (r) => held.set(r.faction, (held.get(r.faction) || 0) + 1), this.state.knownAt);
      if (this._countsDirty || !this._eventCounts) {
        this._countsDirty = false;
        const events = new Map();
        for (const r of this.events.records()) events.set(r.faction, (events.get(r.faction) || 0) + 1);
        this._eventCounts = events;
        this.filter.include([...held.keys(), ...events.keys()]);
        if (!this._timelineRows || !this._timelineRows.length) this._updateHistogram();
      }
      this.filter.include(held.keys());
      this.filter.setCounts(held, this._eventCounts);
    }, 150);
  }

  async _updateHistogram() {
    const selected = this.state.factions;
    if (this._timelineRows && this._timelineRows.length) {
      try {
        const rows = await this.client.timeline(selected ? [...selected] : []);
        this.slider.setHistogram(rows.map((r) => ({ day: toDay(r.day), count: r.count })));
        return;
      } catch (e) {
        // Fall through to counting the loaded events.
      }
    }
    const byDay = new Map();
    for (const r of this.events.records()) {
      if (selected && !selected.has(r.faction)) continue;
      byDay.set(r.day, (byDay.get(r.day) || 0) + 1);
    }
    this.slider.setHistogram([...byDay].map(([day, count]) => ({ day, count })));
  }

  _hit(point) {
    for (const id of ['events', 'movements', 'control', 'territory']) {
      const layer = this.layers[id];
      if (!layer._map) continue;
      const hit = layer.hitAt(point);
      if (hit) return hit;
    }
    return null;
  }

  _click(e) {
    const hit = this._hit(e.containerPoint);
    if (!hit) return;
    this._open(hit, e.latlng, true);
  }

  _open(hit, latlng, push) {
    L.popup({ maxWidth: 340, autoPanPadding: [20, 20], className: 'cm-popup' })
      .setLatLng(latlng).setContent(this.details.build(hit, false)).openOn(this.map);
    this.details.show(hit);
    const id = hit.kind === 'territory' ? null : hit.record.id;
    this.state.select = id === null || id === undefined ? null : hit.kind + ':' + id;
    if (push) this._writeUrl(true);
  }

  async _select(select, push) {
    const [kind, id] = String(select).split(':');
    let hit = null;
    let latlng = null;
    if (kind === 'control') {
      const r = this.control.byId(id);
      if (r) { hit = { kind, record: r }; latlng = [r.lat, r.lon]; }
    } else if (kind === 'event' || kind === 'movement') {
      const feature = await this.client.item(kind === 'event' ? 'events' : 'movements', id).catch(() => null);
      const r = feature && (kind === 'event' ? MapPage.eventRecord(feature) : MapPage.movementRecord(feature));
      if (r) {
        hit = { kind, record: r };
        latlng = kind === 'event' ? [r.lat, r.lon] : [r.points[r.points.length - 1][1], r.points[r.points.length - 1][0]];
      }
    }
    if (hit) this._open(hit, latlng, push);
  }

  _setKnown(on, push) {
    this.state.known = on;
    this.state.knownAt = on ? this.model.day : null;
    this._knownBox.checked = on;
    this.redraw();
    this._requestData(true);
    if (push) this._writeUrl(true);
  }

  _currentState() {
    const c = this.map.getCenter();
    const shown = LAYER_IDS.filter((id) => this.layers[id]._map);
    return {
      date: toIso(this.model.day),
      factions: this.state.factions ? [...this.state.factions].sort() : null,
      layers: shown.length === LAYER_IDS.length ? null : shown,
      view: { lat: c.lat, lon: c.lng, zoom: this.map.getZoom() },
      known: this.state.known,
      embed: this.embed,
      select: this.state.select,
    };
  }

  _writeUrl(push) {
    if (this._restoring) return;
    clearTimeout(this._urlTimer);
    const now = performance.now();
    // Browsers throttle history updates (Chromium: about 100 per 10 s); while dragging or playing,
    // replace the entry at most a few times a second, and always write the final state.
    if (!push && now - (this._lastUrlWrite || 0) < 300) {
      this._urlTimer = setTimeout(() => this._writeUrl(false), 300);
      return;
    }
    this._lastUrlWrite = now;
    this.permalink.write(this._currentState(), push);
  }

  _restore(s) {
    this._restoring = true;
    try {
      this._apply(s);
    } finally {
      this._restoring = false;
      this._inGesture = false;
    }
  }

  _apply(s) {
    if (s.view) this.map.setView([s.view.lat, s.view.lon], s.view.zoom, { animate: false });
    const shown = s.layers ?? LAYER_IDS;
    for (const id of LAYER_IDS) {
      const layer = this.layers[id];
      if (shown.includes(id) && !layer._map) layer.addTo(this.map);
      if (!shown.includes(id) && layer._map) layer.remove();
    }
    this.filter.setSelected(s.factions);
    this.state.factions = this.filter.selected;
    if (s.known !== this.state.known) this._setKnown(s.known, false);
    if (s.date) this.model.setDay(toDay(s.date), 'permalink');
    this.redraw();
    this._updateHistogram();
    this.state.select = s.select;
    this.map.closePopup();
    if (s.select) this._select(s.select, false); else this.details.clear();
  }

  _openEmbed() {
    const s = this._currentState();
    const embedUrl = location.origin + location.pathname + '?' + new URLSearchParams(
      Object.entries({ date: s.date, factions: s.factions && s.factions.join(','), layers: s.layers && s.layers.join(','),
        view: [s.view.lat.toFixed(4), s.view.lon.toFixed(4), s.view.zoom].join(','), known: s.known ? '1' : null, embed: '1' })
        .filter(([, v]) => v)).toString().replace(/%2C/g, ',');
    const b = this.map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(4)).join(',');
    const day = this.model.day;
    const common = { bbox, faction: s.factions ? s.factions.join(',') : null, known_at: s.known ? s.date : null };
    const abs = (u) => location.origin + u;
    this.embedDialog.open(embedUrl, [
      ['Events (last ' + this.eventWindow + ' days)', abs(this.client.itemsUrl('events', { datetime: toIso(day - this.eventWindow) + '/' + s.date, ...common }))],
      ['Movements (last ' + this.movementWindow + ' days)', abs(this.client.itemsUrl('movements', { datetime: toIso(day - this.movementWindow) + '/' + s.date, ...common }))],
      ['Towns by controller', abs(this.client.itemsUrl('control', { datetime: s.date, ...common }))],
      ['Territory', abs(this.client.itemsUrl('territory', { datetime: s.date, ...common }))],
    ]);
  }

  _status(text) {
    if (this.el.status) this.el.status.textContent = text;
  }

  _note(key, text) {
    if (this._notes.querySelector('[data-note="' + key + '"]')) return;
    this._notes.append(h('p', { className: 'cm-note', text, attrs: { 'data-note': key } }));
  }

  /** The store record of an event feature, or null when it cannot be placed in time and space. */
  static eventRecord(f) {
    const p = f.properties || {};
    const g = f.geometry;
    const day = toDay(String(p.date || ''));
    if (!g || g.type !== 'Point' || Number.isNaN(day)) return null;
    const precision = p.date_precision || 'day';
    const known = toDay(String(p.known_from || (p.article && p.article.published) || ''));
    return {
      id: String(f.id), day, end: day + precisionSpan(day, precision) - 1, faction: String(p.actor || ''),
      known: Number.isNaN(known) ? day : known, type: p.type, uncertain: precision !== 'day',
      lon: g.coordinates[0], lat: g.coordinates[1], feature: f,
    };
  }

  /** The store record of a movement feature, or null. */
  static movementRecord(f) {
    const p = f.properties || {};
    const g = f.geometry;
    const day = toDay(String(p.date || ''));
    if (!g || Number.isNaN(day)) return null;
    const points = g.type === 'LineString' ? g.coordinates : g.type === 'MultiLineString' ? g.coordinates.flat() : null;
    if (!points || points.length < 2) return null;
    const known = toDay(String(p.known_from || ''));
    return {
      id: String(f.id), day, end: day + precisionSpan(day, p.date_precision || 'day') - 1, faction: String(p.actor || ''),
      known: Number.isNaN(known) ? day : known, inferred: p.derivation === 'inferred', points, feature: f,
    };
  }
}
