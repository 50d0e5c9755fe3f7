/**
 * `npm run loadtest`: starts the real server (`rapport serve`, compiled) on 127.0.0.1, on SQLite
 * and on PostgreSQL — the server DATABASE_URL or RAPPORT_TEST_POSTGRES_URL names, or else a
 * throwaway one (test/throwaway-postgres.ts), in a role and schema of its own, dropped afterwards —
 * and drives it with autocannon:
 * a database ping (the HTTP stack's ceiling), analyse, coach, and help-desk webhook ingestion.
 * Then it paces ingestion at rising rates, up to the first one the server does not reach, and
 * reports the largest one sustained with no message lost: every acknowledged delivery is counted
 * against the rows the database holds once the server is quiet.
 *
 * Throughput counts the answers that did the work (2xx); rate-limited answers (429: each key may
 * make 100 requests/s) are reported apart. Each figure carries the load average it was measured
 * under: on a shared machine, only figures of similar load compare.
 *
 * Bounded in time: LOADTEST_SECONDS (default 8) per run; about 2 minutes per database.
 * Figures go to the console and to bench/results/loadtest.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dialect, hashToken, newToken, type Store } from '@rapport/server';
import { provisionWorkspace } from '../../packages/cli/test/support/provision.js';
import {
  type RunningServer,
  startServer,
  stopGracefully,
} from '../../packages/cli/test/support/rapport-process.js';
import {
  openTestDatabase,
  postgresDatabase,
  type TestDatabase,
} from '../../packages/cli/test/support/test-database.js';
import { startThrowawayPostgres } from '../../test/throwaway-postgres.js';
import { countStoredWhenQuiet } from './count-stored.js';
import { jsonPost, type Measured, measure, webhookDeliveries } from './scenarios.js';

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 8);
const CONNECTIONS = 10;
/** Paced ingestion rates tried in turn (deliveries per second), until one is not sustained. */
const RATES = [5, 10, 25, 50, 100, 200, 400, 800];

interface IngestionStep {
  targetRate: number;
  achievedRate: number;
  acknowledged: number;
  stored: number;
  analysed: number;
  failed: number;
  /** The one-minute load average at the start and the end of the step. */
  load: [number, number];
  sustained: boolean;
}

interface DialectReport {
  dialect: Dialect;
  runs: Measured[];
  ingestion: IngestionStep[];
  maxSustainedRate: number;
  lost: number;
}

/** LOADTEST_DIALECTS=sqlite (or postgres) measures one; both by default. */
const dialects: Dialect[] = (process.env.LOADTEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');
const given = process.env.DATABASE_URL || process.env.RAPPORT_TEST_POSTGRES_URL;
const throwaway = given || !dialects.includes('postgres') ? undefined : await startThrowawayPostgres();
const postgresUrl = given || throwaway?.url || '';
const reports: DialectReport[] = [];
try {
  for (const dialect of dialects) {
    const database =
      dialect === 'postgres' ? await postgresDatabase(postgresUrl) : await openTestDatabase(dialect);
    try {
      reports.push(await loadTest(database));
    } finally {
      await database.dispose();
    }
  }
} finally {
  await throwaway?.stop();
}
writeResults(reports);
process.exitCode = reports.every((r) => r.lost === 0) ? 0 : 1;

async function loadTest(database: TestDatabase): Promise<DialectReport> {
  const setup = await database.openStore();
  const workspace = await provisionWorkspace(setup, 'loadtest');
  // One key per connection: each key is limited to 100 requests/s (security/), the server is not.
  const keys = await agentKeys(setup, workspace.id, CONNECTIONS);
  await setup.close();
  const server = await startServer(database.env, { built: true });
  console.log(`\n=== ${database.dialect}: ${server.url} ===`);
  try {
    const runs: Measured[] = [];
    const run = async (m: Promise<Measured>) => {
      const measured = await m;
      runs.push(measured);
      console.log(line(measured));
      return measured;
    };
    const base = { url: server.url, connections: CONNECTIONS, seconds: SECONDS };
    await run(measure({ ...base, name: 'GET /healthz (database ping)', requests: [{ path: '/healthz' }] }));
    for (const { name, path, body } of await engineEndpoints(server)) {
      await run(measure({ ...base, name, requests: keys.map((key) => jsonPost(path, key, body)) }));
    }

    let lost = 0;
    const flatOut = webhookDeliveries(workspace.slug, workspace.webhookSecret, 'flat');
    await run(measure({ ...base, name: 'POST /api/webhooks/generic (ingest)', requests: [flatOut.request] }));
    const flatStored = await countStoredWhenQuiet(database.env, workspace.id, 'flat');
    lost += Math.max(0, flatOut.acknowledged() - flatStored.messages);
    console.log(`  acknowledged ${flatOut.acknowledged()}, stored ${flatStored.messages}`);

    const ingestion: IngestionStep[] = [];
    for (const rate of RATES) {
      const prefix = `paced${rate}`;
      const deliveries = webhookDeliveries(workspace.slug, workspace.webhookSecret, prefix);
      const m = await measure({
        ...base,
        seconds: Math.max(3, Math.round(SECONDS / 2)),
        overallRate: rate,
        name: `ingest at ${rate}/s`,
        requests: [deliveries.request],
      });
      const stored = await countStoredWhenQuiet(database.env, workspace.id, prefix);
      const failed = m.non2xx + m.errors + m.timeouts;
      lost += Math.max(0, deliveries.acknowledged() - stored.messages);
      const reached = m.requestsPerSecond >= rate * 0.95;
      const step: IngestionStep = {
        targetRate: rate,
        achievedRate: m.requestsPerSecond,
        acknowledged: deliveries.acknowledged(),
        stored: stored.messages,
        analysed: stored.analyses,
        failed,
        load: m.load,
        sustained:
          reached &&
          failed === 0 &&
          // Stored may exceed acknowledged: a request the client gave up on can still be stored.
          stored.messages >= deliveries.acknowledged() &&
          stored.analyses === stored.messages,
      };
      ingestion.push(step);
      console.log(
        `  ${line(m)}\n    acknowledged ${step.acknowledged}, stored ${step.stored}, analysed ${step.analysed}, failed ${failed} → ${step.sustained ? 'sustained' : 'not sustained'}`,
      );
      // A step with a failure is reported, and pacing goes on: only a rate not reached ends it.
      if (!reached) break;
    }
    const maxSustainedRate = Math.max(0, ...ingestion.filter((s) => s.sustained).map((s) => s.targetRate));
    console.log(`  largest sustained ingestion rate with nothing lost: ${maxSustainedRate}/s; lost ${lost}`);
    return { dialect: database.dialect, runs, ingestion, maxSustainedRate, lost };
  } finally {
    await stopGracefully(server);
  }
}

async function agentKeys(store: Store, workspaceId: string, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = newToken('rk_');
    await store.forWorkspace(workspaceId).apiKeys.create({
      name: `load ${i}`,
      role: 'agent',
      prefix: key.slice(0, 9),
      keyHash: hashToken(key),
    });
    keys.push(key);
  }
  return keys;
}

/** The analyse and coach endpoints the server lists in its OpenAPI document, with a realistic body. */
async function engineEndpoints(server: RunningServer) {
  const paths = Object.keys(
    ((await (await fetch(`${server.url}/openapi.json`)).json()) as { paths?: object }).paths ?? {},
  );
  const candidates = [
    {
      name: 'POST /api/analyze',
      path: '/api/analyze',
      body: { text: 'I was charged twice for my order and nobody has answered my emails for a week!' },
    },
    {
      name: 'POST /api/coach',
      path: '/api/coach',
      body: {
        reply: 'Per our policy, refunds take 5-7 business days.',
        customer: 'I was charged twice for my order and nobody has answered my emails for a week!',
      },
    },
  ];
  const served = candidates.filter((c) => paths.includes(c.path));
  for (const missing of candidates.filter((c) => !paths.includes(c.path))) {
    console.log(`  (${missing.name} is not served by this build: skipped)`);
  }
  return served;
}

function line(m: Measured): string {
  const rate = m.targetRate === undefined ? '' : ` (paced at ${m.targetRate}/s)`;
  return `${m.name.padEnd(40)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  2xx ${m.ok}  429 ${m.rateLimited}  other non-2xx ${m.non2xx - m.rateLimited}  errors ${m.errors + m.timeouts}  load ${loadOf(m.load)}${rate}`;
}

function loadOf([start, end]: [number, number]): string {
  return `${start.toFixed(1)}→${end.toFixed(1)}`;
}

function writeResults(all: DialectReport[]): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
  mkdirSync(dir, { recursive: true });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average at the end ${load}`;
  writeFileSync(
    join(dir, 'loadtest.json'),
    `${JSON.stringify({ machine, seconds: SECONDS, reports: all }, null, 2)}\n`,
  );
  const rows = all.flatMap((r) =>
    r.runs.map(
      (m) =>
        `| ${r.dialect} | ${m.name} | ${m.requestsPerSecond.toFixed(0)} | ${m.rateLimited} | ${m.p50Ms} | ${m.p99Ms} | ${m.non2xx - m.rateLimited + m.errors + m.timeouts} | ${loadOf(m.load)} |`,
    ),
  );
  const ingestion = all.map(
    (r) =>
      `| ${r.dialect} | ${r.maxSustainedRate}/s | ${r.ingestion.map((s) => `${s.targetRate}→${s.achievedRate.toFixed(0)}${s.sustained ? '' : '✗'} (load ${loadOf(s.load)})`).join(', ')} | ${r.lost} |`,
  );
  const md = [
    `Machine: ${machine}; ${CONNECTIONS} connections, ${SECONDS} s per run.`,
    '',
    '| database | endpoint | 2xx/s | 429s (apart) | p50 ms | p99 ms | failed | load average (start→end) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    '| database | largest sustained ingestion, nothing lost | paced steps (target→achieved/s) | lost |',
    '| --- | ---: | --- | ---: |',
    ...ingestion,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'loadtest.md'), md);
  console.log(`\n${md}`);
}
