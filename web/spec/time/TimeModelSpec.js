import { TimeModel } from '../../src/time/TimeModel.js';

describe('TimeModel', () => {
  it('clamps the current day into the range', () => {
    const model = new TimeModel({ min: 10, max: 20, day: 50 });
    expect(model.day).toBe(20);
    model.setDay(-5);
    expect(model.day).toBe(10);
  });

  it('tells listeners the new and the previous day, once per change', () => {
    const model = new TimeModel({ min: 0, max: 100, day: 5 });
    const seen = [];
    model.addEventListener('change', (e) => seen.push([e.detail.day, e.detail.previous, e.detail.source]));
    model.setDay(7, 'slider');
    model.setDay(7, 'slider');
    expect(seen).toEqual([[7, 5, 'slider']]);
  });

  it('finds the next and the previous change day', () => {
    const model = new TimeModel({ min: 0, max: 100, day: 30, changeDays: [50, 10, 30, 10] });
    expect(model.changeDays).toEqual([10, 30, 50]);
    expect(model.nextChange()).toBe(50);
    expect(model.previousChange()).toBe(10);
    model.setDay(60);
    expect(model.nextChange()).toBeNull();
  });

  it('groups days into segments that start on change days', () => {
    const model = new TimeModel({ min: 0, max: 100, changeDays: [10, 30] });
    expect(model.segmentOf(5)).toBe(-1);
    expect(model.segmentOf(10)).toBe(0);
    expect(model.segmentOf(29)).toBe(0);
    expect(model.segmentStart(29)).toBe(10);
    expect(model.segmentEnd(29)).toBe(30);
    expect(model.segmentEnd(31)).toBe(Infinity);
  });
});
