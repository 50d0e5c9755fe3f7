import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../import/index.js';
import { createLogger } from '../../log/index.js';
import type { Store, WorkspaceScope } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const fixture = new URL('../../import/fixtures/zendesk-tickets.json', import.meta.url).pathname;

describe('journey, customer profile, export and erasure over HTTP', () => {
  let testStore: TestStore;
  let store: Store;
  let scope: WorkspaceScope;
  let agent: Record<string, string>;
  let admin: Record<string, string>;
  let otherAdmin: Record<string, string>;
  const app = () =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 100_000, webDir: '/none' },
      clock: () => new Date('2026-03-10T12:00:00Z'),
    });

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
    const other = await store.workspaces.create({ slug: 'other', name: 'Other' });
    scope = store.forWorkspace(ws.id);
    await importFile(scope, fixture, { format: 'zendesk', analyzer: { analyze, modelVersion: 'test' } });
    agent = await authHeaders(store, ws.id, 'agent');
    admin = await authHeaders(store, ws.id, 'admin');
    otherAdmin = await authHeaders(store, other.id, 'admin');
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('returns a conversation’s journey by id or by help-desk id', async () => {
    const res = await app().request('/api/conversations/zendesk:48213/journey', { headers: agent });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.conversation.subject).toBe('Charged twice for my order');
    expect(body.journey.replies[0]).toMatchObject({ effect: 'de-escalated' });
    const byId = await app().request(`/api/conversations/${body.conversation.id}/journey`, {
      headers: agent,
    });
    expect((await byId.json()).journey).toEqual(body.journey);
    expect(
      (await app().request('/api/conversations/zendesk:48213/journey', { headers: otherAdmin })).status,
    ).toBe(404);
    expect((await app().request('/api/conversations/zendesk:48213/journey')).status).toBe(401);
  });

  it('shows the customer profile to agents, export and erasure to admins only', async () => {
    const profile = await (
      await app().request('/api/customers/zendesk:9001/profile', { headers: agent })
    ).json();
    expect(profile.customer.name).toBe('Maria Lopez');
    expect(profile.facts.person[0]).toMatchObject({ key: 'husband', value: 'Carlos' });
    expect((await app().request('/api/customers/zendesk:9001/export', { headers: agent })).status).toBe(403);
    const exported = await app().request('/api/customers/zendesk:9001/export', { headers: admin });
    expect(exported.status).toBe(200);
    expect(await exported.json()).toMatchObject({
      exportedAt: '2026-03-10T12:00:00.000Z',
      customer: { name: 'Maria Lopez' },
    });
    expect(
      (await app().request('/api/customers/zendesk:9001', { method: 'DELETE', headers: agent })).status,
    ).toBe(403);
    expect(
      (await app().request('/api/customers/zendesk:9001', { method: 'DELETE', headers: otherAdmin })).status,
    ).toBe(404);
    const erased = await app().request('/api/customers/zendesk:9001', { method: 'DELETE', headers: admin });
    expect(await erased.json()).toMatchObject({ erased: { customers: 1, conversations: 2, messages: 4 } });
    expect((await app().request('/api/customers/zendesk:9001/profile', { headers: agent })).status).toBe(404);
    expect(await scope.customers.getByExternalId('zendesk', '9002')).toBeDefined();
  });

  it('lets admins turn card-number redaction off, and refuses bad settings by field', async () => {
    expect(await (await app().request('/api/privacy/settings', { headers: agent })).json()).toEqual({
      redactCardNumbers: true,
    });
    const put = (headers: Record<string, string>, body: unknown) =>
      app().request('/api/privacy/settings', {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put(agent, { redactCardNumbers: false })).status).toBe(403);
    const bad = await put(admin, { redactCardNumbers: 'no' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('redactCardNumbers');
    expect(await (await put(admin, { redactCardNumbers: false })).json()).toEqual({
      redactCardNumbers: false,
    });
    expect(await scope.privacy.settings()).toEqual({ redactCardNumbers: false });
  });
});
