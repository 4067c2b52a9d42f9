import { FactionPalette } from '../../src/map/FactionPalette.js';

describe('FactionPalette', () => {
  it('keeps the colours and groups the service gives', () => {
    const palette = new FactionPalette({ factions: [{ id: 'a', name: 'Alpha Front', colour: '#112233', group: 'North' }] });
    expect(palette.colour('a')).toBe('#112233');
    expect(palette.name('a')).toBe('Alpha Front');
    expect(palette.get('a').group).toBe('North');
  });

  it('gives unknown factions the same colour on every load', () => {
    expect(new FactionPalette().colour('zeta')).toBe(new FactionPalette().colour('zeta'));
    expect(new FactionPalette().colour('zeta')).not.toBe(new FactionPalette().colour('eta'));
    expect(new FactionPalette().get('zeta').group).toBe('Other');
  });

  it('refuses colours that are not plain colour values', () => {
    const palette = new FactionPalette({ factions: [{ id: 'a', colour: 'red;background:url(x)' }] });
    expect(palette.colour('a')).toBe(FactionPalette.colourFor('a'));
  });
});
