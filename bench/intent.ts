// `npm run bench:intent`: the intent reader on text it never trained on (the held-back fifth of
// our customer messages, and the compose check set written by another hand), beside the keyword
// reader a team would write first, and what reading the intent costs inside analyze().
import { loadavg } from 'node:os';
import { DEFAULT_DATA_DIR, DEFAULT_OWN_DATA_DIR, loadComposeEval, loadIntentExamples } from '@rapport/cli';
import { analyze, createEngine, intentFigures, keywordIntent } from '@rapport/engine';

const examples = loadIntentExamples(DEFAULT_DATA_DIR, DEFAULT_OWN_DATA_DIR, () => {});
const sets = [
  [
    'customer-messages held-back fifth',
    examples.filter((e) => e.corpus === 'customer-messages' && e.split === 'test'),
  ],
  ['compose-eval test (another writer)', loadComposeEval(DEFAULT_OWN_DATA_DIR)],
] as const;
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(`${'held-out set'.padEnd(36)} texts  keywords  analyze() (macro-F1)`);
for (const [name, set] of sets) {
  const keywords = intentFigures(set, keywordIntent).macroF1.toFixed(3);
  const model = intentFigures(set, (t) => analyze(t).intent.label).macroF1.toFixed(3);
  console.log(`${name.padEnd(36)} ${String(set.length).padStart(5)}  ${keywords}     ${model}`);
}
const texts = sets[0][1].map((e) => e.text);
const without = createEngine({ intentModel: null });
const time = (read: (t: string) => unknown) => {
  for (const t of texts) read(t);
  const start = performance.now();
  for (let r = 0; r < 5; r++) for (const t of texts) read(t);
  return (performance.now() - start) / (5 * texts.length);
};
console.log(
  `analyze() per message: ${time(without.analyze).toFixed(3)} ms without the intent reader, ${time(analyze).toFixed(3)} ms with it`,
);
