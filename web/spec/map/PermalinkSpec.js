import { Permalink } from '../../src/map/Permalink.js';

describe('Permalink', () => {
  it('writes and reads back the whole state', () => {
    const state = { date: '2016-02-29', factions: ['a', 'b'], layers: ['control', 'events'],
      view: { lat: 35.5, lon: 40.25, zoom: 8 }, known: true, embed: true, select: 'event:3' };
    const search = Permalink.format(state);
    expect(search).toBe('?date=2016-02-29&factions=a,b&layers=control,events&view=35.5000,40.2500,8&known=1&embed=1&select=event:3');
    expect(Permalink.parse(search)).toEqual({ ...state, view: { lat: 35.5, lon: 40.25, zoom: 8 } });
  });

  it('ignores malformed values instead of failing', () => {
    const s = Permalink.parse('?date=yesterday&view=1,2&known=yes');
    expect(s.date).toBeNull();
    expect(s.view).toBeNull();
    expect(s.known).toBeFalse();
    expect(s.factions).toBeNull();
  });

  it('leaves defaults out of the URL', () => {
    expect(Permalink.format({ date: null, factions: null, layers: null, view: null, known: false, embed: false, select: null })).toBe('');
  });
});
