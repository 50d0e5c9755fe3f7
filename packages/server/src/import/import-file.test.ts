import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerProfile } from '../customers/index.js';
import { conversationJourney } from '../journey/index.js';
import type { Store, WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import { type HelpDeskFormat, importFile } from './index.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const analyzer = { analyze, modelVersion: 'test-model' };
let counter = 0;

const FIXTURES: Array<{ format: HelpDeskFormat; file: string; conversations: number; messages: number }> = [
  { format: 'zendesk', file: 'zendesk-tickets.json', conversations: 3, messages: 7 },
  { format: 'freshdesk', file: 'freshdesk-tickets.json', conversations: 2, messages: 4 },
  { format: 'intercom', file: 'intercom-conversations.json', conversations: 1, messages: 3 },
  { format: 'csv', file: 'generic-messages.csv', conversations: 2, messages: 4 },
  { format: 'jsonl', file: 'generic-messages.jsonl', conversations: 1, messages: 3 },
];

for (const dialect of testDialects(process.env)) {
  describe(`importing help-desk exports on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let dir: string;
    const workspace = async (): Promise<WorkspaceScope> => {
      const ws = await store.workspaces.create({ slug: `imp-${++counter}`, name: 'Import' });
      return store.forWorkspace(ws.id);
    };

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      dir = await mkdtemp(join(tmpdir(), 'rapport-import-'));
    });
    afterAll(async () => {
      await testStore?.dispose();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    for (const { format, file, conversations, messages } of FIXTURES) {
      it(`imports the ${format} sample, analyses customer messages, and changes nothing the second time`, async () => {
        const scope = await workspace();
        const first = await importFile(scope, fixture(file), { format, analyzer, batchSize: 2 });
        expect(first.problems).toEqual([]);
        expect(first.conversations).toEqual({ created: conversations, updated: 0, unchanged: 0 });
        expect(first.messages).toEqual({ created: messages, updated: 0, unchanged: 0 });
        const stored = await scope.conversations.list();
        expect(stored).toHaveLength(conversations);
        let customerMessages = 0;
        for (const c of stored) {
          const list = await scope.messages.listByConversation(c.id);
          for (const m of list) {
            const analysis = await scope.analyses.get(m.id);
            if (m.authorKind === 'customer') {
              customerMessages++;
              expect(analysis?.modelVersion).toBe('test-model');
              expect(analysis?.analysis.sentiment.label).toBe(analyze(m.body).sentiment.label);
            } else {
              expect(analysis).toBeUndefined();
            }
          }
        }
        expect(first.analysed).toBe(customerMessages);
        // Every sample shows a journey per conversation and a profile per customer.
        let turns = 0;
        for (const c of stored) {
          const shown = await conversationJourney(scope, c.id);
          turns += shown?.journey.turns.length ?? 0;
          expect(shown?.journey.remembered.label).toMatch(/positive|mixed|negative/);
          if (c.customerId)
            expect((await customerProfile(scope, c.customerId))?.customer.id).toBe(c.customerId);
        }
        expect(turns).toBe(customerMessages);

        const second = await importFile(scope, fixture(file), { format, analyzer });
        expect(second).toMatchObject({
          conversations: { created: 0, updated: 0, unchanged: conversations },
          messages: { created: 0, updated: 0, unchanged: messages },
          analysed: 0,
          facts: 0,
          problems: [],
        });
      });
    }

    it('maps Zendesk authors, statuses, channels and skips internal notes', async () => {
      const scope = await workspace();
      await importFile(scope, fixture('zendesk-tickets.json'), { format: 'zendesk', analyzer });
      const ticket = await scope.conversations.getByExternalId('zendesk', '48213');
      expect(ticket).toMatchObject({
        status: 'solved',
        channel: 'email',
        subject: 'Charged twice for my order',
      });
      const list = await scope.messages.listByConversation(ticket?.id ?? '');
      expect(list.map((m) => m.authorKind)).toEqual(['customer', 'agent', 'customer']);
      expect(list.map((m) => m.body).join(' ')).not.toContain('VIP');
      const maria = await scope.customers.getByExternalId('zendesk', '9001');
      expect(maria).toMatchObject({
        name: 'Maria Lopez',
        email: 'maria.lopez@example.com',
        timeZone: 'Europe/London',
      });
      expect((await scope.conversations.list({ customerId: maria?.id })).length).toBe(2);
    });

    it('redacts card numbers before storage unless the workspace turns it off', async () => {
      const on = await workspace();
      const summary = await importFile(on, fixture('zendesk-tickets.json'), { format: 'zendesk', analyzer });
      expect(summary.redacted).toBe(1);
      const body = (await on.messages.getByExternalId('zendesk', '7000101'))?.body;
      expect(body).toContain('My card [card number] shows two payments');
      expect(body).not.toMatch(/4111/);

      const off = await workspace();
      await off.privacy.updateSettings({ redactCardNumbers: false });
      const kept = await importFile(off, fixture('zendesk-tickets.json'), { format: 'zendesk', analyzer });
      expect(kept.redacted).toBe(0);
      expect((await off.messages.getByExternalId('zendesk', '7000101'))?.body).toContain(
        '4111 1111 1111 1111',
      );
    });

    it('remembers what customers said about themselves, with the message it came from', async () => {
      const scope = await workspace();
      const summary = await importFile(scope, fixture('zendesk-tickets.json'), {
        format: 'zendesk',
        analyzer,
      });
      const maria = await scope.customers.getByExternalId('zendesk', '9001');
      const facts = await scope.customerFacts.listByCustomer(maria?.id ?? '');
      const tom = await scope.customers.getByExternalId('zendesk', '9002');
      const tomFacts = await scope.customerFacts.listByCustomer(tom?.id ?? '');
      expect(tomFacts.map((f) => [f.kind, f.value])).toEqual([['plan', 'Pro plan']]);
      expect(summary.facts).toBe(facts.length + tomFacts.length);
      const byKey = Object.fromEntries(facts.map((f) => [`${f.kind}/${f.key}`, f.value]));
      expect(byKey).toMatchObject({
        'contact_preference/channel': 'email',
        'deadline/friday': 'by Friday',
        'deadline/flight': 'flight on Monday',
        'life_event/moving': 'moving home',
        'person/husband': 'Carlos',
      });
      const channel = facts.find((f) => f.key === 'channel');
      expect(channel?.messageId).toBe((await scope.messages.getByExternalId('zendesk', '7000104'))?.id);
    });

    it('updates a re-imported ticket that changed at the source and re-analyses only that', async () => {
      const scope = await workspace();
      const file = join(dir, `edited-${dialect}.json`);
      const original = (await import(fixture('zendesk-tickets.json'), { with: { type: 'json' } })).default;
      await importFile(scope, fixture('zendesk-tickets.json'), { format: 'zendesk', analyzer });
      const edited = structuredClone(original);
      edited.tickets[1].status = 'solved';
      edited.tickets[1].updated_at = '2026-03-04T09:00:00Z';
      edited.tickets[1].comments.push({
        id: 7000204,
        author_id: 366028741031,
        plain_body: 'Fixed now, sorry for the trouble.',
        public: true,
        created_at: '2026-03-04T09:00:00Z',
      });
      edited.tickets[1].comments.push({
        id: 7000205,
        author_id: 9002,
        plain_body: 'Confirmed, it works. Thank you!',
        public: true,
        created_at: '2026-03-04T09:30:00Z',
      });
      writeFileSync(file, JSON.stringify(edited));
      const summary = await importFile(scope, file, { format: 'zendesk', analyzer });
      expect(summary).toMatchObject({
        conversations: { created: 0, updated: 1, unchanged: 2 },
        messages: { created: 2, updated: 0, unchanged: 7 },
        analysed: 1,
      });
      expect(await scope.conversations.getByExternalId('zendesk', '48250')).toMatchObject({
        status: 'solved',
      });
    });

    it('skips bad rows with their line numbers and keeps everything else', async () => {
      const scope = await workspace();
      await importFile(scope, fixture('generic-messages.csv'), { format: 'csv', analyzer });
      const file = join(dir, `bad-${dialect}.csv`);
      writeFileSync(
        file,
        [
          'conversation_id,message_id,author,body,created_at,customer_id',
          'C-200,b-1,customer,Hello there,2026-03-09T10:00:00Z,u-90',
          'C-200,b-2,robot,Beep,2026-03-09T10:01:00Z,u-90',
          'C-200,b-3,agent,Hi!,yesterday,u-90',
          ',b-4,agent,No conversation,2026-03-09T10:02:00Z,u-90',
          'C-200,b-5,agent,"Two',
          'lines",2026-03-09T10:03:00Z,u-90',
          `C-200,b-6,customer,${'x'.repeat(100_001)},2026-03-09T10:04:00Z,u-90`,
        ].join('\n'),
      );
      const summary = await importFile(scope, file, { format: 'csv', analyzer });
      expect(summary.problems).toEqual([
        { line: 3, problem: 'author: must be customer, agent or system, not "robot"' },
        { line: 4, problem: 'created_at: must be an ISO-8601 date-time such as 2026-03-01T09:30:00Z' },
        { line: 5, problem: 'conversation_id: is required (the conversation the message belongs to)' },
        { line: 8, problem: expect.stringMatching(/^body: .*100000/) },
      ]);
      expect(summary.messages.created).toBe(2);
      expect((await scope.messages.getByExternalId('csv', 'b-5'))?.body).toBe('Two\nlines');
      expect(await scope.conversations.list()).toHaveLength(3);
    });

    it('reports a broken JSON record by line and imports the rest', async () => {
      const scope = await workspace();
      const file = join(dir, `bad-${dialect}.jsonl`);
      writeFileSync(
        file,
        [
          '{"conversation_id":"J-9","author":"customer","body":"First","created_at":"2026-03-09T10:00:00Z"}',
          '{"conversation_id":"J-9","author":"customer","body":"Broken",}',
          '{"conversation_id":"J-9","author":"agent","created_at":"2026-03-09T10:01:00Z"}',
          '{"conversation_id":"J-9","author":"agent","body":"Last","created_at":"2026-03-09T10:02:00Z"}',
        ].join('\n'),
      );
      const summary = await importFile(scope, file, { format: 'jsonl', analyzer });
      expect(summary.problems).toEqual([
        { line: 2, problem: expect.stringMatching(/^not valid JSON/) },
        { line: 3, problem: 'body: is required (the message text)' },
      ]);
      expect(summary.messages.created).toBe(2);
    });
  });
}
