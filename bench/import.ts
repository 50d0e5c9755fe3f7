/**
 * Import benchmark: generates a JSON Lines export of 1 million messages (200,000 conversations,
 * 40,000 customers) and imports it with `importFile` — streaming, every customer message analysed,
 * facts remembered, card numbers redacted — on SQLite and, when RAPPORT_TEST_POSTGRES_URL (or
 * RAPPORT_BENCH_POSTGRES_URL) is set, PostgreSQL. Reports messages per second and peak memory
 * (resident set size, sampled every 50 ms), then re-imports the same file (nothing changes) and,
 * beside it, the same pipeline with analysis off: what a plain loader would cost.
 *
 * Run: node --conditions=source --import tsx bench/import.ts [--messages 1000000] [--dialect sqlite,postgres]
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ImportAnalyzer, type ImportSummary, importFile } from '@rapport/server';
import { openTestStore } from '../packages/server/src/storage/testing/open-test-store.js';
import { analyze, emptyAnalysisForBench } from './import-analyzers.js';
import { writeExport } from './import-export.js';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const MESSAGES = Number(arg('messages', '1000000'));
const BASELINE_MESSAGES = Math.min(MESSAGES, Number(arg('baseline-messages', '200000')));
const postgresUrl = process.env.RAPPORT_BENCH_POSTGRES_URL ?? process.env.RAPPORT_TEST_POSTGRES_URL;
const dialects = (
  arg('dialect', postgresUrl ? 'sqlite,postgres' : 'sqlite').split(',') as ('sqlite' | 'postgres')[]
).filter((d) => d === 'sqlite' || postgresUrl);

interface Run {
  dialect: string;
  pass: string;
  messages: number;
  seconds: number;
  perSecond: number;
  /** CPU time of this process (reading, analysing, driver work; not PostgreSQL's own). */
  cpuSeconds: number;
  perCpuSecond: number;
  /** The machine's 1-minute load average at the end: figures from a busy machine say so. */
  load: number;
  peakRssMb: number;
  peakHeapMb: number;
  summary: Pick<ImportSummary, 'messages' | 'analysed' | 'facts' | 'redacted' | 'skipped'>;
}

async function measure(
  dialect: 'sqlite' | 'postgres',
  pass: string,
  file: string,
  messages: number,
  analyzer: ImportAnalyzer,
  reuse?: Awaited<ReturnType<typeof openTestStore>>,
): Promise<{ run: Run; store: Awaited<ReturnType<typeof openTestStore>> }> {
  const testStore = reuse ?? (await openTestStore(dialect, { RAPPORT_TEST_POSTGRES_URL: postgresUrl }));
  if (!reuse) await testStore.store.migrate();
  const { store } = testStore;
  const workspace =
    (await store.workspaces.getBySlug('bench')) ??
    (await store.workspaces.create({ slug: 'bench', name: 'Bench' }));
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await importFile(store.forWorkspace(workspace.id), file, {
    format: 'jsonl',
    analyzer,
    batchSize: 1000,
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sample);
  if (summary.skipped > 0)
    throw new Error(`${summary.skipped} rows skipped: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  const run: Run = {
    dialect,
    pass,
    messages,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(messages / seconds),
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    perCpuSecond: Math.round(messages / cpuSeconds),
    load: Math.round(loadavg()[0] * 10) / 10,
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
    summary: {
      messages: summary.messages,
      analysed: summary.analysed,
      facts: summary.facts,
      redacted: summary.redacted,
      skipped: summary.skipped,
    },
  };
  console.log(
    `  ${dialect.padEnd(8)} ${pass.padEnd(34)} ${String(run.perSecond).padStart(7)} msg/s  ${run.seconds} s (CPU ${run.cpuSeconds} s, ${run.perCpuSecond} msg per CPU s)  peak RSS ${run.peakRssMb} MB, heap ${run.peakHeapMb} MB, load ${run.load}`,
  );
  return { run, store: testStore };
}

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-import-'));
try {
  const file = join(dir, 'export.jsonl');
  const baselineFile = join(dir, 'baseline.jsonl');
  const t0 = performance.now();
  await writeExport(createWriteStream(file), MESSAGES);
  await writeExport(createWriteStream(baselineFile), BASELINE_MESSAGES);
  const bytes = statSync(file).size;
  console.log(
    `Import benchmark: ${MESSAGES.toLocaleString('en')} messages, ${(bytes / 1024 / 1024).toFixed(0)} MB of JSON Lines (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  node ${process.version}, one process; peak memory includes the generated file's reader only\n`,
  );
  const runs: Run[] = [];
  const engine: ImportAnalyzer = { analyze, modelVersion: 'bench' };
  for (const dialect of dialects) {
    const first = await measure(dialect, 'import (analyse, remember, redact)', file, MESSAGES, engine);
    runs.push(first.run);
    const again = await measure(dialect, 're-import, nothing changed', file, MESSAGES, engine, first.store);
    runs.push(again.run);
    await first.store.dispose();
    const plain = await measure(dialect, 'same pipeline, analysis off', baselineFile, BASELINE_MESSAGES, {
      analyze: emptyAnalysisForBench,
      modelVersion: 'none',
    });
    runs.push(plain.run);
    await plain.store.dispose();
  }
  const table = [
    '## Import',
    '',
    `${MESSAGES.toLocaleString('en')} messages in ${(MESSAGES / 5).toLocaleString('en')} conversations (JSON Lines, ${(bytes / 1024 / 1024).toFixed(0)} MB), batches of 1,000 messages, ${process.version}. "Analysis off" is the same streaming upsert with a no-op analyser, on ${BASELINE_MESSAGES.toLocaleString('en')} messages: the cost of loading alone, what a plain loader would pay.`,
    '',
    '| database | pass | messages | seconds | messages/s | CPU s (this process) | messages per CPU s | peak RSS | peak heap | load avg |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.dialect} | ${r.pass} | ${r.messages.toLocaleString('en')} | ${r.seconds} | ${r.perSecond.toLocaleString('en')} | ${r.cpuSeconds} | ${r.perCpuSecond.toLocaleString('en')} | ${r.peakRssMb} MB | ${r.peakHeapMb} MB | ${r.load} |`,
    ),
  ].join('\n');
  console.log(`\n${table}`);
  // Only full-size runs replace the recorded figures; smaller ones are for trying things out.
  if (MESSAGES >= 1_000_000) {
    const out = join(here, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'import.md'), `${table}\n`);
    writeFileSync(
      join(out, 'import.json'),
      `${JSON.stringify({ messages: MESSAGES, bytes, runs }, null, 2)}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
