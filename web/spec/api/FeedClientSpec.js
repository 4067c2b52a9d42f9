import { FeedClient } from '../../src/api/FeedClient.js';

function fakeFetch(pages) {
  const calls = [];
  const fetch = async (url) => {
    calls.push(url);
    const body = pages[url];
    if (!body) return { ok: false, status: 404, json: async () => ({}) };
    return { ok: true, status: 200, json: async () => body };
  };
  return { fetch, calls };
}

describe('FeedClient', () => {
  it('follows next links until the last page', async () => {
    const { fetch, calls } = fakeFetch({
      '/ogc/collections/events/items?limit=2&datetime=2015-01-01/2015-01-31&f=json': {
        features: [{ id: 1 }, { id: 2 }], links: [{ rel: 'next', href: '/page2' }] },
      '/page2': { features: [{ id: 3 }], links: [] },
    });
    const client = new FeedClient({ fetch, pageSize: 2 });
    const pages = [];
    const all = await client.items('events', { datetime: '2015-01-01/2015-01-31' }, (p) => pages.push(p.length));
    expect(all.map((f) => f.id)).toEqual([1, 2, 3]);
    expect(pages).toEqual([2, 1]);
    expect(calls.length).toBe(2);
  });

  it('leaves out empty parameters and keeps slashes and commas readable', () => {
    expect(FeedClient.query({ a: '', b: null, datetime: '2015-01-01/..', bbox: '1,2,3,4' }))
      .toBe('?datetime=2015-01-01/..&bbox=1,2,3,4');
    expect(FeedClient.query({ q: 'a&b' })).toBe('?q=a%26b');
  });

  it('rejects HTTP errors with their status', async () => {
    const client = new FeedClient({ fetch: fakeFetch({}).fetch });
    await expectAsync(client.timeline()).toBeRejectedWith(jasmine.objectContaining({ status: 404 }));
  });

  it('reads a timeline given as an array or as an object with days', async () => {
    const rows = [{ date: '2015-01-02', count: 3 }];
    const a = new FeedClient({ fetch: fakeFetch({ '/api/timeline': rows }).fetch });
    const b = new FeedClient({ fetch: fakeFetch({ '/api/timeline': { days: [{ day: '2015-01-02', counts: { capture: 1, attack: 2 } }] } }).fetch });
    expect(await a.timeline()).toEqual([{ day: '2015-01-02', count: 3, counts: {}, control: 0 }]);
    expect((await b.timeline())[0].count).toBe(3);
    const c = new FeedClient({ fetch: fakeFetch({ '/api/timeline': { days: [{ date: '2015-01-02', events: 2, types: { attack: 2 }, control_changes: 1 }] } }).fetch });
    expect(await c.timeline()).toEqual([{ day: '2015-01-02', count: 3, counts: { attack: 2 }, control: 1 }]);
  });

  it('treats a missing factions endpoint as no factions', async () => {
    const client = new FeedClient({ fetch: fakeFetch({}).fetch });
    expect(await client.factions()).toEqual([]);
  });
});
