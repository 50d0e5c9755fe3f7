import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, type Store, type WorkspaceScope } from '../index.js';
import { openTestStore, type TestStore, testDialects } from '../testing/open-test-store.js';
import type { ImportBatch } from './import-batches-repository.js';

let slugCounter = 0;

const batch = (overrides: Partial<ImportBatch> = {}): ImportBatch => ({
  source: 'zendesk',
  customers: [{ externalId: 'u1', name: 'Ann Lee', email: 'ann@example.com' }],
  conversations: [
    {
      externalId: 't1',
      customerExternalId: 'u1',
      channel: 'email',
      status: 'open',
      subject: 'Charged twice',
      createdAt: '2026-03-01T09:00:00Z',
      updatedAt: '2026-03-01T09:05:00Z',
    },
  ],
  messages: [
    {
      externalId: 'c1',
      conversationExternalId: 't1',
      authorKind: 'customer',
      body: 'I was charged twice!',
      createdAt: '2026-03-01T09:00:00Z',
    },
    {
      externalId: 'c2',
      conversationExternalId: 't1',
      authorKind: 'agent',
      body: 'Sorry, refunded.',
      createdAt: '2026-03-01T09:05:00Z',
    },
  ],
  ...overrides,
});

const fact = (value: string, messageId: string) => ({
  kind: 'contact_preference' as const,
  key: 'channel',
  value,
  confidence: 0.8,
  rule: 'contact.prefer',
  evidence: `I prefer ${value}`,
  messageId,
  timesSeen: 1,
  firstSeenAt: '2026-03-01T09:00:00Z',
  lastSeenAt: '2026-03-01T09:00:00Z',
});

for (const dialect of testDialects(process.env)) {
  describe(`customer memory storage on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    const newWorkspace = async (): Promise<WorkspaceScope> => {
      const ws = await store.workspaces.create({ slug: `mem-${++slugCounter}`, name: 'Memory' });
      return store.forWorkspace(ws.id);
    };

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('writes a batch once, then reports the same batch as unchanged', async () => {
      const scope = await newWorkspace();
      const first = await scope.importBatches.write(batch());
      expect(first.customers).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(first.conversations).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(first.messages).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(first.changedMessages.map((m) => [m.externalId, m.created, m.authorKind])).toEqual([
        ['c1', true, 'customer'],
        ['c2', true, 'agent'],
      ]);
      const customer = await scope.customers.getByExternalId('zendesk', 'u1');
      expect(first.changedMessages[0]?.customerId).toBe(customer?.id);

      const again = await scope.importBatches.write(batch());
      expect(again).toMatchObject({
        customers: { created: 0, updated: 0, unchanged: 1 },
        conversations: { created: 0, updated: 0, unchanged: 1 },
        messages: { created: 0, updated: 0, unchanged: 2 },
        changedMessages: [],
      });
      const conversation = await scope.conversations.getByExternalId('zendesk', 't1');
      expect(conversation).toMatchObject({ status: 'open', updatedAt: '2026-03-01T09:05:00.000Z' });
      expect(await scope.messages.listByConversation(conversation?.id ?? '')).toHaveLength(2);
    });

    it('updates what changed at the source and never blanks what the source left out', async () => {
      const scope = await newWorkspace();
      await scope.importBatches.write(batch());
      const edited = batch();
      const updated = await scope.importBatches.write({
        ...edited,
        customers: [{ externalId: 'u1', name: 'Ann Lee', email: null }],
        conversations: [
          { ...edited.conversations[0]!, status: 'solved', subject: null, updatedAt: '2026-03-02T10:00:00Z' },
        ],
        messages: [{ ...edited.messages[0]!, body: 'I was charged twice! Order 991.' }, edited.messages[1]!],
      });
      expect(updated.customers).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(updated.conversations).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(updated.messages).toEqual({ created: 0, updated: 1, unchanged: 1 });
      expect(updated.changedMessages).toEqual([
        expect.objectContaining({
          externalId: 'c1',
          created: false,
          body: 'I was charged twice! Order 991.',
        }),
      ]);
      expect(await scope.customers.getByExternalId('zendesk', 'u1')).toMatchObject({
        email: 'ann@example.com',
      });
      expect(await scope.conversations.getByExternalId('zendesk', 't1')).toMatchObject({
        status: 'solved',
        subject: 'Charged twice',
      });
    });

    it('keeps each workspace and source apart, and rejects a bad row without writing the batch', async () => {
      const a = await newWorkspace();
      const b = await newWorkspace();
      await a.importBatches.write(batch());
      const inB = await b.importBatches.write(batch());
      expect(inB.messages.created).toBe(2);
      const other = await a.importBatches.write(batch({ source: 'freshdesk' }));
      expect(other.messages.created).toBe(2);

      const c = await newWorkspace();
      const bad = batch();
      const error = await c.importBatches
        .write({
          ...bad,
          messages: [
            ...bad.messages,
            { ...bad.messages[0]!, externalId: 'c3', authorKind: 'robot' as 'agent' },
          ],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).details.issues?.[0]?.path).toBe('authorKind');
      expect(await c.customers.getByExternalId('zendesk', 'u1')).toBeUndefined();
    });

    it('stores analyses in bulk and facts one per key', async () => {
      const scope = await newWorkspace();
      const written = await scope.importBatches.write(batch());
      const [m1] = written.changedMessages;
      await scope.importBatches.saveAnalyses([
        { messageId: m1!.id, modelVersion: 'v1', analysis: { intensity: 0.5 } },
      ]);
      expect(await scope.analyses.get(m1!.id)).toMatchObject({
        modelVersion: 'v1',
        analysis: { intensity: 0.5 },
      });

      const customerId = m1!.customerId!;
      await scope.customerFacts.save(customerId, [fact('email', m1!.id)]);
      await scope.customerFacts.save(customerId, [{ ...fact('phone', m1!.id), timesSeen: 2 }]);
      const facts = await scope.customerFacts.listByCustomer(customerId);
      expect(facts).toEqual([expect.objectContaining({ value: 'phone', timesSeen: 2, confidence: 0.8 })]);
      expect(await scope.customerFacts.listByCustomers([customerId, 'nobody'])).toHaveLength(1);
      const other = await newWorkspace();
      expect(await other.customerFacts.listByCustomer(customerId)).toEqual([]);
      await expect(other.customerFacts.save(customerId, [fact('email', m1!.id)])).rejects.toMatchObject({
        code: 'foreign_key_violation',
      });
      await expect(
        scope.customerFacts.save(customerId, [{ ...fact('x', 'm'), confidence: 2 }]),
      ).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('redacts card numbers in every stored message by default until the workspace turns it off', async () => {
      const scope = await newWorkspace();
      expect(await scope.privacy.settings()).toEqual({ redactCardNumbers: true });
      expect(await scope.privacy.updateSettings({ redactCardNumbers: false })).toEqual({
        redactCardNumbers: false,
      });
      expect(await (await newWorkspace()).privacy.settings()).toEqual({ redactCardNumbers: true });
      const conversation = await scope.conversations.create({ channel: 'chat' });
      const card = 'My card is 4111 1111 1111 1111, cvv 123';
      const kept = await scope.messages.create({
        conversationId: conversation.id,
        authorKind: 'customer',
        body: card,
      });
      expect(kept.body).toBe(card);
      await scope.privacy.updateSettings({ redactCardNumbers: true });
      const [redacted] = await scope.messages.createMany([
        { conversationId: conversation.id, authorKind: 'customer', body: card },
      ]);
      expect(redacted?.body).toBe('My card is [card number], cvv [redacted]');
      const upserted = await scope.messages.upsertByExternalId({
        conversationId: conversation.id,
        authorKind: 'customer',
        body: card,
        external: { source: 'api', id: 'x1' },
      });
      expect((await scope.messages.get(upserted.message.id))?.body).toBe(
        'My card is [card number], cvv [redacted]',
      );
      await expect(
        scope.privacy.updateSettings({ redactCardNumbers: 'no' as unknown as boolean }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('erases one customer completely and leaves the others alone', async () => {
      const scope = await newWorkspace();
      const ann = await scope.importBatches.write(batch());
      const bob = await scope.importBatches.write(
        batch({
          customers: [{ externalId: 'u2', name: 'Bob' }],
          conversations: [{ ...batch().conversations[0]!, externalId: 't2', customerExternalId: 'u2' }],
          messages: batch().messages.map((m) => ({
            ...m,
            externalId: `${m.externalId}-b`,
            conversationExternalId: 't2',
          })),
        }),
      );
      const annId = ann.changedMessages[0]!.customerId!;
      const bobId = bob.changedMessages[0]!.customerId!;
      for (const w of [ann, bob]) {
        await scope.importBatches.saveAnalyses(
          w.changedMessages.map((m) => ({ messageId: m.id, modelVersion: 'v1', analysis: {} })),
        );
      }
      await scope.customerFacts.save(annId, [fact('email', ann.changedMessages[0]!.id)]);
      await scope.customerFacts.save(bobId, [fact('phone', bob.changedMessages[0]!.id)]);

      expect(await scope.privacy.eraseCustomer(annId)).toEqual({
        customers: 1,
        conversations: 1,
        messages: 2,
        analyses: 2,
        facts: 1,
        practiceSessions: 0,
      });
      expect(await scope.customers.get(annId)).toBeUndefined();
      expect(await scope.conversations.getByExternalId('zendesk', 't1')).toBeUndefined();
      for (const m of ann.changedMessages) {
        expect(await scope.messages.get(m.id)).toBeUndefined();
        expect(await scope.analyses.get(m.id)).toBeUndefined();
      }
      expect(await scope.customerFacts.listByCustomer(annId)).toEqual([]);
      expect(await scope.customers.get(bobId)).toBeDefined();
      expect(await scope.customerFacts.listByCustomer(bobId)).toHaveLength(1);
      for (const m of bob.changedMessages) expect(await scope.analyses.get(m.id)).toBeDefined();
      await expect(scope.privacy.eraseCustomer(annId)).rejects.toMatchObject({ code: 'not_found' });
      await expect((await newWorkspace()).privacy.eraseCustomer(bobId)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });
}
