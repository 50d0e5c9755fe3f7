import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import { seedDemo } from '../../seed/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

describe('inbox and conversation thread', () => {
  let testStore: TestStore;
  let store: Store;
  let headers: Record<string, string>;
  const app = () =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 100_000, webDir: '/none' },
    });

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const { workspace } = await seedDemo(store, {
      now: new Date('2026-03-02T10:00:00Z'),
      analyzer: { analyze, modelVersion: 'test' },
    });
    headers = await authHeaders(store, workspace.id, 'agent');
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('summarises each conversation with the customer’s latest emotion and the journey’s risk', async () => {
    const res = await app().request('/api/inbox', { headers });
    expect(res.status).toBe(200);
    const { conversations } = await res.json();
    expect(conversations.length).toBeGreaterThan(5);
    for (const item of conversations) {
      expect(item.risk.escalation).toBeGreaterThanOrEqual(0);
      expect(item.risk.escalation).toBeLessThanOrEqual(1);
      expect(item.messageCount).toBeGreaterThan(0);
    }
    // The demo holds both calm and furious customers; the inbox must tell them apart.
    const escalations = conversations.map((c: { risk: { escalation: number } }) => c.risk.escalation);
    expect(Math.max(...escalations) - Math.min(...escalations)).toBeGreaterThan(0.3);
    expect(conversations.some((c: { mood: { emotion: string | null } }) => c.mood.emotion !== null)).toBe(
      true,
    );
    const withCustomer = conversations.find((c: { customer: unknown }) => c.customer);
    expect(withCustomer.customer.name).toMatch(/\w/);
  });

  it('opens a thread with analyses, evidence spans, the customer and the journey', async () => {
    const { conversations } = await (await app().request('/api/inbox', { headers })).json();
    const angriest = [...conversations].sort(
      (a: { risk: { escalation: number } }, b: { risk: { escalation: number } }) =>
        b.risk.escalation - a.risk.escalation,
    )[0];
    const res = await app().request(`/api/conversations/${angriest.id}/thread`, { headers });
    expect(res.status).toBe(200);
    const thread = await res.json();
    expect(thread.conversation.id).toBe(angriest.id);
    const customerMessages = thread.messages.filter(
      (m: { authorKind: string }) => m.authorKind === 'customer',
    );
    expect(customerMessages.length).toBeGreaterThan(0);
    for (const m of customerMessages) expect(m.analysis.sentiment.label).toMatch(/negative|neutral|positive/);
    const spans = customerMessages.flatMap((m: { analysis: { emotions: { evidence: unknown[] }[] } }) =>
      m.analysis.emotions.flatMap((e) => e.evidence),
    );
    expect(spans.length).toBeGreaterThan(0);
    expect(thread.journey.turns).toHaveLength(customerMessages.length);
    expect(thread.customer.name).toBe(angriest.customer.name);
    // The demo customers told us things about themselves; some profile shows them.
    const threads = await Promise.all(
      conversations.map(async (c: { id: string }) =>
        (await app().request(`/api/conversations/${c.id}/thread`, { headers })).json(),
      ),
    );
    expect(threads.some((t) => t.facts.length > 0)).toBe(true);
    expect((await app().request('/api/conversations/nope/thread', { headers })).status).toBe(404);
  });
});
