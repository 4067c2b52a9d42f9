import { ReviewPanel } from '../../src/controls/ReviewPanel.js';

/** A fake server: answers GETs from a table and records every other request. */
function fakeServer(state) {
  const sent = [];
  const json = (body, status = 200, headers = {}) => Promise.resolve({
    ok: status < 400, status, headers: { get: (n) => headers[n] ?? null }, json: () => Promise.resolve(body),
  });
  const fetch = (url, init = {}) => {
    if (!init.method) {
      if (url === '/api/events/7') return json(state, 200, { ETag: '"' + state.version + '"' });
      if (url === '/api/events/7/history') return json([{ at: '2015-01-01T00:00:00Z', author: 'rana', action: 'confirm', reason: 'checked' }]);
      if (url === '/api/articles/3') return json({ mentions: [{ place: { id: 'p1', name: 'Alpha' }, alternatives: [{ place: { id: 'p9', name: 'Alpha Hills' } }] }] });
      return json({}, 404);
    }
    sent.push({ url, init });
    return json({ ...state, version: state.version + 1 }, 200);
  };
  return { fetch, sent };
}

function memoryStorage(token) {
  const items = new Map(token ? [['conflictmap.analystToken', token]] : []);
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v), removeItem: (k) => items.delete(k) };
}

const EVENT = { id: 7, articleId: 3, status: 'unreviewed', version: 4, type: 'capture', date: '2015-01-10',
  datePrecision: 'day', place: { id: 'p1', name: 'Alpha' } };

async function settled() {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('ReviewPanel', () => {
  it('shows nothing to a reader without a token', () => {
    const panel = new ReviewPanel({ storage: memoryStorage(null), fetch: fakeServer(EVENT).fetch });
    expect(panel.build(7, 3).children.length).toBe(0);
  });

  it('confirms with the reason, the token and the version last read', async () => {
    const server = fakeServer(EVENT);
    const panel = new ReviewPanel({ storage: memoryStorage('secret'), fetch: server.fetch });
    const root = panel.build(7, 3);
    await settled();
    root.querySelector('.cm-review-reason').value = 'matches the wire report';
    root.querySelector('.cm-review-confirm').click();
    await settled();
    expect(server.sent.length).toBe(1);
    expect(server.sent[0].url).toBe('/api/events/7/confirm');
    expect(server.sent[0].init.headers['If-Match']).toBe('"4"');
    expect(server.sent[0].init.headers.Authorization).toBe('Bearer secret');
    expect(JSON.parse(server.sent[0].init.body).reason).toBe('matches the wire report');
  });

  it('refuses to reject without a reason', async () => {
    const server = fakeServer(EVENT);
    const panel = new ReviewPanel({ storage: memoryStorage('secret'), fetch: server.fetch });
    const root = panel.build(7, 3);
    await settled();
    root.querySelector('.cm-review-reject').click();
    await settled();
    expect(server.sent.length).toBe(0);
    expect(root.querySelector('.cm-review-message').textContent).toContain('reason');
  });

  it('offers the candidates of the article mentions as places and lists the history', async () => {
    const panel = new ReviewPanel({ storage: memoryStorage('secret'), fetch: fakeServer(EVENT).fetch });
    const root = panel.build(7, 3);
    await settled();
    const options = [...root.querySelectorAll('select[aria-label="Place"] option')].map((o) => o.value);
    expect(options).toEqual(['p1', 'p9']);
    expect(root.querySelector('.cm-review-history').textContent).toContain('rana · confirm: checked');
  });
});
