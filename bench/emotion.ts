/**
 * Emotion benchmark: GoEmotions dev macro-F1 (28 labels, Ekman + neutral, sentiment + neutral),
 * the same with thresholds tuned on one half of dev and scored on the other (an honest check of
 * the tuning), the customer-service golden corpus beside vader-sentiment and sentiment (AFINN),
 * throughput on one core on the same texts (libraries taking turns in rounds), model load time and
 * model file size.
 *
 * Run: node --conditions=source --import tsx bench/emotion.ts   (or `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analyze,
  buildHeads,
  compileLexicon,
  countAt,
  DEFAULT_LEXICON,
  f1,
  GOLDEN,
  type Groupings,
  loadModel,
  macroF1,
  parseGoEmotionsTsv,
  predict,
  scoreGolden,
  targetsFor,
  textFeatures,
  tuneThreshold,
} from '@rapport/engine';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = process.env.RAPPORT_GOEMOTIONS ?? join(here, '../../shared/data/goemotions');
const MODEL_FILE = join(here, '../packages/engine/model/goemotions.ts');

// Cold load: a fresh Node process imports the model module as plain JavaScript (parsing the
// base64 string), then the engine decodes it once (what an engine does on its first analyze()).
function coldImportMs(): number {
  const js = readFileSync(MODEL_FILE, 'utf8')
    .replace(/^import type .*$/m, '')
    .replace('export const MODEL: ModelFile =', 'export const MODEL =');
  const dir = mkdtempSync(join(tmpdir(), 'rapport-model-'));
  const file = join(dir, 'model.mjs');
  writeFileSync(file, js);
  const code = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return Number(run.stdout.trim());
}
const importMs = coldImportMs();
const { MODEL } = await import('../packages/engine/model/goemotions.js');
const loadStart = performance.now();
const model = loadModel(MODEL);
const loadMs = performance.now() - loadStart;
if ('code' in model) throw new Error(`model did not load: ${model.code}`);

const lexicon = compileLexicon(DEFAULT_LEXICON);
const dev = parseGoEmotionsTsv(readFileSync(join(DATA, 'dev.tsv'), 'utf8')).examples;
const groupings = JSON.parse(readFileSync(join(DATA, 'mappings.json'), 'utf8')) as Groupings;
const heads = buildHeads(groupings);

// Probabilities and gold per output, for every dev example.
const outputs = model.outputs;
const scores = Array.from({ length: outputs }, () => new Float32Array(dev.length));
const gold = Array.from({ length: outputs }, () => new Uint8Array(dev.length));
dev.forEach((ex, i) => {
  const p = predict(model, textFeatures(ex.text, model.meta.features, lexicon));
  const y = targetsFor(ex.labels, heads);
  for (let o = 0; o < outputs; o++) {
    scores[o]![i] = p[o]!;
    gold[o]![i] = y[o]!;
  }
});

function headF1(name: string, mode: 'shipped' | 'cross'): number {
  let o = 0;
  const perLabel: number[] = [];
  for (const head of heads) {
    for (let j = 0; j < head.labels.length; j++, o++) {
      if (head.name !== name) continue;
      if (mode === 'shipped') {
        perLabel.push(f1(countAt(scores[o]!, gold[o]!, model.thresholds[o]!)));
        continue;
      }
      // Tune on even rows, score odd rows, and the other way round; pool the counts.
      const half = (parity: number) => {
        const idx = [...scores[o]!.keys()].filter((i) => i % 2 === parity);
        return {
          s: Float32Array.from(idx, (i) => scores[o]![i]!),
          g: Uint8Array.from(idx, (i) => gold[o]![i]!),
        };
      };
      const [a, b] = [half(0), half(1)];
      const ca = countAt(b.s, b.g, tuneThreshold(a.s, a.g).threshold);
      const cb = countAt(a.s, a.g, tuneThreshold(b.s, b.g).threshold);
      perLabel.push(f1({ tp: ca.tp + cb.tp, fp: ca.fp + cb.fp, fn: ca.fn + cb.fn }));
    }
  }
  return macroF1(perLabel);
}

// Customer-service golden corpus: ours in full; the lexicons' sentiment on the same English messages.
const english = GOLDEN.filter((m) => m.language === undefined);
const ours = scoreGolden(
  GOLDEN,
  GOLDEN.map((m) => analyze(m.text)),
);
const afinn = new Sentiment();
const label = (x: number, cut: number) => (x >= cut ? 'positive' : x <= -cut ? 'negative' : 'neutral');
function sentimentF1(read: (text: string) => 'positive' | 'negative' | 'neutral'): number {
  const fake = english.map((m) => ({
    emotions: [],
    cues: [],
    language: { code: 'en', supported: true },
    sentiment: { label: read(m.text), score: 0 },
  }));
  return scoreGolden(english, fake).sentimentMacroF1;
}
const vaderCs = sentimentF1((t) => label(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, 0.05));
const afinnCs = sentimentF1((t) => label(afinn.analyze(t).comparative, 1e-9));

// Throughput: the same dev texts through each library, in this one process (one core). The
// libraries take turns, each reading the whole dev set once per round, so a noisy neighbour on a
// shared machine slows all of them alike and every round compares them on the same texts; each
// rate is the library's best round, and the ratio is the median of the rounds' own ratios.
const texts = dev.map((e) => e.text);
const ROUNDS = 15;
function rounds(libraries: Record<string, (text: string) => unknown>): Record<string, number[]> {
  const rates: Record<string, number[]> = {};
  for (const [name, fn] of Object.entries(libraries)) {
    rates[name] = [];
    for (const t of texts) fn(t);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(libraries)) {
      const start = performance.now();
      for (const t of texts) fn(t);
      rates[name]!.push(texts.length / ((performance.now() - start) / 1000));
    }
  }
  return rates;
}
const rates = rounds({
  rapport: (t) => analyze(t),
  model: (t) => predict(model, textFeatures(t, model.meta.features, lexicon)),
  vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
  afinn: (t) => afinn.analyze(t),
});
const best = (name: string) => Math.max(...rates[name]!);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [rapportRate, modelRate, vaderRate, afinnRate] = ['rapport', 'model', 'vader', 'afinn'].map(best) as [
  number,
  number,
  number,
  number,
];
const ratios = rates.rapport!.map((r, i) => r / rates.vader![i]!);

const mb = statSync(MODEL_FILE).size / 1e6;
const fmt = (x: number | undefined, d = 3) => (x === undefined ? '—' : x.toFixed(d));
const rows: Array<[string, string, string, string]> = [
  ['GoEmotions dev macro-F1, 28 labels (target ≥ .45)', fmt(headF1('fine', 'shipped')), '—', '—'],
  ['… Ekman + neutral (target ≥ .60)', fmt(headF1('ekman', 'shipped')), '—', '—'],
  ['… sentiment + neutral (target ≥ .67)', fmt(headF1('sentiment', 'shipped')), '—', '—'],
  ['… 28 labels, thresholds tuned on the other half of dev', fmt(headF1('fine', 'cross')), '—', '—'],
  ['… Ekman, other-half thresholds', fmt(headF1('ekman', 'cross')), '—', '—'],
  ['… sentiment, other-half thresholds', fmt(headF1('sentiment', 'cross')), '—', '—'],
  [
    `CS golden (${english.length} English msgs) sentiment macro-F1`,
    fmt(ours.sentimentMacroF1),
    fmt(vaderCs),
    fmt(afinnCs),
  ],
  ['CS golden emotion macro-F1 (10 CX labels)', fmt(ours.emotionMacroF1), '—', '—'],
  ['CS golden main emotion found', fmt(ours.mainEmotionRecall), '—', '—'],
  [
    'CS golden cue recall / language accuracy',
    `${fmt(ours.cueRecall, 2)} / ${fmt(ours.languageAccuracy, 2)}`,
    '—',
    '—',
  ],
  ['Throughput, msgs/s on one core (dev texts)', fmt(rapportRate, 0), fmt(vaderRate, 0), fmt(afinnRate, 0)],
  ['… model only (features + linear scores)', fmt(modelRate, 0), '—', '—'],
  ['Model import + decode, ms (target < 300)', `${fmt(importMs, 0)} + ${fmt(loadMs, 0)}`, '—', '—'],
  ['Model file size, MB (target ≤ 15)', fmt(mb, 1), '—', '—'],
];
const widths = [0, 1, 2, 3].map((c) =>
  Math.max(...rows.map((r) => r[c]!.length), ['', 'rapport', 'vader', 'AFINN'][c]!.length),
);
const line = (r: readonly string[]) =>
  `| ${r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join(' | ')} |`;
console.log(line(['Emotion benchmark', 'rapport', 'vader', 'AFINN']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log(
  `\nthroughput ratio rapport / vader: median of ${ROUNDS} rounds ${median(ratios).toFixed(1)}× (range ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×; target ≥ 5×; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')})`,
);
console.log(
  `per-emotion F1 on the CS golden corpus: ${Object.entries(ours.perEmotion)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', ')}`,
);
