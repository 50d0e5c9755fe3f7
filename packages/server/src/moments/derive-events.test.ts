import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../storage/index.js';
import { openTestStore, type TestStore } from '../storage/testing/open-test-store.js';
import { deriveConversationEvents } from './derive-events.js';
import { planWorkspace } from './plan-workspace.js';

describe('events read from stored conversations', () => {
  let testStore: TestStore;
  let store: Store;
  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('records a loyal customer’s first complaint and a bad ending once, and the default rules answer both', async () => {
    const ws = await store.workspaces.create({ slug: 'derive', name: 'Derive' });
    const scope = store.forWorkspace(ws.id);
    const dana = await scope.customers.create({
      name: 'Dana Wu',
      email: 'dana@example.test',
      customerSince: '2018-05-01',
    });
    const conversation = await scope.conversations.create({
      customerId: dana.id,
      channel: 'email',
      status: 'open',
    });
    const say = (authorKind: 'customer' | 'agent', body: string) =>
      scope.messages.create({ conversationId: conversation.id, authorKind, body });
    await say(
      'customer',
      'This is the third time my order arrived broken. I am furious and I want a refund now!',
    );
    await say('agent', 'Please read our returns policy.');
    await say('customer', 'Useless. I am done with you, this is a disgrace.');
    await scope.conversations.update(conversation.id, { status: 'closed' });
    const since = new Date(Date.now() - 3_600_000).toISOString();

    expect(await deriveConversationEvents(scope, { since })).toBe(2);
    expect(await deriveConversationEvents(scope, { since })).toBe(0);
    const events = await scope.moments.events.listSince('2000-01-01T00:00:00.000Z');
    expect(events.map((e) => [e.type, e.sequence, e.data])).toEqual(
      expect.arrayContaining([
        ['complaint', 1, expect.objectContaining({ conversationId: conversation.id })],
        ['conversation.ended', 1, { conversationId: conversation.id, ending: 'negative' }],
      ]),
    );

    const plan = await planWorkspace(scope, { now: new Date(), horizonDays: 2, workspaceName: 'Derive' });
    expect(plan.due.map((m) => m.ruleId).sort()).toEqual([
      'loyal-first-complaint',
      'recovery-after-bad-ending',
    ]);
    expect(plan.due.every((m) => m.needsReview)).toBe(true);
  });

  it('records nothing for a calm question that ended well', async () => {
    const ws = await store.workspaces.create({ slug: 'calm', name: 'Calm' });
    const scope = store.forWorkspace(ws.id);
    const eli = await scope.customers.create({ name: 'Eli', customerSince: '2018-05-01' });
    const conversation = await scope.conversations.create({
      customerId: eli.id,
      channel: 'chat',
      status: 'open',
    });
    await scope.messages.create({
      conversationId: conversation.id,
      authorKind: 'customer',
      body: 'Hi, could you tell me when the shop opens on Sunday?',
    });
    await scope.messages.create({
      conversationId: conversation.id,
      authorKind: 'agent',
      body: 'Hi Eli, we open at 10 on Sundays.',
    });
    await scope.messages.create({
      conversationId: conversation.id,
      authorKind: 'customer',
      body: 'Great, thank you so much!',
    });
    await scope.conversations.update(conversation.id, { status: 'solved' });
    expect(
      await deriveConversationEvents(scope, { since: new Date(Date.now() - 3_600_000).toISOString() }),
    ).toBe(1);
    const [ended] = await scope.moments.events.listSince('2000-01-01T00:00:00.000Z');
    expect(ended?.type).toBe('conversation.ended');
    expect(ended?.data.ending).not.toBe('negative');
    const plan = await planWorkspace(scope, { now: new Date(), horizonDays: 2, workspaceName: 'Calm' });
    expect(plan.due).toEqual([]);
  });
});
