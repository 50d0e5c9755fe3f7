import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { startServer } from './start-server.js';

describe('startServer', () => {
  it('lets in-flight requests finish on close, then stops accepting', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const app = new Hono<AppEnv>()
      .get('/slow', async (c) => {
        await gate;
        return c.text('finished');
      })
      .get('/fast', (c) => c.text('fast'));
    const server = await startServer({ app, port: 0, host: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(`${server.url}/fast`)).text()).toBe('fast');

    const inFlight = fetch(`${server.url}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    const closed = server.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${server.url}/fast`)).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('finished');
    await closed;
  });
});
