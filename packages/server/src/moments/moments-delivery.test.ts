import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import type { Store, WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import { momentMessageId, smtpSender } from './delivery/email-sender.js';
import { verifyMomentWebhook, webhookSender } from './delivery/webhook-sender.js';
import { createMomentsWorker, type MomentsWorkerOptions } from './moments-worker.js';
import { optOutCustomer } from './opt-out.js';
import { scheduleMoments } from './plan-workspace.js';
import {
  type SmtpCatcher,
  startSmtpCatcher,
  startWebhookCatcher,
  type WebhookCatcher,
} from './testing/index.js';

const SECRET = 'test-secret-0123456789';
const logger = createLogger({ level: 'silent' });
let counter = 0;

for (const dialect of testDialects(process.env)) {
  describe(`moments delivery on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let smtp: SmtpCatcher;
    let hooks: WebhookCatcher;
    let now = Date.parse('2026-03-01T08:00:00Z');
    const clock = () => new Date(now);

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      smtp = await startSmtpCatcher();
      hooks = await startWebhookCatcher();
    });
    afterAll(async () => {
      await smtp?.close();
      await hooks?.close();
      await testStore?.dispose();
    });

    async function workspaceWithRules(rulesYaml: string): Promise<WorkspaceScope> {
      const ws = await store.workspaces.create({ slug: `moments-${++counter}`, name: `Shop ${counter}` });
      const scope = store.forWorkspace(ws.id);
      await scope.moments.rules.put({ format: 'yaml', source: rulesYaml });
      return scope;
    }

    const worker = (over: Partial<MomentsWorkerOptions> = {}) =>
      createMomentsWorker({
        store,
        logger,
        clock,
        senders: {
          email: smtpSender({ url: smtp.url, from: 'Shop <care@shop.test>', timeoutMs: 2000 }),
          webhook: webhookSender({ secret: SECRET, clock }),
        },
        backoffMs: 60_000,
        maxAttempts: 3,
        ...over,
      });

    it('refuses impossible customer dates at entry and names the field', async () => {
      const scope = await workspaceWithRules('rules: []');
      for (const birthday of ['', 0, '2023-02-31', '0000-01-01', '1990-13-01']) {
        await expect(
          scope.customers.create({ name: 'Bad', birthday: birthday as string }),
        ).rejects.toMatchObject({
          code: 'invalid_input',
          details: { issues: [{ path: 'birthday' }] },
        });
      }
      await expect(
        scope.customers.create({ name: 'Bad', customerSince: '2023-02-29' }),
      ).rejects.toMatchObject({
        details: {
          issues: [{ path: 'customerSince', message: 'must be a real calendar date written YYYY-MM-DD' }],
        },
      });
      expect(await scope.customers.list()).toEqual([]);
      expect((await scope.customers.create({ name: 'Leap', birthday: '2024-02-29' })).birthday).toBe(
        '2024-02-29',
      );
    });

    it('e-mails a birthday over real SMTP once, however often the scheduler runs', async () => {
      const scope = await workspaceWithRules(`rules:
  - id: bday
    type: elevation
    trigger: { kind: birthday }
    action: { kind: email }
    message: { subject: "Happy birthday, {{firstName}}!", body: "All of us at {{workspace}} wish you a great day." }
`);
      const ann = await scope.customers.create({
        name: 'Ann Lee',
        email: 'ann@example.test',
        timeZone: 'Europe/Paris',
        birthday: '1990-03-02',
      });
      expect(
        (await scheduleMoments(scope, { now: clock(), horizonDays: 2, workspaceName: `Shop ${counter}` }))
          .added,
      ).toBe(1);
      expect(
        (await scheduleMoments(scope, { now: clock(), horizonDays: 2, workspaceName: `Shop ${counter}` }))
          .added,
      ).toBe(0);
      const [queued] = await scope.moments.outbox.list();
      expect(queued).toMatchObject({
        status: 'pending',
        scheduledFor: '2026-03-02T09:00:00.000Z',
        recipient: 'ann@example.test',
      });

      const w = worker();
      expect((await w.tick()).sent).toBe(0); // not due yet
      now = Date.parse('2026-03-02T09:00:00Z');
      expect((await w.tick()).sent).toBe(1);
      expect((await w.tick()).sent).toBe(0);
      const mine = smtp.messages.filter((m) => m.to.includes('ann@example.test'));
      expect(mine).toEqual([
        {
          to: ['ann@example.test'],
          subject: 'Happy birthday, Ann!',
          messageId: momentMessageId(`bday:${ann.id}:birthday:2026`),
          text: expect.stringContaining(`All of us at Shop ${counter} wish you a great day.`),
        },
      ]);
      expect((await scope.moments.outbox.get(queued?.id ?? ''))?.status).toBe('sent');
    });

    it('signs webhooks, retries with exponential backoff, then gives up visibly', async () => {
      const scope = await workspaceWithRules(`rules:
  - id: webinar
    type: connection
    trigger: { kind: event, event: custom.webinar_attended }
    action: { kind: webhook, url: "${hooks.url}/moments" }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thanks for coming, {{firstName}}", body: "{{event.title}}" }
`);
      const bo = await scope.customers.create({ name: 'Bo', email: null });
      const cy = await scope.customers.create({ name: 'Cy' });
      for (const c of [bo, cy]) {
        await scope.moments.events.record({
          customerId: c.id,
          type: 'custom.webinar_attended',
          occurredAt: clock().toISOString(),
          data: { title: 'Care 101' },
        });
      }
      hooks.requests.length = 0;
      hooks.statuses = [503, 500, 503, 200, 503];
      const w = worker({ batchSize: 1 });
      await w.tick(); // schedules both; Bo's first try fails (503)
      await w.tick(); // Cy's first try fails (500)
      let [first, second] = await scope.moments.outbox.list();
      expect([first?.status, first?.attempts, first?.lastError]).toEqual([
        'pending',
        1,
        'webhook answered HTTP 503',
      ]);
      // 60 s backoff: nothing is retried before it.
      now += 59_000;
      expect((await w.tick()).retried + (await w.tick()).sent).toBe(0);
      now += 1_000;
      await w.tick(); // Bo: 503 again → next wait doubles to 120 s
      await w.tick(); // Cy: 200
      [first, second] = await scope.moments.outbox.list();
      expect(second).toMatchObject({ status: 'sent', attempts: 2 });
      expect(Date.parse(first?.nextAttemptAt ?? '') - now).toBe(120_000);
      now += 120_000;
      await w.tick(); // Bo's third and last attempt: 503 → failed, with the reason kept
      [first] = await scope.moments.outbox.list();
      expect(first).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'webhook answered HTTP 503 (gave up after 3 attempts)',
      });

      expect(hooks.requests).toHaveLength(5);
      for (const r of hooks.requests) {
        expect(r.path).toBe('/moments');
        const ok = verifyMomentWebhook(
          SECRET,
          r.body,
          {
            signature: r.headers['x-rapport-signature'] as string,
            timestamp: r.headers['x-rapport-timestamp'] as string,
          },
          clock(),
        );
        expect(ok).toBe(true);
        expect(
          verifyMomentWebhook(
            'another-secret-123456',
            r.body,
            {
              signature: r.headers['x-rapport-signature'] as string,
              timestamp: r.headers['x-rapport-timestamp'] as string,
            },
            clock(),
          ),
        ).toBe(false);
        expect(JSON.parse(r.body).idempotencyKey).toBe(r.headers['idempotency-key']);
      }
      expect(JSON.parse(hooks.requests[3]?.body ?? '{}')).toMatchObject({
        subject: 'Thanks for coming, Cy',
        body: 'Care 101',
        type: 'connection',
      });
    });

    it('holds review tasks until a person approves (with edits) or skips them', async () => {
      const scope = await workspaceWithRules(`rules:
  - id: recovery
    type: recovery
    trigger: { kind: event, event: conversation.ended }
    when: { data: { ending: negative } }
    action: { kind: review, deliver: email }
    timing: { expiresAfterHours: 24, sendBetween: [0, 24] }
    message: { subject: "Sorry, {{firstName}}", body: "We got it wrong." }
`);
      const dee = await scope.customers.create({ name: 'Dee', email: 'dee@example.test' });
      const eve = await scope.customers.create({ name: 'Eve', email: 'eve@example.test' });
      for (const c of [dee, eve]) {
        await scope.moments.events.record({
          customerId: c.id,
          type: 'conversation.ended',
          occurredAt: clock().toISOString(),
          data: { ending: 'negative' },
        });
      }
      const w = worker();
      expect((await w.tick()).sent).toBe(0);
      const queue = await scope.moments.outbox.list({ status: 'review' });
      expect(queue.map((q) => q.customerId).sort()).toEqual([dee.id, eve.id].sort());
      const forDee = queue.find((q) => q.customerId === dee.id);
      const forEve = queue.find((q) => q.customerId === eve.id);
      await scope.moments.outbox.approve(forDee?.id ?? '', {
        reviewer: 'lead@shop.test',
        body: 'I called the courier myself; your parcel arrives tomorrow.',
      });
      await scope.moments.outbox.skip(forEve?.id ?? '', { reviewer: 'lead@shop.test' });
      await expect(scope.moments.outbox.skip(forEve?.id ?? '', { reviewer: 'x' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      expect((await w.tick()).sent).toBe(1);
      expect(smtp.messages.filter((m) => m.to.includes('dee@example.test')).map((m) => m.text)).toEqual([
        'I called the courier myself; your parcel arrives tomorrow.',
      ]);
      expect(smtp.messages.some((m) => m.to.includes('eve@example.test'))).toBe(false);
      expect((await scope.moments.outbox.get(forDee?.id ?? ''))?.reviewedBy).toBe('lead@shop.test');
    });

    it('honours an opt-out for queued moments and at the moment of sending', async () => {
      const scope = await workspaceWithRules(`rules:
  - id: offer
    type: connection
    trigger: { kind: event, event: offer.used }
    action: { kind: email }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thank you", body: "Enjoy {{event.offer}}." }
`);
      const fay = await scope.customers.create({ name: 'Fay', email: 'fay@example.test' });
      const gus = await scope.customers.create({ name: 'Gus', email: 'gus@example.test' });
      for (const c of [fay, gus]) {
        await scope.moments.events.record({
          customerId: c.id,
          type: 'offer.used',
          occurredAt: clock().toISOString(),
          data: { offer: 'spring-10' },
        });
      }
      await scheduleMoments(scope, { now: clock(), horizonDays: 1, workspaceName: 'Shop' });
      expect(await optOutCustomer(scope, fay.id)).toEqual({ cancelled: 1 });
      // Gus opts out by writing to the opt-outs table directly, after his moment was queued: the worker still checks.
      await scope.moments.optOuts.add({ customerId: gus.id, type: 'connection' });
      const report = await worker().tick();
      expect(report).toMatchObject({ sent: 0, cancelled: 1 });
      expect(
        smtp.messages.some((m) => m.to.includes('fay@example.test') || m.to.includes('gus@example.test')),
      ).toBe(false);
      expect((await scope.moments.outbox.list()).map((m) => m.status)).toEqual(['cancelled', 'cancelled']);
      // And nothing new is planned for them.
      expect(
        (await scheduleMoments(scope, { now: clock(), horizonDays: 1, workspaceName: 'Shop' })).added,
      ).toBe(0);
    });

    it('retries a temporary SMTP refusal and fails at once on a permanent one', async () => {
      const scope = await workspaceWithRules(`rules:
  - id: offer
    type: connection
    trigger: { kind: event, event: offer.used }
    action: { kind: email }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thank you", body: "Thanks." }
`);
      const hal = await scope.customers.create({ name: 'Hal', email: 'hal@example.test' });
      await scope.moments.events.record({
        customerId: hal.id,
        type: 'offer.used',
        occurredAt: clock().toISOString(),
      });
      const w = worker();
      smtp.refuseWith = { code: 451, message: 'try again later' };
      expect((await w.tick()).retried).toBe(1);
      now += 60_000;
      smtp.refuseWith = { code: 550, message: 'no such mailbox' };
      expect((await w.tick()).failed).toBe(1);
      smtp.refuseWith = undefined;
      const [item] = await scope.moments.outbox.list();
      expect(item?.status).toBe('failed');
      expect(item?.lastError).toMatch(/^SMTP 550: .*no such mailbox.*\(gave up after 2 attempts\)$/);
    });
  });
}
