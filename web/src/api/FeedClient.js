/**
 * Client of the service's HTTP API: OGC API - Features items (following 'next' links), the change
 * timeline, factions, articles and the map configuration. Every method returns a promise; HTTP
 * errors reject with an Error whose 'status' is the HTTP status (0 for network failures).
 *
 * Options (defaults in brackets):
 *  - base: URL prefix of the service [''] (same origin)
 *  - pageSize: 'limit' of item requests [10000, the feeds' maximum]
 *  - fetch: fetch implementation [window.fetch]
 */
export class FeedClient {
  constructor(options = {}) {
    this.base = options.base ?? '';
    this.pageSize = options.pageSize ?? 10000;
    this._fetch = options.fetch ?? ((url, init) => fetch(url, init));
  }

  /** The items URL of a collection with the given query parameters (empty values left out). */
  itemsUrl(collection, params = {}) {
    return this.base + '/ogc/collections/' + encodeURIComponent(collection) + '/items' + FeedClient.query(params);
  }

  /**
   * All features of a collection matching params, page after page. onPage(features) is called per
   * page, so callers can draw while the rest arrives. Resolves to the array of all features.
   */
  async items(collection, params = {}, onPage = null) {
    let url = this.itemsUrl(collection, { limit: this.pageSize, ...params, f: 'json' });
    const all = [];
    while (url) {
      const page = await this.json(url, 'application/geo+json');
      const features = Array.isArray(page.features) ? page.features : [];
      for (const f of features) all.push(f);
      if (onPage) onPage(features);
      const next = Array.isArray(page.links) ? page.links.find((l) => l && l.rel === 'next') : null;
      url = next && features.length > 0 ? next.href : null;
    }
    return all;
  }

  /** One feature, or null when there is none (404). */
  async item(collection, id) {
    try {
      return await this.json(this.base + '/ogc/collections/' + encodeURIComponent(collection) + '/items/'
        + encodeURIComponent(id) + '?f=json', 'application/geo+json');
    } catch (e) {
      if (e.status === 404) return null;
      throw e;
    }
  }

  /**
   * Days with changes: [{day: 'YYYY-MM-DD', count, counts: {type: n}, control}] (control = number of
   * control changes), for the given factions (all when empty). Reads both an array and an object
   * with a 'days' array.
   */
  async timeline(factions = []) {
    const body = await this.json(this.base + '/api/timeline' + FeedClient.query({ faction: factions.join(',') }));
    const rows = Array.isArray(body) ? body : (body.days ?? body.timeline ?? []);
    return rows.map((r) => {
      const control = Number(r.control_changes ?? r.control ?? 0);
      const events = r.events !== undefined ? Number(r.events) : null;
      return {
        day: r.day ?? r.date,
        count: Number(r.count ?? r.total ?? (events !== null ? events + control : sum(r.counts ?? r.types))),
        counts: r.counts ?? r.types ?? {},
        control,
      };
    }).filter((r) => typeof r.day === 'string');
  }

  /** Factions [{id, name, colour, group}]; an empty array when the service offers none. */
  async factions() {
    try {
      const body = await this.json(this.base + '/api/factions');
      return Array.isArray(body) ? body : (body.factions ?? []);
    } catch (e) {
      if (e.status === 404) return [];
      throw e;
    }
  }

  /** An article with its text, mentions and events when the service gives them. */
  article(id) {
    return this.json(this.base + '/api/articles/' + encodeURIComponent(id) + '?text=true');
  }

  /** The map page settings {tileUrl, tileAttribution, basemap: [url]}; defaults when not served. */
  async mapConfig() {
    try {
      return await this.json(this.base + '/api/map-config');
    } catch (e) {
      if (e.status === 404) return { tileUrl: '', tileAttribution: '', basemap: [] };
      throw e;
    }
  }

  async json(url, accept = 'application/json') {
    let response;
    try {
      response = await this._fetch(url, { headers: { Accept: accept + ', application/json;q=0.9' } });
    } catch (cause) {
      const error = new Error('Network failure for ' + url);
      error.status = 0;
      error.cause = cause;
      throw error;
    }
    if (!response.ok) {
      const error = new Error('HTTP ' + response.status + ' for ' + url);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  /** A query string ('?a=1&b=2') of the non-empty values, or ''. */
  static query(params) {
    const parts = [];
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined || value === null || value === '') continue;
      // '/', ',' and ':' are allowed in a query and keep the URLs readable (datetime, bbox, lists).
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':'));
    }
    return parts.length ? '?' + parts.join('&') : '';
  }
}

function sum(counts) {
  return counts ? Object.values(counts).reduce((a, b) => a + Number(b || 0), 0) : 0;
}
