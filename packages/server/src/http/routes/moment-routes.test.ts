import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const RULES = `rules:
  - id: recovery
    type: recovery
    trigger: { kind: event, event: conversation.ended }
    when: { data: { ending: negative } }
    action: { kind: review, deliver: email }
    timing: { sendBetween: [0, 24], expiresAfterHours: 24 }
    message: { subject: "Sorry, {{firstName}}", body: "We will make it right." }
`;

describe('/api/moments', () => {
  let testStore: TestStore;
  let store: Store;
  let lead: Record<string, string>;
  let agent: Record<string, string>;
  let customerId: string;
  const app = () =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 100_000, webDir: '/none' },
    });
  const call = async (
    path: string,
    headers: Record<string, string>,
    init: { method?: string; body?: unknown } = {},
  ) => {
    const res = await app().request(`/api/moments${path}`, {
      method: init.method ?? 'GET',
      headers: { ...headers, 'content-type': 'application/json' },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });
    return { status: res.status, json: res.status === 204 ? undefined : await res.json() };
  };

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'shop', name: 'Shop' });
    lead = await authHeaders(store, ws.id, 'lead');
    agent = await authHeaders(store, ws.id, 'agent');
    customerId = (
      await store.forWorkspace(ws.id).customers.create({ name: 'Bo Chen', email: 'bo@example.test' })
    ).id;
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('serves the default rules, refuses bad ones with every problem and its line, and saves good ones', async () => {
    const defaults = await call('/rules', agent);
    expect(defaults.json).toMatchObject({ custom: false, format: 'yaml' });
    expect(defaults.json.ruleSet.rules.length).toBeGreaterThanOrEqual(5);
    const bad = await call('/rules', lead, {
      method: 'PUT',
      body: { format: 'yaml', source: 'rules:\n  - id: Bad Id\n    type: joy\n' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'rules[0].type', line: 3 })]),
    );
    expect(
      (await call('/rules', agent, { method: 'PUT', body: { format: 'yaml', source: RULES } })).status,
    ).toBe(403);
    const saved = await call('/rules', lead, { method: 'PUT', body: { format: 'yaml', source: RULES } });
    expect(saved.status).toBe(200);
    expect((await call('/rules', agent)).json).toMatchObject({ custom: true, source: RULES });
  });

  it('takes events once per idempotency key, previews, and runs the review queue', async () => {
    const event = {
      customerId,
      type: 'conversation.ended',
      data: { ending: 'negative' },
      idempotencyKey: 'ticket-7',
    };
    expect((await call('/events', agent, { method: 'POST', body: event })).status).toBe(201);
    expect((await call('/events', agent, { method: 'POST', body: event })).status).toBe(200);
    const unknown = await call('/events', agent, {
      method: 'POST',
      body: { ...event, customerId: 'nobody', idempotencyKey: 'x' },
    });
    expect(unknown.status).toBe(422);
    expect(
      (await call('/events', agent, { method: 'POST', body: { ...event, type: 'Not A Type' } })).json.error
        .code,
    ).toBe('invalid_input');

    const preview = await call('/preview?days=7', agent);
    expect(preview.json.due).toMatchObject([
      { ruleId: 'recovery', customerName: 'Bo Chen', needsReview: true },
    ]);

    expect((await call('/schedule', agent, { method: 'POST' })).status).toBe(403);
    expect((await call('/schedule', lead, { method: 'POST' })).json).toEqual({ added: 1 });
    expect((await call('/schedule', lead, { method: 'POST' })).json).toEqual({ added: 0 });
    const queue = await call('/queue', agent);
    expect(queue.json.moments).toMatchObject([{ customerName: 'Bo Chen', status: 'review' }]);
    const id = queue.json.moments[0].id;
    expect((await call(`/queue/${id}/approve`, agent, { method: 'POST', body: {} })).status).toBe(403);
    const approved = await call(`/queue/${id}/approve`, lead, {
      method: 'POST',
      body: { body: 'I have refunded the fee.' },
    });
    expect(approved.json.moment).toMatchObject({
      status: 'pending',
      body: 'I have refunded the fee.',
      reviewedBy: 'api key test lead',
    });
    expect((await call(`/queue/${id}/skip`, lead, { method: 'POST' })).json.error.message).toMatch(
      /is pending, not waiting for review/,
    );

    const optOut = await call('/opt-outs', agent, { method: 'POST', body: { customerId } });
    expect(optOut).toEqual({ status: 201, json: { customerId, type: 'all', cancelled: 1 } });
    expect((await call('/outbox?status=cancelled', agent)).json.moments).toHaveLength(1);
    expect((await call(`/opt-outs/${customerId}`, agent, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/opt-outs/${customerId}`, agent, { method: 'DELETE' })).status).toBe(404);
  });
});
