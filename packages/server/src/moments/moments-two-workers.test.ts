import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import { createStore, type Store } from '../storage/index.js';
import { testDialects } from '../storage/testing/open-test-store.js';
import { webhookSender } from './delivery/webhook-sender.js';
import { createMomentsWorker, type TickReport } from './moments-worker.js';
import { scheduleMoments } from './plan-workspace.js';
import { startWebhookCatcher, type WebhookCatcher } from './testing/index.js';

// Two workers, each with its own connection pool (as two processes would have), drain one
// outbox together. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets each claim rows the other has not;
// on SQLite each claim is one UPDATE under the single writer lock.
const url = process.env.RAPPORT_TEST_POSTGRES_URL ?? '';
const MOMENTS = 40;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

for (const dialect of testDialects(process.env)) {
  describe(`two moments workers on one ${dialect} outbox`, () => {
    const schema = `rapport_moments_${process.pid}_${Date.now().toString(36)}`;
    const dir = mkdtempSync(join(tmpdir(), 'rapport-two-workers-'));
    const stores: Store[] = [];
    let hooks: WebhookCatcher;

    beforeAll(async () => {
      if (dialect === 'postgres') await admin(`create schema "${schema}"`);
      // PostgreSQL: two pools, as two processes would have. SQLite: one connection shared by both
      // workers — its single writer is the point, and two connections in one process would wait on
      // each other's transactions inside one thread (separate processes wait on the busy timeout).
      const shared =
        dialect === 'sqlite' ? createStore({ dialect, file: join(dir, 'rapport.db') }) : undefined;
      for (let i = 0; i < 2; i++)
        stores.push(shared ?? createStore({ dialect: 'postgres', url, schema, poolSize: 3 }));
      await stores[0]?.migrate();
      hooks = await startWebhookCatcher();
      hooks.delayMs = 15;
    });
    afterAll(async () => {
      await hooks?.close();
      for (const s of new Set(stores)) await s.close();
      if (dialect === 'postgres') await admin(`drop schema "${schema}" cascade`);
      rmSync(dir, { recursive: true, force: true });
    });

    it('delivers every moment exactly once and shares the work', async () => {
      const [a, b] = stores as [Store, Store];
      const ws = await a.workspaces.create({ slug: 'shared', name: 'Shared' });
      const scope = a.forWorkspace(ws.id);
      await scope.moments.rules.put({
        format: 'yaml',
        source: `rules:
  - id: order
    type: pride
    trigger: { kind: event, event: order.placed }
    action: { kind: webhook, url: "${hooks.url}/moments" }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thanks {{firstName}}", body: "Order {{count}}" }
`,
      });
      for (let i = 0; i < MOMENTS; i++) {
        const c = await scope.customers.create({ name: `Customer ${i}` });
        await scope.moments.events.record({
          customerId: c.id,
          type: 'order.placed',
          occurredAt: new Date().toISOString(),
        });
      }
      // Queued up front, so both workers start on a full outbox (their own scheduling then adds nothing).
      expect(
        (await scheduleMoments(scope, { now: new Date(), horizonDays: 1, workspaceName: 'Shared' })).added,
      ).toBe(MOMENTS);
      const logger = createLogger({ level: 'silent' });
      const workers = [a, b].map((store, i) =>
        createMomentsWorker({
          store,
          logger,
          workerId: `worker-${i}`,
          batchSize: 3,
          // On a loaded machine a request can time out; retry at once rather than after 30 s.
          backoffMs: 10,
          senders: { webhook: webhookSender({ secret: 'shared-secret-0123456789', timeoutMs: 5000 }) },
        }),
      );
      // Both tick until the outbox is empty; then a few more passes show nothing is left to send twice.
      let delivered = 0;
      const deadline = Date.now() + 45_000;
      const drain = async (worker: (typeof workers)[number]) => {
        const total: TickReport = { derived: 0, scheduled: 0, sent: 0, retried: 0, failed: 0, cancelled: 0 };
        for (let extra = 0; extra < 3 && Date.now() < deadline; ) {
          const r = await worker.tick();
          for (const k of Object.keys(total) as (keyof TickReport)[]) total[k] += r[k];
          delivered += r.sent;
          if (delivered >= MOMENTS) extra++;
          // Like the worker's own loop: pause when idle, so the receiver in this process gets to answer.
          if (r.sent === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return total;
      };
      const [first, second] = await Promise.all(workers.map(drain));

      expect([first?.failed, second?.failed]).toEqual([0, 0]);
      expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(MOMENTS);
      expect(first?.sent).toBeGreaterThan(0);
      expect(second?.sent).toBeGreaterThan(0);
      expect((first?.scheduled ?? 0) + (second?.scheduled ?? 0)).toBe(0);
      const keys = hooks.requests.map((r) => r.headers['idempotency-key']);
      expect(keys).toHaveLength(MOMENTS);
      expect(new Set(keys).size).toBe(MOMENTS);
      const outbox = await scope.moments.outbox.list({ limit: 1000 });
      expect(outbox.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
    });
  });
}
