import type { Analysis } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, type StorageErrorCode, type Store, type WorkspaceScope } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { openTestStore, type TestStore, testDialects } from './testing/open-test-store.js';

const DIALECTS = testDialects(process.env);

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function expectCode(promise: Promise<unknown>, code: StorageErrorCode) {
  expect((await failure(promise)).code).toBe(code);
}

const analysis = (label: 'anger' | 'gratitude', score: number) =>
  ({
    sentiment: { label: label === 'anger' ? 'negative' : 'positive', score },
    emotions: [{ label, score, evidence: [] }],
  }) as unknown as Analysis;

let slugCounter = 0;

for (const dialect of DIALECTS) {
  describe(`storage on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;

    async function newWorkspace(): Promise<WorkspaceScope> {
      const ws = await store.workspaces.create({
        slug: `ws-${++slugCounter}`,
        name: `Workspace ${slugCounter}`,
      });
      return store.forWorkspace(ws.id);
    }

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('migrates an empty database, then finds nothing left to do', async () => {
      const first = await store.migrate();
      const names = Object.keys(MIGRATIONS).sort();
      expect(first.applied).toEqual(names);
      expect(first.latest).toBe(names[names.length - 1]);
      expect((await store.migrate()).applied).toEqual([]);
      await expect(store.ping()).resolves.toBeUndefined();
      expect(await store.checkIntegrity()).toEqual({ ok: true, problems: [] });
    });

    describe('workspaces', () => {
      it('creates, reads, lists and updates', async () => {
        const ws = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
        expect(ws).toMatchObject({ slug: 'acme', name: 'Acme' });
        expect(ws.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(await store.workspaces.get(ws.id)).toEqual(ws);
        expect(await store.workspaces.getBySlug('acme')).toEqual(ws);
        expect((await store.workspaces.list()).map((w) => w.slug)).toContain('acme');
        expect((await store.workspaces.update(ws.id, { name: 'Acme Inc' })).name).toBe('Acme Inc');
        expect(await store.workspaces.get('missing')).toBeUndefined();
      });

      it('returns typed errors for duplicates, bad input and missing rows', async () => {
        await store.workspaces.create({ slug: 'dupe', name: 'One' });
        await expectCode(store.workspaces.create({ slug: 'dupe', name: 'Two' }), 'unique_violation');
        const bad = await failure(store.workspaces.create({ slug: 'Not A Slug', name: 'x' }));
        expect(bad.code).toBe('invalid_input');
        expect(bad.details.issues?.[0]?.path).toBe('slug');
        await expectCode(store.workspaces.update('missing', { name: 'x' }), 'not_found');
      });
    });

    describe('users', () => {
      it('creates, finds by e-mail, lists by role and updates', async () => {
        const ws = await newWorkspace();
        const lead = await ws.users.create({ email: 'Lea@Example.com', name: 'Lea', role: 'lead' });
        const agent = await ws.users.create({ email: 'sam@example.com', name: 'Sam', role: 'agent' });
        expect(lead).toMatchObject({ email: 'lea@example.com', role: 'lead', passwordHash: null });
        expect(await ws.users.get(agent.id)).toEqual(agent);
        expect(await ws.users.getByEmail('LEA@example.com')).toEqual(lead);
        expect((await ws.users.list({ role: 'agent' })).map((u) => u.name)).toEqual(['Sam']);
        expect((await ws.users.list()).map((u) => u.name)).toEqual(['Lea', 'Sam']);
        const promoted = await ws.users.update(agent.id, { role: 'admin', passwordHash: 'scrypt$abc' });
        expect(promoted).toMatchObject({ role: 'admin', passwordHash: 'scrypt$abc' });
      });

      it('keeps e-mails unique per workspace only, and checks roles', async () => {
        const a = await newWorkspace();
        const b = await newWorkspace();
        await a.users.create({ email: 'x@example.com', name: 'X', role: 'agent' });
        await expectCode(
          a.users.create({ email: 'X@example.com', name: 'X2', role: 'agent' }),
          'unique_violation',
        );
        await expect(
          b.users.create({ email: 'x@example.com', name: 'X', role: 'agent' }),
        ).resolves.toBeDefined();
        await expectCode(
          a.users.create({ email: 'y@example.com', name: 'Y', role: 'owner' as 'admin' }),
          'invalid_input',
        );
        await expectCode(
          a.users.create({ email: 'not-an-email', name: 'Y', role: 'agent' }),
          'invalid_input',
        );
        await expectCode(a.users.update('missing', { name: 'Z' }), 'not_found');
      });
    });

    describe('customers', () => {
      it('stores unknown dates as null and real ones as YYYY-MM-DD', async () => {
        const ws = await newWorkspace();
        const anon = await ws.customers.create({ name: 'Anon' });
        expect(anon).toMatchObject({
          birthday: null,
          customerSince: null,
          timeZone: null,
          email: null,
          attributes: {},
        });
        const ann = await ws.customers.create({
          name: 'Ann Lee',
          email: 'ann@example.com',
          timeZone: 'Europe/Paris',
          birthday: '1990-02-28',
          customerSince: '2019-06-01',
          attributes: { plan: 'gold', orders: 12, tags: ['vip'] },
        });
        expect(await ws.customers.get(ann.id)).toEqual(ann);
        expect(ann).toMatchObject({
          birthday: '1990-02-28',
          customerSince: '2019-06-01',
          attributes: { orders: 12 },
        });
      });

      it('rejects impossible dates, unknown time zones and bad e-mails', async () => {
        const ws = await newWorkspace();
        await expectCode(ws.customers.create({ name: 'A', birthday: '2023-02-30' }), 'invalid_input');
        await expectCode(ws.customers.create({ name: 'A', birthday: '0' }), 'invalid_input');
        await expectCode(ws.customers.create({ name: 'A', timeZone: 'Mars/Olympus' }), 'invalid_input');
        await expectCode(ws.customers.create({ name: 'A', email: 'nope' }), 'invalid_input');
        await expectCode(ws.customers.create({ name: '   ' }), 'invalid_input');
        expect(await ws.customers.list()).toEqual([]);
      });

      it('lists in creation order with limit and offset, and updates', async () => {
        const ws = await newWorkspace();
        for (const name of ['A', 'B', 'C']) await ws.customers.create({ name, birthday: '2000-01-01' });
        expect((await ws.customers.list()).map((c) => c.name)).toEqual(['A', 'B', 'C']);
        const page = await ws.customers.list({ limit: 1, offset: 1 });
        expect(page.map((c) => c.name)).toEqual(['B']);
        const [b] = page;
        const updated = await ws.customers.update(b?.id ?? '', { birthday: null, timeZone: 'Asia/Tokyo' });
        expect(updated).toMatchObject({ name: 'B', birthday: null, timeZone: 'Asia/Tokyo' });
        await expectCode(ws.customers.update('missing', { name: 'x' }), 'not_found');
      });

      it('upserts by external id without blanking fields the import did not send', async () => {
        const ws = await newWorkspace();
        const external = { source: 'zendesk', id: '42' };
        const first = await ws.customers.upsertByExternalId({
          external,
          name: 'Bo',
          email: 'bo@example.com',
        });
        expect(first.created).toBe(true);
        const second = await ws.customers.upsertByExternalId({ external, name: 'Bo Diaz' });
        expect(second.created).toBe(false);
        expect(second.customer).toMatchObject({
          id: first.customer.id,
          name: 'Bo Diaz',
          email: 'bo@example.com',
        });
        expect(await ws.customers.getByExternalId('zendesk', '42')).toEqual(second.customer);
        expect(await ws.customers.list()).toHaveLength(1);
      });
    });

    describe('conversations', () => {
      it('creates, filters, orders by last update, updates and upserts', async () => {
        const ws = await newWorkspace();
        const agent = await ws.users.create({ email: 'a@example.com', name: 'A', role: 'agent' });
        const cust = await ws.customers.create({ name: 'C' });
        const c1 = await ws.conversations.create({
          channel: 'email',
          customerId: cust.id,
          subject: 'Refund',
          createdAt: '2024-01-01T10:00:00+02:00',
        });
        expect(c1).toMatchObject({
          status: 'open',
          createdAt: '2024-01-01T08:00:00.000Z',
          customerId: cust.id,
        });
        const c2 = await ws.conversations.create({
          channel: 'chat',
          assignedUserId: agent.id,
          status: 'pending',
        });
        expect((await ws.conversations.list()).map((c) => c.id)).toEqual([c2.id, c1.id]);
        expect((await ws.conversations.list({ status: 'pending' })).map((c) => c.id)).toEqual([c2.id]);
        expect((await ws.conversations.list({ customerId: cust.id })).map((c) => c.id)).toEqual([c1.id]);
        const solved = await ws.conversations.update(c1.id, { status: 'solved', assignedUserId: agent.id });
        expect(solved).toMatchObject({ status: 'solved', assignedUserId: agent.id });
        expect((await ws.conversations.list())[0]?.id).toBe(c1.id);
        await ws.conversations.touch(c2.id);
        expect((await ws.conversations.list())[0]?.id).toBe(c2.id);

        const external = { source: 'freshdesk', id: 't-9' };
        const up1 = await ws.conversations.upsertByExternalId({ external, channel: 'email', subject: 'Hi' });
        const up2 = await ws.conversations.upsertByExternalId({
          external,
          channel: 'email',
          status: 'closed',
        });
        expect([up1.created, up2.created]).toEqual([true, false]);
        expect(up2.conversation).toMatchObject({ id: up1.conversation.id, subject: 'Hi', status: 'closed' });
        expect(await ws.conversations.getByExternalId('freshdesk', 't-9')).toEqual(up2.conversation);
      });

      it('refuses unknown references and bad values', async () => {
        const ws = await newWorkspace();
        await expectCode(
          ws.conversations.create({ channel: 'email', customerId: 'nobody' }),
          'foreign_key_violation',
        );
        await expectCode(ws.conversations.create({ channel: 'fax' as 'email' }), 'invalid_input');
        await expectCode(ws.conversations.update('missing', { status: 'closed' }), 'not_found');
        expect(await ws.conversations.list()).toEqual([]);
      });
    });

    describe('messages', () => {
      it('appends in order and marks the conversation updated', async () => {
        const ws = await newWorkspace();
        const conv = await ws.conversations.create({ channel: 'chat', createdAt: '2024-01-01T00:00:00Z' });
        const m1 = await ws.messages.create({
          conversationId: conv.id,
          authorKind: 'customer',
          body: 'Where is my order?',
          createdAt: '2024-01-01T00:00:01Z',
        });
        const [m2, m3] = await ws.messages.createMany([
          {
            conversationId: conv.id,
            authorKind: 'agent',
            body: 'Let me check.',
            createdAt: '2024-01-01T00:00:02Z',
          },
          {
            conversationId: conv.id,
            authorKind: 'system',
            body: 'Assigned to Sam',
            createdAt: '2024-01-01T00:00:02Z',
          },
        ]);
        expect((await ws.messages.listByConversation(conv.id)).map((m) => m.id)).toEqual([
          m1.id,
          m2?.id,
          m3?.id,
        ]);
        expect(await ws.messages.get(m1.id)).toEqual(m1);
        const after = await ws.conversations.get(conv.id);
        expect(after?.updatedAt > conv.updatedAt).toBe(true);
        expect(await ws.messages.listByConversation(conv.id, { limit: 1 })).toEqual([m1]);

        // Many conversations in one query: the same lists, grouped; another workspace's id stays empty.
        const other = await ws.conversations.create({ channel: 'email' });
        const o1 = await ws.messages.create({ conversationId: other.id, authorKind: 'customer', body: 'Hi' });
        const foreign = await (await newWorkspace()).conversations.create({ channel: 'chat' });
        const grouped = await ws.messages.listByConversations([conv.id, other.id, foreign.id]);
        expect(grouped.get(conv.id)).toEqual(await ws.messages.listByConversation(conv.id));
        expect(grouped.get(other.id)).toEqual([o1]);
        expect(grouped.get(foreign.id)).toEqual([]);
        expect((await ws.messages.listByConversations([])).size).toBe(0);
      });

      it('writes all of a batch or none of it', async () => {
        const ws = await newWorkspace();
        const conv = await ws.conversations.create({ channel: 'chat' });
        const good = { conversationId: conv.id, authorKind: 'customer' as const, body: 'one' };
        const fk = await failure(ws.messages.createMany([good, { ...good, conversationId: 'missing' }]));
        expect(fk.code).toBe('foreign_key_violation');
        await expectCode(
          ws.messages.createMany([good, { ...good, authorKind: 'robot' as 'agent' }]),
          'invalid_input',
        );
        const external = { source: 'csv', id: 'm1' };
        await expectCode(
          ws.messages.createMany([
            { ...good, external },
            { ...good, external },
          ]),
          'unique_violation',
        );
        expect(await ws.messages.listByConversation(conv.id)).toEqual([]);
        expect(await ws.messages.createMany([])).toEqual([]);
      });

      it('upserts by external id so a re-import stores each message once', async () => {
        const ws = await newWorkspace();
        const conv = await ws.conversations.create({ channel: 'email' });
        const input = {
          conversationId: conv.id,
          authorKind: 'customer' as const,
          body: 'hello',
          external: { source: 'zendesk', id: 'c-1' },
        };
        const first = await ws.messages.upsertByExternalId(input);
        const again = await ws.messages.upsertByExternalId({ ...input, body: 'hello (edited)' });
        expect([first.created, again.created]).toEqual([true, false]);
        expect(again.message).toMatchObject({ id: first.message.id, body: 'hello (edited)' });
        expect(await ws.messages.getByExternalId('zendesk', 'c-1')).toEqual(again.message);
        expect(await ws.messages.listByConversation(conv.id)).toHaveLength(1);
      });

      it('keeps any text, however odd, exactly as written', async () => {
        const ws = await newWorkspace();
        const conv = await ws.conversations.create({ channel: 'chat' });
        const body = '\'; drop table messages; -- \u{1F621} \u200b? NULL \\ "quoted" \r\n\t';
        const m = await ws.messages.create({ conversationId: conv.id, authorKind: 'customer', body });
        expect((await ws.messages.get(m.id))?.body).toBe(body);
        // U+0000 cannot be stored by PostgreSQL, so both dialects refuse it the same way.
        const nul = await failure(
          ws.messages.create({ conversationId: conv.id, authorKind: 'customer', body: 'a\u0000b' }),
        );
        expect(nul.code).toBe('invalid_input');
        expect(nul.details.issues?.[0]?.path).toBe('body');
      });
    });

    describe('analyses', () => {
      it('saves, replaces, reads and lists by conversation', async () => {
        const ws = await newWorkspace();
        const conv = await ws.conversations.create({ channel: 'chat' });
        const [m1, m2] = await ws.messages.createMany([
          {
            conversationId: conv.id,
            authorKind: 'customer',
            body: 'Furious!',
            createdAt: '2024-01-01T00:00:00Z',
          },
          {
            conversationId: conv.id,
            authorKind: 'customer',
            body: 'Thanks',
            createdAt: '2024-01-01T00:01:00Z',
          },
        ]);
        const saved = await ws.analyses.save({
          messageId: m1?.id ?? '',
          modelVersion: 'v1',
          analysis: analysis('anger', 0.9),
        });
        expect(saved.analysis).toEqual(analysis('anger', 0.9));
        await ws.analyses.save({
          messageId: m2?.id ?? '',
          modelVersion: 'v1',
          analysis: analysis('gratitude', 0.8),
        });
        const replaced = await ws.analyses.save({
          messageId: m1?.id ?? '',
          modelVersion: 'v2',
          analysis: analysis('anger', 0.7),
        });
        expect(await ws.analyses.get(m1?.id ?? '')).toEqual(replaced);
        const list = await ws.analyses.listByConversation(conv.id);
        expect(list.map((a) => [a.messageId, a.modelVersion])).toEqual([
          [m1?.id, 'v2'],
          [m2?.id, 'v1'],
        ]);
        const empty = await ws.conversations.create({ channel: 'chat' });
        const grouped = await ws.analyses.listByConversations([conv.id, empty.id]);
        expect(grouped.get(conv.id)).toEqual(list);
        expect(grouped.get(empty.id)).toEqual([]);
        await expectCode(
          ws.analyses.save({ messageId: 'missing', modelVersion: 'v1', analysis: analysis('anger', 1) }),
          'foreign_key_violation',
        );
        await expectCode(
          ws.analyses.save({
            messageId: m1?.id ?? '',
            modelVersion: 'v1',
            analysis: 'text' as unknown as Analysis,
          }),
          'invalid_input',
        );
      });
    });

    describe('workspace isolation', () => {
      it('never lets workspace B read, change or reference workspace A rows', async () => {
        const a = await newWorkspace();
        const b = await newWorkspace();
        const user = await a.users.create({ email: 'ann@example.com', name: 'Ann', role: 'agent' });
        const cust = await a.customers.create({ name: 'Secret', external: { source: 'zd', id: '1' } });
        const conv = await a.conversations.create({
          channel: 'email',
          customerId: cust.id,
          external: { source: 'zd', id: 't1' },
        });
        const msg = await a.messages.create({
          conversationId: conv.id,
          authorKind: 'customer',
          body: 'private',
          external: { source: 'zd', id: 'm1' },
        });
        await a.analyses.save({ messageId: msg.id, modelVersion: 'v1', analysis: analysis('anger', 0.9) });

        const before = await a.conversations.get(conv.id);

        // Reads
        expect(await b.users.get(user.id)).toBeUndefined();
        expect(await b.users.getByEmail('ann@example.com')).toBeUndefined();
        expect(await b.customers.get(cust.id)).toBeUndefined();
        expect(await b.customers.getMany([cust.id])).toEqual([]);
        expect(await a.customers.getMany([cust.id, cust.id, 'missing'])).toEqual([cust]);
        expect((await b.messages.listByConversations([conv.id])).get(conv.id)).toEqual([]);
        expect((await b.analyses.listByConversations([conv.id])).get(conv.id)).toEqual([]);
        expect(await b.customers.getByExternalId('zd', '1')).toBeUndefined();
        expect(await b.conversations.get(conv.id)).toBeUndefined();
        expect(await b.conversations.getByExternalId('zd', 't1')).toBeUndefined();
        expect(await b.messages.get(msg.id)).toBeUndefined();
        expect(await b.messages.listByConversation(conv.id)).toEqual([]);
        expect(await b.analyses.get(msg.id)).toBeUndefined();
        expect(await b.analyses.listByConversation(conv.id)).toEqual([]);
        expect(await b.users.list()).toEqual([]);
        expect(await b.customers.list()).toEqual([]);
        expect(await b.conversations.list()).toEqual([]);

        // Writes
        await expectCode(b.users.update(user.id, { name: 'x' }), 'not_found');
        await expectCode(b.customers.update(cust.id, { name: 'x' }), 'not_found');
        await expectCode(b.conversations.update(conv.id, { status: 'closed' }), 'not_found');
        await b.conversations.touch(conv.id);
        await expectCode(
          b.conversations.create({ channel: 'chat', customerId: cust.id }),
          'foreign_key_violation',
        );
        await expectCode(
          b.conversations.create({ channel: 'chat', assignedUserId: user.id }),
          'foreign_key_violation',
        );
        await expectCode(
          b.messages.create({ conversationId: conv.id, authorKind: 'customer', body: 'x' }),
          'foreign_key_violation',
        );
        await expectCode(
          b.analyses.save({ messageId: msg.id, modelVersion: 'evil', analysis: analysis('gratitude', 1) }),
          'foreign_key_violation',
        );
        // Same external ids in B are B's own rows, not A's.
        const bCust = await b.customers.upsertByExternalId({
          external: { source: 'zd', id: '1' },
          name: 'Other',
        });
        expect(bCust.created).toBe(true);

        // A is untouched.
        expect(await a.customers.get(cust.id)).toEqual(cust);
        expect(await a.conversations.get(conv.id)).toEqual(before);
        expect((await a.analyses.get(msg.id))?.modelVersion).toBe('v1');
        expect(await a.messages.listByConversation(conv.id)).toEqual([msg]);
      });
    });

    describe('transactions', () => {
      it('rolls back everything written inside a failing transaction', async () => {
        const ws = await newWorkspace();
        const error = await failure(
          ws.transaction(async (tx) => {
            const c = await tx.customers.create({ name: 'Half' });
            const conv = await tx.conversations.create({ channel: 'chat', customerId: c.id });
            await tx.messages.create({ conversationId: conv.id, authorKind: 'customer', body: 'x' });
            await tx.users.create({ email: 'bad', name: 'Bad', role: 'agent' });
          }),
        );
        expect(error.code).toBe('invalid_input');
        expect(await ws.customers.list()).toEqual([]);
        expect(await ws.conversations.list()).toEqual([]);
      });

      it('rolls back a store-wide transaction, the new workspace included', async () => {
        const slug = `tx-${++slugCounter}`;
        await expect(
          store.transaction(async (tx) => {
            const ws = await tx.workspaces.create({ slug, name: 'Tx' });
            await tx.forWorkspace(ws.id).customers.create({ name: 'Inside' });
            throw new Error('abort');
          }),
        ).rejects.toThrow('abort');
        expect(await store.workspaces.getBySlug(slug)).toBeUndefined();
        const kept = await store.transaction(async (tx) => tx.workspaces.create({ slug, name: 'Tx' }));
        expect(await store.workspaces.get(kept.id)).toEqual(kept);
      });

      it('commits when the work succeeds', async () => {
        const ws = await newWorkspace();
        const id = await ws.transaction(async (tx) => (await tx.customers.create({ name: 'Whole' })).id);
        expect((await ws.customers.get(id))?.name).toBe('Whole');
      });
    });
  });
}
