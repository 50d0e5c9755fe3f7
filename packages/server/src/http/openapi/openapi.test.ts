import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';

describe('OpenAPI document and reference page', () => {
  let testStore: TestStore;
  let store: Store;
  const app = () =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 10_000, webDir: '/none' },
    });

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('lists every API route the app serves, with the handlers’ own schemas', async () => {
    const a = app();
    const res = await a.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const listed = new Set(
      Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m} ${path}`),
      ),
    );
    const served = a.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(10);
    for (const route of served) expect(listed).toContain(route);

    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.security).toEqual([]);
    expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const create = doc.paths['/api/conversations'].post.requestBody.content['application/json'].schema;
    expect(create.properties.channel.enum).toContain('chat');
    const list = doc.paths['/api/conversations'].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(expect.arrayContaining(['status', 'limit', 'offset']));
    expect(doc.paths['/api/conversations/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
  });

  it('renders a browsable reference without scripts or outside resources', async () => {
    const res = await app().request('/api-docs');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain('<code>/api/auth/sign-in</code>');
    expect(page).toContain('no sign-in');
    expect(page).not.toMatch(/<script|<link|src=|href="https?:/);
    expect(page).not.toContain('$schema');
  });

  it('answers a bad body with 400 naming the field and the reason, as documented', async () => {
    const res = await app().request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 42, password: 'x' }),
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.details.issues[0]).toMatchObject({
      path: 'email',
      message: expect.stringMatching(/string/i),
    });
  });
});
