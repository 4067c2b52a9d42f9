import { ControlStore } from '../../src/data/ControlStore.js';
import { toDay } from '../../src/time/Days.js';

const point = (id, place, controller, since, until, confidence = 0.5) => ({
  id, geometry: { type: 'Point', coordinates: [1, 2] },
  properties: { controller, since, until, place: { id: place, name: place }, confidence },
});

describe('ControlStore', () => {
  it('answers every day of a segment from one snapshot', async () => {
    const requests = [];
    const client = { items: async (c, p) => { requests.push(p.datetime); return [point(1, 'p', 'a', '2015-01-01', '2015-03-01')]; } };
    const store = new ControlStore({ client });
    store.setChangeDays([toDay('2015-01-01'), toDay('2015-03-01')]);
    await store.ensure(toDay('2015-01-20'));
    expect(store.covers(toDay('2015-02-27'))).toBeTrue();
    expect(store.covers(toDay('2015-03-02'))).toBeFalse();
    const held = [];
    store.each(toDay('2015-02-01'), (r) => held.push(r.faction));
    expect(held).toEqual(['a']);
    store.each(toDay('2015-03-01'), (r) => held.push(r.faction));
    expect(held).toEqual(['a']);
    expect(requests).toEqual(['2015-01-20']);
  });

  it('lets the interval that started last win a place', async () => {
    const client = { items: async () => [point(1, 'p', 'a', '2015-01-01', null, 0.9), point(2, 'p', 'b', '2015-02-01', null, 0.4)] };
    const store = new ControlStore({ client });
    await store.ensure(toDay('2015-02-10'));
    const held = [];
    store.each(toDay('2015-02-10'), (r) => held.push(r.faction));
    expect(held).toEqual(['b']);
  });

  it('falls back to everything known now when the service refuses known_at', async () => {
    const client = {
      items: async (c, p) => {
        if (p.known_at) { const e = new Error('501'); e.status = 501; throw e; }
        return [point(1, 'p', 'a', '2015-01-01', null)];
      },
    };
    const store = new ControlStore({ client });
    const notices = [];
    store.addEventListener('knownat', (e) => notices.push(e.detail.supported));
    await store.ensure(toDay('2015-02-10'), toDay('2015-02-10'));
    expect(notices).toEqual([false]);
    const held = [];
    store.each(toDay('2015-02-10'), (r) => held.push(r.faction), toDay('2015-02-10'));
    expect(held).toEqual(['a']);
  });

  it('asks later snapshots only for intervals new since the nearest loaded one', async () => {
    const filters = [];
    const client = { items: async (c, p) => { filters.push(p.filter ?? null); return p.filter ? [point(2, 'q', 'b', '2015-04-01', null)] : [point(1, 'p', 'a', '2015-01-01', null)]; } };
    const store = new ControlStore({ client });
    store.setChangeDays([toDay('2015-01-01'), toDay('2015-04-01')]);
    await store.ensure(toDay('2015-02-01'));
    await store.ensure(toDay('2015-05-01'));
    expect(filters).toEqual([null, "since > '2015-02-01'"]);
    const held = [];
    store.each(toDay('2015-05-01'), (r) => held.push(r.faction));
    expect(held.sort()).toEqual(['a', 'b']);
  });

  it('loads whole snapshots when the service refuses the filter', async () => {
    const filters = [];
    const client = { items: async (c, p) => { filters.push(p.filter ?? null); if (p.filter) { const e = new Error('400'); e.status = 400; throw e; } return []; } };
    const store = new ControlStore({ client });
    store.setChangeDays([toDay('2015-01-01'), toDay('2015-04-01')]);
    await store.ensure(toDay('2015-02-01'));
    await store.ensure(toDay('2015-05-01'));
    await store.ensure(toDay('2014-05-01'));
    expect(filters).toEqual([null, "since > '2015-02-01'", null, null]);
  });
});
