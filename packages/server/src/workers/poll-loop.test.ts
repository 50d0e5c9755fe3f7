import { afterEach, describe, expect, it, vi } from 'vitest';
import { pollLoop } from './poll-loop.js';

describe('pollLoop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs busy passes back to back, pauses after an idle one, and stops without waiting out the pause', async () => {
    // The clock is the test's: stop() resolving while no time passes shows it cut the pause short,
    // whatever the machine's load.
    vi.useFakeTimers();
    let passes = 0;
    let sawStopping = false;
    // Three busy passes, then idle ones; a pause of a minute that stop() must cut short.
    const loop = pollLoop(async () => {
      passes++;
      sawStopping ||= loop.stopping;
      return passes <= 3;
    }, 60_000);
    loop.start();
    loop.start(); // a second start while running is ignored
    await vi.advanceTimersByTimeAsync(50);
    expect(passes).toBe(4);
    const before = Date.now();
    await loop.stop();
    expect(Date.now()).toBe(before);
    expect(loop.stopping).toBe(true);
    expect(passes).toBe(4);
    expect(sawStopping).toBe(false);
    // It can be started again after a stop.
    loop.start();
    await vi.advanceTimersByTimeAsync(20);
    await loop.stop();
    expect(passes).toBe(5);
  });

  it('pauses pollMs after an idle pass, then runs again', async () => {
    vi.useFakeTimers();
    let passes = 0;
    const loop = pollLoop(async () => {
      passes++;
      return false;
    }, 60_000);
    loop.start();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(passes).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(passes).toBe(2);
    await loop.stop();
  });
});
