/**
 * Moments benchmark. (1) Planning: `planMoments` over a generated workspace (100,000 customers in
 * six time zones, 20,000 recent events, the default rules) for a 30-day preview. (2) Delivery: the
 * outbox drained by one worker on SQLite, and by one and two workers on PostgreSQL (when
 * RAPPORT_TEST_POSTGRES_URL or RAPPORT_BENCH_POSTGRES_URL is set), to a signed-webhook receiver on
 * 127.0.0.1 that answers after 5 ms — the shape of a real HTTP hop.
 *
 * Run: node --conditions=source --import tsx bench/moments.ts [--customers 100000] [--moments 2000]
 */
import { type CustomerEvent, type MomentCustomer, planMoments } from '@rapport/engine';
import {
  createLogger,
  createMomentsWorker,
  createStore,
  DEFAULT_RULES_YAML,
  parseRules,
  type Store,
  scheduleMoments,
  webhookSender,
} from '@rapport/server';
import { startWebhookCatcher } from '@rapport/server/testing';
import pg from 'pg';
import { openTestStore } from '../packages/server/src/storage/testing/open-test-store.js';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const CUSTOMERS = Number(arg('customers', '100000'));
const MOMENTS = Number(arg('moments', '2000'));
const postgresUrl = process.env.RAPPORT_BENCH_POSTGRES_URL ?? process.env.RAPPORT_TEST_POSTGRES_URL;
const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Sao_Paulo',
];

function planning(): void {
  const parsed = parseRules(DEFAULT_RULES_YAML, 'yaml');
  if (!parsed.ok) throw new Error('default rules do not parse');
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const day = (start: number, span: number) =>
    new Date(start + Math.floor(rand() * span) * 86_400_000).toISOString().slice(0, 10);
  const customers: MomentCustomer[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    customers.push({
      id: `c${i}`,
      name: `Customer ${i}`,
      email: `c${i}@example.test`,
      timeZone: ZONES[i % ZONES.length] ?? 'UTC',
      birthday: rand() < 0.6 ? day(Date.UTC(1950, 0, 1), 50 * 365) : null,
      customerSince: day(Date.UTC(2012, 0, 1), 14 * 365),
    });
  }
  const now = Date.UTC(2026, 2, 1);
  const types = ['order.placed', 'offer.used', 'conversation.ended', 'complaint', 'problem.solved'];
  const events: CustomerEvent[] = [];
  for (let i = 0; i < CUSTOMERS / 5; i++) {
    events.push({
      id: `e${i}`,
      customerId: `c${Math.floor(rand() * CUSTOMERS)}`,
      type: types[i % types.length] ?? 'order.placed',
      occurredAt: new Date(now - rand() * 5 * 86_400_000).toISOString(),
      sequence: 1 + Math.floor(rand() * 12),
      data: { ending: rand() < 0.3 ? 'negative' : 'positive', offer: 'spring-10' },
    });
  }
  const t0 = performance.now();
  const plan = planMoments({
    ruleSet: parsed.ruleSet,
    customers,
    events,
    existing: [],
    optOuts: [],
    now,
    horizonDays: 30,
    workspaceName: 'Bench',
  });
  const ms = performance.now() - t0;
  console.log(
    `planning: ${CUSTOMERS.toLocaleString('en')} customers, ${events.length.toLocaleString('en')} events, 30 days → ${plan.due.length.toLocaleString('en')} due, ${plan.skipped.length.toLocaleString('en')} held back in ${ms.toFixed(0)} ms (${((CUSTOMERS / ms) * 1000).toFixed(0)} customers/s)`,
  );
}

async function fill(store: Store, url: string): Promise<string> {
  const ws = await store.workspaces.create({ slug: 'bench', name: 'Bench' });
  const scope = store.forWorkspace(ws.id);
  await scope.moments.rules.put({
    format: 'yaml',
    source: `rules:\n  - id: order\n    type: pride\n    trigger: { kind: event, event: order.placed }\n    action: { kind: webhook, url: "${url}" }\n    timing: { sendBetween: [0, 24] }\n    message: { subject: "Thanks {{firstName}}", body: "Order {{count}}" }\n`,
  });
  await scope.transaction(async (tx) => {
    for (let i = 0; i < MOMENTS; i++) {
      const c = await tx.customers.create({ name: `Customer ${i}` });
      await tx.moments.events.record({
        customerId: c.id,
        type: 'order.placed',
        occurredAt: new Date().toISOString(),
      });
    }
  });
  return ws.id;
}

async function drain(stores: Store[], label: string): Promise<void> {
  const hooks = await startWebhookCatcher();
  hooks.delayMs = 5;
  const workspaceId = await fill(stores[0] as Store, `${hooks.url}/hook`);
  const logger = createLogger({ level: 'silent' });
  const t1 = performance.now();
  const { added } = await scheduleMoments((stores[0] as Store).forWorkspace(workspaceId), {
    now: new Date(),
    horizonDays: 2,
    workspaceName: 'Bench',
  });
  const enqueueSeconds = (performance.now() - t1) / 1000;
  const t0 = performance.now();
  await Promise.all(
    stores.map(async (store, i) => {
      const worker = createMomentsWorker({
        store,
        logger,
        workerId: `w${i}`,
        batchSize: 20,
        senders: { webhook: webhookSender({ secret: 'bench-secret-0123456789' }) },
      });
      for (let idle = 0; idle < 2; ) idle = (await worker.tick()).sent === 0 ? idle + 1 : 0;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const sent = (
    await (stores[0] as Store).forWorkspace(workspaceId).moments.outbox.list({ status: 'sent', limit: 1000 })
  ).length;
  const unique = new Set(hooks.requests.map((r) => r.headers['idempotency-key'])).size;
  console.log(
    `delivery ${label}: planned and enqueued ${added} in ${enqueueSeconds.toFixed(2)} s; delivered ${hooks.requests.length} webhooks (${unique} distinct keys, first 1000 rows sent: ${sent}) in ${seconds.toFixed(2)} s → ${(hooks.requests.length / seconds).toFixed(0)} moments/s`,
  );
  await hooks.close();
}

planning();
{
  const sqlite = await openTestStore('sqlite', {});
  await sqlite.store.migrate();
  await drain([sqlite.store], 'SQLite, 1 worker');
  await sqlite.dispose();
}
if (postgresUrl) {
  for (const workers of [1, 2]) {
    const schema = `rapport_bench_moments_${process.pid}_${workers}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create schema "${schema}"`);
    const stores = Array.from({ length: workers }, () =>
      createStore({ dialect: 'postgres', url: postgresUrl, schema, poolSize: 4 }),
    );
    await stores[0]?.migrate();
    await drain(stores, `PostgreSQL, ${workers} worker${workers === 1 ? '' : 's'}`);
    for (const s of stores) await s.close();
    await admin.query(`drop schema "${schema}" cascade`);
    await admin.end();
  }
}
