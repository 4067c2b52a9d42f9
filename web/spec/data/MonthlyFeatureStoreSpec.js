import { MonthlyFeatureStore } from '../../src/data/MonthlyFeatureStore.js';
import { toDay } from '../../src/time/Days.js';

function client(features) {
  const requested = [];
  return {
    requested,
    items: async (collection, params) => {
      requested.push(params.datetime);
      const [from, to] = params.datetime.split('/');
      return features.filter((f) => f.date >= from && f.date <= to);
    },
  };
}

const record = (f) => ({ id: f.id, day: toDay(f.date), end: toDay(f.date), faction: 'x' });

describe('MonthlyFeatureStore', () => {
  it('loads the months a range needs once and answers from memory', async () => {
    const c = client([{ id: 'a', date: '2015-01-05' }, { id: 'b', date: '2015-02-10' }, { id: 'c', date: '2015-03-01' }]);
    const store = new MonthlyFeatureStore({ client: c, collection: 'events', record, maxSpan: 0 });
    await store.ensure(toDay('2015-01-01'), toDay('2015-02-28'));
    await store.ensure(toDay('2015-01-01'), toDay('2015-02-28'));
    expect(c.requested.sort()).toEqual(['2015-01-01/2015-01-31', '2015-02-01/2015-02-28']);
    const seen = [];
    store.each(toDay('2015-01-06'), toDay('2015-02-10'), (r) => seen.push(r.id));
    expect(seen).toEqual(['b']);
    expect(store.covers(toDay('2015-01-01'), toDay('2015-02-28'))).toBeTrue();
    expect(store.covers(toDay('2015-01-01'), toDay('2015-03-01'))).toBeFalse();
  });

  it('retries a month whose request failed', async () => {
    let fail = true;
    const c = { items: async () => { if (fail) throw new Error('down'); return []; } };
    const store = new MonthlyFeatureStore({ client: c, collection: 'events', record, maxSpan: 0 });
    const errors = [];
    store.addEventListener('error', () => errors.push(1));
    await store.ensure(toDay('2015-01-01'), toDay('2015-01-31'));
    expect(errors.length).toBe(1);
    fail = false;
    await store.ensure(toDay('2015-01-01'), toDay('2015-01-31'));
    expect(store.covers(toDay('2015-01-01'), toDay('2015-01-31'))).toBeTrue();
  });
});
