/**
 * Voice-of-the-customer benchmark on the seeded sample of public posts (`generateSamplePosts`):
 * - complaint reasons: time of `discoverReasons` and how well its groups match the planted themes
 *   (purity: share of complaints in a group whose majority theme is their own), beside hand-written
 *   keyword rules that know the themes in advance — what a team would otherwise configure;
 * - import: posts per second into SQLite (and PostgreSQL when RAPPORT_TEST_POSTGRES_URL is set),
 *   analysis included, then the same file again (idempotent: nothing written);
 * - the report (reasons, trends, priorities, 20 public reply drafts).
 *
 * Run: node --conditions=source --import tsx bench/reviews.ts [--posts 600,3000,10000]
 */
import { Readable } from 'node:stream';
import {
  createEngine,
  discoverReasons,
  generateSamplePosts,
  PUBLIC_POST_LEXICON,
  reasonText,
  type SamplePost,
} from '@rapport/engine';
import { buildReviewReport, importPosts } from '@rapport/server';
import { openTestStore } from '../packages/server/src/storage/testing/open-test-store.js';

const sizes = (process.argv[process.argv.indexOf('--posts') + 1] ?? '600,3000,10000').split(',').map(Number);
const engine = createEngine({ lexicon: PUBLIC_POST_LEXICON });
const ms = (t0: number) => performance.now() - t0;

// The keyword rules a team might write by hand, knowing its themes: first match wins.
const RULES: Array<[string, RegExp]> = [
  ['refund', /refund|money back/i],
  ['app_crash', /\bapp\b|crash|freez/i],
  ['rude_staff', /rude|shout|swore|attitude|patronising|condescending/i],
  ['billing', /charg|bill|invoice|fee/i],
  ['lost_items', /lost|missing|empty|never arrived/i],
  ['late_delivery', /late|deliver|courier|waited/i],
];

function purity(groups: Map<string, SamplePost[]>): number {
  let pure = 0;
  let total = 0;
  for (const members of groups.values()) {
    const counts = new Map<string, number>();
    for (const p of members) counts.set(p.theme, (counts.get(p.theme) ?? 0) + 1);
    pure += Math.max(...counts.values());
    total += members.length;
  }
  return pure / total;
}

console.log('posts  complaints  reasons  k-means ms  purity  | keyword rules: purity  unmatched');
for (const count of sizes) {
  const posts = generateSamplePosts({ seed: 2026, count });
  const complaints = posts.filter((p) => p.theme !== 'praise' && p.theme !== 'question');
  const texts = complaints.map((p) => ({ id: p.id, text: reasonText(p.text, engine.analyze(p.text)) }));
  const t0 = performance.now();
  const found = discoverReasons(texts);
  const took = ms(t0);
  const byId = new Map(complaints.map((p) => [p.id, p]));
  const groups = new Map(found.reasons.map((r) => [r.id, r.memberIds.map((id) => byId.get(id)!)]));
  const ruled = new Map<string, SamplePost[]>();
  let unmatched = 0;
  for (const p of complaints) {
    const rule = RULES.find(([, re]) => re.test(p.text))?.[0];
    if (!rule) unmatched++;
    else ruled.set(rule, [...(ruled.get(rule) ?? []), p]);
  }
  console.log(
    `${String(count).padStart(5)}  ${String(complaints.length).padStart(10)}  ${String(found.reasons.length).padStart(7)}  ${took.toFixed(0).padStart(10)}  ${purity(groups).toFixed(3)}  |                ${purity(ruled).toFixed(3)}  ${String(unmatched).padStart(9)}`,
  );
}

const dialects = process.env.RAPPORT_TEST_POSTGRES_URL
  ? (['sqlite', 'postgres'] as const)
  : (['sqlite'] as const);
const importCount = sizes[sizes.length - 1] ?? 10_000;
const jsonl = generateSamplePosts({ seed: 7, count: importCount })
  .map((p) =>
    JSON.stringify({
      id: p.id,
      source: p.source,
      author: p.author,
      rating: p.rating,
      date: p.postedAt,
      text: p.text,
      url: p.url,
      reach: p.reach,
    }),
  )
  .join('\n');
for (const dialect of dialects) {
  const { store, dispose } = await openTestStore(dialect, process.env);
  try {
    await store.migrate();
    const ws = store.forWorkspace((await store.workspaces.create({ slug: 'bench', name: 'Bench' })).id);
    let t0 = performance.now();
    const first = await importPosts(ws, Readable.from([jsonl]), { format: 'jsonl' });
    const firstMs = ms(t0);
    t0 = performance.now();
    const again = await importPosts(ws, Readable.from([jsonl]), { format: 'jsonl' });
    const againMs = ms(t0);
    t0 = performance.now();
    const report = await buildReviewReport(ws, { top: 20 });
    const reportMs = ms(t0);
    console.log(
      `${dialect}: import ${first.created} posts in ${(firstMs / 1000).toFixed(2)} s (${Math.round((first.created / firstMs) * 1000)} posts/s, analysis included); again ${again.unchanged} unchanged in ${(againMs / 1000).toFixed(2)} s; report (${report.reasons.length} reasons, 20 drafts) ${(reportMs / 1000).toFixed(2)} s`,
    );
  } finally {
    await dispose();
  }
}
