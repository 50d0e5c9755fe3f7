import { describe, expect, it } from 'vitest';
import { pollLoop } from './poll-loop.js';

describe('pollLoop', () => {
  it('runs busy passes back to back, pauses after an idle one, and stops without waiting out the pause', async () => {
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
    await new Promise((r) => setTimeout(r, 50));
    expect(passes).toBe(4);
    const started = Date.now();
    await loop.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(loop.stopping).toBe(true);
    expect(passes).toBe(4);
    expect(sawStopping).toBe(false);
    // It can be started again after a stop.
    loop.start();
    await new Promise((r) => setTimeout(r, 20));
    await loop.stop();
    expect(passes).toBe(5);
  });
});
