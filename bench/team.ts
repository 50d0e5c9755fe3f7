/**
 * Team benchmark: the team report on a generated workspace (100 agents, 1 million messages by
 * default) on SQLite and, when RAPPORT_TEST_POSTGRES_URL (or RAPPORT_BENCH_POSTGRES_URL) is set,
 * PostgreSQL. Phases: generate; score every reply once into `reply_scores` (this is also what a
 * report would cost if it coached every reply at report time — the approach the stored scores
 * replace); the report from stored scores (SQL sums); an incremental round (new messages in 100
 * conversations, re-score, report again).
 *
 * Run: node --conditions=source --import tsx bench/team.ts [--messages 1000000] [--agents 100] [--dialect sqlite|postgres]
 *
 * `--sqlite-file PATH` or `--postgres-schema NAME` reports on a workspace already generated there (a run that was
 * stopped after generating; `bench/team-fill-scores.sql` completes its scores): no generation, no
 * scoring, only the report and the incremental round.
 */
import { analyze } from '@rapport/engine';
import {
  buildTeamReport,
  createStore,
  periodOf,
  type Store,
  scoreReplies,
  type WorkspaceScope,
} from '@rapport/server';
import { openTestStore } from '../packages/server/src/storage/testing/open-test-store.js';
import { generateWorkspace } from './team-workspace.js';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const MESSAGES = Number(arg('messages', '1000000'));
const AGENTS = Number(arg('agents', '100'));
const START = new Date('2026-08-03T00:00:00.000Z');
const PERIOD = periodOf({ from: '2026-08-03', to: '2026-10-25' });
const postgresUrl = process.env.RAPPORT_BENCH_POSTGRES_URL ?? process.env.RAPPORT_TEST_POSTGRES_URL;
const dialects = (
  arg('dialect', postgresUrl ? 'sqlite,postgres' : 'sqlite').split(',') as ('sqlite' | 'postgres')[]
).filter((d) => d === 'sqlite' || postgresUrl);

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const fmt = (s: number) => `${s.toFixed(2)} s`;

async function timeReport(ws: WorkspaceScope, digests: boolean): Promise<number> {
  const t0 = performance.now();
  const report = await buildTeamReport(ws, { period: PERIOD, digests });
  const elapsed = seconds(t0);
  if (report.agents.length < AGENTS) throw new Error(`report lists ${report.agents.length} agents`);
  return elapsed;
}

async function run(dialect: 'sqlite' | 'postgres') {
  const env = { ...process.env, ...(postgresUrl && { RAPPORT_TEST_POSTGRES_URL: postgresUrl }) };
  const { store, dispose } = await openTestStore(dialect, env);
  try {
    await bench(dialect, store);
  } finally {
    await dispose();
  }
}

async function bench(dialect: string, store: Store) {
  await store.migrate();
  const workspace = await store.workspaces.create({ slug: 'bench', name: 'Bench' });
  const ws = store.forWorkspace(workspace.id);
  console.log(`\n${dialect}: ${AGENTS} agents, ${MESSAGES.toLocaleString('en')} messages`);
  await generateAndScore(ws);
  await reportRounds(ws);
}

async function generateAndScore(ws: WorkspaceScope) {
  let t0 = performance.now();
  let lastShown = 0;
  await generateWorkspace(ws, {
    agents: AGENTS,
    messages: MESSAGES,
    start: START,
    onProgress: (n) => {
      if (n - lastShown >= MESSAGES / 10) {
        process.stderr.write(`  generated ${n.toLocaleString('en')} messages (${fmt(seconds(t0))})\n`);
        lastShown = n;
      }
    },
  });
  console.log(`  generate                      ${fmt(seconds(t0))}`);

  t0 = performance.now();
  let shown = 0;
  const scored = await scoreReplies(ws, {
    analyze,
    batchSize: 500,
    onProgress: (done, total) => {
      if (done - shown >= total / 10) {
        process.stderr.write(
          `  scored ${done.toLocaleString('en')}/${total.toLocaleString('en')} conversations (${fmt(seconds(t0))})\n`,
        );
        shown = done;
      }
    },
  });
  const scoring = seconds(t0);
  lastScoring = scoring;
  console.log(
    `  score every reply once        ${fmt(scoring)}  (${scored.replies.toLocaleString('en')} replies in ${scored.conversations.toLocaleString('en')} conversations, ${Math.round(scored.replies / scoring).toLocaleString('en')} replies/s)`,
  );
}

let lastScoring: number | undefined;

async function reportRounds(ws: WorkspaceScope) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timeReport(ws, false));
  runs.sort((a, b) => a - b);
  const withDigests = await timeReport(ws, true);
  console.log(
    `  report from stored scores     ${fmt(runs[1] ?? 0)} median of 3 (scorecards, ranks, weekly trends, assessment, calibration)`,
  );
  console.log(`  ... with ${AGENTS} coaching digests ${fmt(withDigests)} (a composed rewrite per agent)`);

  // New customer messages in 100 conversations: only those are scored again.
  const ids = await ws.conversations.list({ limit: 100 });
  await ws.messages.createMany(
    ids.map((c) => ({
      conversationId: c.id,
      authorKind: 'customer' as const,
      body: 'Thank you, that sorted it out.',
      createdAt: new Date(Date.parse(c.createdAt) + 86_400_000).toISOString(),
    })),
  );
  const t0 = performance.now();
  const again = await scoreReplies(ws, { analyze });
  const incremental = seconds(t0);
  const after = await timeReport(ws, false);
  console.log(
    `  incremental: re-score ${again.conversations} changed conversations ${fmt(incremental)}, report again ${fmt(after)}`,
  );
  if (lastScoring !== undefined) {
    console.log(
      `  peer (coach every reply at report time, no stored scores): ${fmt(lastScoring)} per report vs ${fmt(runs[1] ?? 0)}`,
    );
  }
}

const existingSchema = arg('postgres-schema', '');
const existingFile = arg('sqlite-file', '');
if (existingFile) {
  const store = createStore({ dialect: 'sqlite', file: existingFile });
  try {
    const workspace = await store.workspaces.getBySlug('bench');
    if (!workspace) throw new Error(`no bench workspace in ${existingFile}`);
    console.log(`\nsqlite (${existingFile}): report rounds only`);
    await reportRounds(store.forWorkspace(workspace.id));
  } finally {
    await store.close();
  }
} else if (existingSchema && postgresUrl) {
  const store = createStore({ dialect: 'postgres', url: postgresUrl, schema: existingSchema, poolSize: 4 });
  try {
    const workspace = await store.workspaces.getBySlug('bench');
    if (!workspace) throw new Error(`no bench workspace in schema ${existingSchema}`);
    const ws = store.forWorkspace(workspace.id);
    console.log(`\npostgres (schema ${existingSchema}): report rounds only`);
    await reportRounds(ws);
  } finally {
    await store.close();
  }
} else {
  for (const dialect of dialects) await run(dialect);
}
