import type { Analysis } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../storage/index.js';
import { openTestStore, type TestStore } from '../storage/testing/open-test-store.js';
import { DEMO_CONVERSATIONS, DEMO_CUSTOMERS, DEMO_USERS, seedDemo } from './index.js';

const fakeAnalyzer = {
  modelVersion: 'fake-1',
  analyze: (text: string) => ({ sentiment: { label: 'neutral', score: text.length } }) as unknown as Analysis,
};

describe('seedDemo', () => {
  let testStore: TestStore;
  let store: Store;
  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
  });
  afterAll(() => testStore?.dispose());

  it('creates the demo team, customers, conversations and analyses of customer messages', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const { workspace, created } = await seedDemo(store, { now, analyzer: fakeAnalyzer });
    const messageCount = DEMO_CONVERSATIONS.reduce((n, c) => n + c.messages.length, 0);
    const customerMessages = DEMO_CONVERSATIONS.flatMap((c) => c.messages).filter(
      (m) => m.from === 'customer',
    );
    expect(created).toEqual({
      users: DEMO_USERS.length,
      customers: DEMO_CUSTOMERS.length,
      conversations: DEMO_CONVERSATIONS.length,
      messages: messageCount,
      analyses: customerMessages.length,
    });
    expect(DEMO_CONVERSATIONS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_CONVERSATIONS.map((c) => c.industry))).toEqual(
      new Set(['retail', 'travel', 'software', 'banking']),
    );

    const ws = store.forWorkspace(workspace.id);
    const roles = (await ws.users.list()).map((u) => u.role);
    expect(roles.filter((r) => r === 'lead')).toHaveLength(1);
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    const customers = await ws.customers.list();
    expect(customers.some((c) => c.birthday === null)).toBe(true);
    expect(customers.every((c) => c.timeZone !== null)).toBe(true);

    const conv = await ws.conversations.getByExternalId('demo', 'retail-double-charge');
    const messages = await ws.messages.listByConversation(conv?.id ?? '');
    expect(messages.map((m) => m.authorKind)).toEqual(['customer', 'agent', 'customer']);
    expect(messages[0]?.createdAt < now.toISOString()).toBe(true);
    expect(messages[1]?.authorUserId).not.toBeNull();
    const analyses = await ws.analyses.listByConversation(conv?.id ?? '');
    expect(analyses.map((a) => a.messageId)).toEqual([messages[0]?.id, messages[2]?.id]);
    expect(analyses[0]?.modelVersion).toBe('fake-1');
  });

  it('leaves no half demo behind when seeding fails part-way', async () => {
    const other = await openTestStore('sqlite', process.env);
    try {
      await other.store.migrate();
      let calls = 0;
      const failing = {
        modelVersion: 'x',
        analyze: (text: string) => {
          if (++calls === 5) throw new Error('model crashed');
          return fakeAnalyzer.analyze(text);
        },
      };
      await expect(seedDemo(other.store, { now: new Date(), analyzer: failing })).rejects.toThrow(
        'model crashed',
      );
      expect(await other.store.workspaces.list()).toEqual([]);
      const { created } = await seedDemo(other.store, { now: new Date() });
      expect(created.conversations).toBe(DEMO_CONVERSATIONS.length);
    } finally {
      await other.dispose();
    }
  });

  it('adds nothing when run again', async () => {
    const { created } = await seedDemo(store, { now: new Date(), analyzer: fakeAnalyzer });
    expect(created).toEqual({ users: 0, customers: 0, conversations: 0, messages: 0, analyses: 0 });
    expect(await store.workspaces.list()).toHaveLength(1);
  });
});
