import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/index.js';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { type AppOptions, createApp } from '../create-app.js';
import { authHeaders } from '../testing/index.js';
import { TokenBuckets } from './token-bucket.js';

const PASSWORD = 'correct horse battery staple';

describe('rate limits, security headers and CSRF', () => {
  let testStore: TestStore;
  let store: Store;
  let workspaceId: string;
  let now = new Date('2026-03-02T10:00:00Z');
  const webDir = mkdtempSync(join(tmpdir(), 'rapport-web-'));
  const app = (options: Partial<AppOptions> = {}) =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 100_000, webDir },
      clock: () => now,
      ...options,
    });
  const signIn = (target: ReturnType<typeof app>, email: string, password: string) =>
    target.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  beforeAll(async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Rapport</title>');
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
    workspaceId = ws.id;
    const passwordHash = await hashPassword(PASSWORD, { cost: 1024 });
    for (const email of ['ann@acme.test', 'bo@acme.test']) {
      await store.forWorkspace(ws.id).users.create({ email, name: email, role: 'admin', passwordHash });
    }
  });
  afterAll(async () => {
    await testStore?.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('stops password guessing after 10 attempts per account, says when to retry, and refills', async () => {
    const server = app();
    for (let i = 0; i < 10; i++)
      expect((await signIn(server, 'ann@acme.test', `guess ${i}`)).status).toBe(401);
    const limited = await signIn(server, 'ann@acme.test', PASSWORD); // even the right password waits
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error).toMatchObject({ code: 'rate_limited' });
    // Another account from the same client is not locked out by Ann's attacker.
    expect((await signIn(server, 'bo@acme.test', PASSWORD)).status).toBe(200);
    now = new Date(now.getTime() + 60_000);
    expect((await signIn(server, 'ann@acme.test', PASSWORD)).status).toBe(200);
  });

  it('limits requests per API key', async () => {
    const server = app({
      rateLimits: {
        signIn: { burst: 9, perMinute: 9 },
        signInPerClient: { burst: 9, perMinute: 9 },
        apiKey: { burst: 3, perMinute: 60 },
      },
    });
    const key = await authHeaders(store, workspaceId, 'agent');
    const other = await authHeaders(store, workspaceId, 'agent');
    for (let i = 0; i < 3; i++)
      expect((await server.request('/api/auth/session', { headers: key })).status).toBe(200);
    const limited = await server.request('/api/auth/session', { headers: key });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await server.request('/api/auth/session', { headers: other })).status).toBe(200);
    now = new Date(now.getTime() + 1_000);
    expect((await server.request('/api/auth/session', { headers: key })).status).toBe(200);
  });

  it('keeps a bounded number of buckets', () => {
    let t = 0;
    const buckets = new TokenBuckets({ burst: 1, perMinute: 1 }, () => t, 2);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(60);
    buckets.take('b');
    buckets.take('c'); // evicts a, the least recently used
    expect(buckets.take('a')).toBe(0);
    t += 30_000;
    expect(buckets.take('a')).toBe(30);
  });

  it('sends security headers on the API, errors and the web app', async () => {
    const server = app();
    for (const path of ['/healthz', '/api/conversations', '/', '/openapi.json']) {
      const res = await server.request(path, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      // Scripts from Rapport only, and its WebAssembly scoring kernel; never JavaScript eval.
      expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, path).not.toContain("'unsafe-eval'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
    }
  });

  it('refuses cookie-authenticated changes without the CSRF token and cross-site sign-in', async () => {
    const server = app();
    const res = await signIn(server, 'bo@acme.test', PASSWORD);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = await res.json();
    const create = (headers: Record<string, string>) =>
      server.request('/api/conversations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ channel: 'email' }),
      });
    expect((await create({})).status).toBe(403);
    expect((await create({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await create({ 'x-csrf-token': csrfToken })).status).toBe(201);
    const crossSite = await server.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'bo@acme.test', password: PASSWORD }),
    });
    expect(crossSite.status).toBe(403);
  });
});
