import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import { seedDemo } from '../seed/index.js';
import type { Store } from '../storage/index.js';
import { openTestStore, type TestStore } from '../storage/testing/open-test-store.js';
import { createApp } from './index.js';
import { authHeaders } from './testing/index.js';

const logLines: string[] = [];
const logger = createLogger({
  level: 'debug',
  destination: new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
});

describe('createApp', () => {
  let testStore: TestStore;
  let store: Store;
  let webDir: string;
  let json: Record<string, string> = { 'content-type': 'application/json' };
  let auth: Record<string, string> = {};

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    webDir = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(join(webDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await testStore?.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  const app = (bodyLimitBytes = 1_000_000) =>
    createApp({ store, logger, config: { bodyLimitBytes, webDir } });

  it('answers /healthz with 200 while the database answers, 503 when it does not', async () => {
    const ok = await app().request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'sqlite' });
    const down = createApp({
      store: { ...store, ping: () => Promise.reject(new Error('disk gone')) },
      logger,
      config: { bodyLimitBytes: 1000, webDir },
    });
    const res = await down.request('/healthz');
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('unavailable');
  });

  it('gives every response a request id, keeping the caller’s own', async () => {
    const generated = await app().request('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app().request('/healthz', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    expect(logLines.some((line) => line.includes('"reqId":"trace-123"'))).toBe(true);
  });

  it('answers API paths without credentials with a JSON 401, known or not', async () => {
    const res = await app().request('/api/nope', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'unauthorized' });
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers 401 without credentials, and the caller’s own workspace with them', async () => {
    expect((await app().request('/api/workspaces/current')).status).toBe(401);
    const { workspace } = await seedDemo(store, { now: new Date() });
    auth = await authHeaders(store, workspace.id, 'agent');
    json = { ...json, ...auth };
    const res = await app().request('/api/workspaces/current', { headers: auth });
    expect(res.status).toBe(200);
    expect((await res.json()).workspace).toMatchObject({ slug: 'demo', name: 'Demo workspace' });
    const unknown = await app().request('/api/nope', { headers: auth });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
  });

  it('creates conversations and messages, with typed errors for bad requests', async () => {
    const bad = await app().request('/api/conversations', {
      method: 'POST',
      headers: json,
      body: '{"channel":',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_json');

    const invalid = await app().request('/api/conversations', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ channel: 'fax' }),
    });
    expect(invalid.status).toBe(400);
    const invalidBody = await invalid.json();
    expect(invalidBody.error.code).toBe('invalid_input');
    expect(invalidBody.error.details.issues[0].path).toBe('channel');

    const created = await app().request('/api/conversations', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ channel: 'chat', subject: 'Hello' }),
    });
    expect(created.status).toBe(201);
    const { conversation } = await created.json();

    const msg = await app().request(`/api/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ authorKind: 'customer', body: 'Where is my parcel?' }),
    });
    expect(msg.status).toBe(201);
    const list = await app().request(`/api/conversations/${conversation.id}/messages`, { headers: auth });
    expect((await list.json()).messages.map((m: { body: string }) => m.body)).toEqual([
      'Where is my parcel?',
    ]);

    const missing = await app().request('/api/conversations/nope/messages', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ authorKind: 'customer', body: 'x' }),
    });
    expect(missing.status).toBe(404);
    const badCustomer = await app().request('/api/conversations', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ channel: 'chat', customerId: 'ghost' }),
    });
    expect(badCustomer.status).toBe(422);
    expect((await badCustomer.json()).error.code).toBe('invalid_reference');
    expect((await app().request('/api/conversations?status=weird', { headers: auth })).status).toBe(400);
  });

  it('refuses bodies over the limit with a JSON 413', async () => {
    const res = await app(100).request('/api/conversations', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ channel: 'chat', subject: 'x'.repeat(500) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: 'payload_too_large',
      details: { limitBytes: 100 },
    });
  });

  it('hides the message of unexpected errors behind a 500', async () => {
    const a = app();
    a.get('/api/boom', () => {
      throw new Error('select * from secrets');
    });
    const res = await a.request('/api/boom', { headers: auth });
    expect(res.status).toBe(500);
    expect((await res.json()).error).toMatchObject({
      code: 'internal',
      message: 'Something went wrong on our side',
    });
  });

  it('serves the web app with a fallback to index.html for client-side routes', async () => {
    const html = { headers: { accept: 'text/html' } };
    const root = await app().request('/', html);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toMatch(/text\/html/);
    expect(await root.text()).toContain('<title>Rapport</title>');
    const bare = await app().request('/');
    expect(await bare.text()).toContain('<title>Rapport</title>');
    const deep = await app().request('/customers/42', html);
    expect(await deep.text()).toContain('<title>Rapport</title>');
    const asset = await app().request('/assets/app-1a2b.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app().request('/assets/missing.js')).status).toBe(404);
    expect((await app().request('/%2e%2e/%2e%2e/etc/passwd', html)).status).not.toBe(500);
    expect(await (await app().request('/%2e%2e/%2e%2e/etc/passwd', html)).text()).not.toContain('root:');
  });
});
