/**
 * Compose benchmark: on the golden corpus (packages/engine/src/compose/golden/corpus.jsonl, 100+
 * customer messages across industries, feelings and channels), the coach score of every draft
 * (target ≥ 85 each), whether any two drafts for the same message share a sentence (target: none),
 * the time per compose() call, and ten drafts side by side for a person to judge.
 *
 * Run: node --conditions=source --import tsx bench/compose.ts [--seed N] [--all]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Channel, type ComposeResult, compose, sharedSentences } from '@rapport/engine';

interface CorpusRow {
  id: string;
  industry: string;
  emotion: string;
  customer: string;
  customerName?: string;
  agentName?: string;
  options?: string[];
  nextStep?: string;
  channel?: Channel;
  facts?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, '../packages/engine/src/compose/golden/corpus.jsonl');
const TARGET = 85;

/** The corpus rows, one per line. */
export function loadCorpus(path = CORPUS): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow);
}

export interface ComposeBenchResult {
  messages: number;
  drafts: number;
  belowTarget: Array<{ id: string; which: number; score: number; flagged: string[] }>;
  sharedSentences: Array<{ id: string; sentences: string[] }>;
  minScore: number;
  meanScore: number;
  msPerCompose: number;
  sample: string;
}

/** Ten messages with their draft, as Markdown a person can read side by side. */
function sampleOf(rows: CorpusRow[], results: ComposeResult[]): string {
  const picks: number[] = [];
  const seen = new Set<string>();
  // One per feeling first, then fill up, so the sample shows the range rather than ten complaints.
  rows.forEach((row, i) => {
    if (!seen.has(row.emotion) && picks.length < 10) {
      seen.add(row.emotion);
      picks.push(i);
    }
  });
  const lines: string[] = [];
  for (const i of picks) {
    const row = rows[i]!;
    const result = results[i]!;
    lines.push(
      `**${row.id} · ${row.industry} · ${row.emotion} · ${row.channel ?? 'email'}** — customer: “${row.customer}”`,
      '',
      ...result.draft.text.split('\n').map((l) => `> ${l}`),
      '',
      `_coach ${result.draft.coach.score}/100; alternatives ${result.alternatives.map((a) => a.coach.score).join(', ')}_`,
      '',
    );
  }
  return lines.join('\n');
}

/** Runs compose() over the corpus and measures what the issue targets. */
export function runComposeBench(seed = 0): ComposeBenchResult {
  const rows = loadCorpus();
  const results: ComposeResult[] = [];
  const started = performance.now();
  for (const row of rows) {
    results.push(
      compose({
        customer: row.customer,
        seed,
        ...(row.customerName ? { customerName: row.customerName } : {}),
        ...(row.agentName ? { agentName: row.agentName } : {}),
        ...(row.options ? { options: row.options } : {}),
        ...(row.nextStep ? { nextStep: row.nextStep } : {}),
        ...(row.channel ? { channel: row.channel } : {}),
        ...(row.facts ? { facts: row.facts } : {}),
      }),
    );
  }
  const elapsed = performance.now() - started;
  const belowTarget: ComposeBenchResult['belowTarget'] = [];
  const shared: ComposeBenchResult['sharedSentences'] = [];
  const scores: number[] = [];
  results.forEach((result, i) => {
    const id = rows[i]!.id;
    const drafts = [result.draft, ...result.alternatives];
    drafts.forEach((d, which) => {
      scores.push(d.coach.score);
      if (d.coach.score < TARGET) {
        const flagged = d.coach.checks
          .filter((c) => c.status === 'improve' || c.status === 'warn')
          .map((c) => c.id);
        belowTarget.push({ id, which, score: d.coach.score, flagged });
      }
    });
    const sentences = new Set<string>();
    for (let a = 0; a < drafts.length; a++) {
      for (let b = a + 1; b < drafts.length; b++) {
        for (const s of sharedSentences(drafts[a]!.text, drafts[b]!.text)) sentences.add(s);
      }
    }
    if (sentences.size > 0) shared.push({ id, sentences: [...sentences] });
  });
  return {
    messages: rows.length,
    drafts: scores.length,
    belowTarget,
    sharedSentences: shared,
    minScore: Math.min(...scores),
    meanScore: scores.reduce((a, b) => a + b, 0) / scores.length,
    msPerCompose: elapsed / rows.length,
    sample: sampleOf(rows, results),
  };
}

function report(result: ComposeBenchResult, showAll: boolean): string {
  const lines = [
    '## Compose',
    '',
    `Corpus: ${result.messages} customer messages, ${result.drafts} drafts (a draft and two alternatives each).`,
    '',
    '| measure | value | target |',
    '| --- | --- | --- |',
    `| drafts with coach score ≥ ${TARGET} | ${result.drafts - result.belowTarget.length} / ${result.drafts} | all |`,
    `| lowest coach score | ${result.minScore} | ≥ ${TARGET} |`,
    `| mean coach score | ${result.meanScore.toFixed(1)} | |`,
    `| messages whose drafts share a sentence | ${result.sharedSentences.length} | 0 |`,
    `| time per compose() (3 drafts + coach) | ${result.msPerCompose.toFixed(2)} ms | |`,
    '',
  ];
  const below = showAll ? result.belowTarget : result.belowTarget.slice(0, 15);
  if (below.length > 0) {
    lines.push(
      'Below target:',
      ...below.map((b) => `- ${b.id} #${b.which}: ${b.score} (${b.flagged.join(', ')})`),
      '',
    );
  }
  for (const s of result.sharedSentences) lines.push(`- ${s.id} shares: ${s.sentences.join(' | ')}`);
  lines.push('### Ten drafts side by side', '', result.sample);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seedFlag = process.argv.indexOf('--seed');
  const seed = seedFlag > 0 ? Number(process.argv[seedFlag + 1]) : 0;
  const result = runComposeBench(seed);
  const text = report(result, process.argv.includes('--all'));
  process.stdout.write(`${text}\n`);
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'compose.md'), `${text}\n`);
  writeFileSync(join(out, 'compose.json'), `${JSON.stringify(result, null, 2)}\n`);
}
