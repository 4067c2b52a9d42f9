import { TimeModel } from '../../src/time/TimeModel.js';
import { Player } from '../../src/time/Player.js';

function manualClock() {
  const clock = { now: 0, queued: null };
  clock.frame = (f) => { clock.queued = f; return 1; };
  clock.cancel = () => { clock.queued = null; };
  clock.advance = (ms) => { clock.now += ms; const f = clock.queued; clock.queued = null; if (f) f(); };
  return clock;
}

describe('Player', () => {
  it('advances the day by speed times elapsed seconds', () => {
    const clock = manualClock();
    const model = new TimeModel({ min: 0, max: 1000, day: 0 });
    const player = new Player(model, { speed: 30, frame: clock.frame, cancel: clock.cancel, now: () => clock.now });
    player.play();
    clock.advance(100);
    expect(model.day).toBe(3);
    clock.advance(1000);
    expect(model.day).toBe(33);
  });

  it('stops at the end of the range and says so', () => {
    const clock = manualClock();
    const model = new TimeModel({ min: 0, max: 10, day: 5 });
    const player = new Player(model, { speed: 100, frame: clock.frame, cancel: clock.cancel, now: () => clock.now });
    let paused = 0;
    player.addEventListener('pause', () => paused++);
    player.play();
    clock.advance(1000);
    expect(model.day).toBe(10);
    expect(player.playing).toBeFalse();
    expect(paused).toBe(1);
  });

  it('starts again from the beginning when played at the end', () => {
    const clock = manualClock();
    const model = new TimeModel({ min: 0, max: 10, day: 10 });
    const player = new Player(model, { frame: clock.frame, cancel: clock.cancel, now: () => clock.now });
    player.play();
    expect(model.day).toBe(0);
    player.pause();
    expect(player.playing).toBeFalse();
  });
});
