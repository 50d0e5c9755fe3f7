/**
 * Transfer benchmark (leave one corpus out): for each corpus, a model trained exactly as
 * `rapport train` trains the shipped one, but without that corpus, reads the corpus' held-out
 * split through analyze(); beside it the shipped model (trained on every corpus: the in-domain
 * figure), a model trained on GoEmotions alone (what shipped before), vader-sentiment and the
 * AFINN `sentiment` package on the same texts. The held-out column is the number to optimise.
 *
 * Run: npm run bench:transfer   (about 15 minutes on 2 cores: one training per corpus, plus one)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  corpusList,
  DEFAULT_DATA_DIR,
  DEFAULT_OWN_DATA_DIR,
  type LoadedCorpus,
  loadCorpus,
} from '@rapport/cli';
import {
  CORPORA,
  type CorpusExample,
  type CorpusId,
  createEngine,
  evaluateTransfer,
  type Groupings,
  type Sentiment3,
  sentimentMacroF1,
  type TransferFigures,
  trainModelFile,
} from '@rapport/engine';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

const only = process.argv.find((a) => a.startsWith('--corpora='))?.slice('--corpora='.length) ?? 'all';
const ids = corpusList(only);
const groupings = JSON.parse(
  readFileSync(join(DEFAULT_DATA_DIR, 'goemotions', 'mappings.json'), 'utf8'),
) as Groupings;
const homes = { shared: DEFAULT_DATA_DIR, engine: DEFAULT_OWN_DATA_DIR };
const loaded = ids
  .map((id) => loadCorpus(CORPORA[id], homes, groupings))
  .filter((l): l is Extract<LoadedCorpus, { splits: unknown }> => {
    if ('missing' in l) console.error(`${l.corpus.id}: ${l.missing} not found, left out`);
    return !('missing' in l);
  });

function engineWithout(held: CorpusId | 'all-but-goemotions' | undefined) {
  const use = loaded.filter((l) =>
    held === 'all-but-goemotions' ? l.corpus.id === 'goemotions' : l.corpus.id !== held,
  );
  const trainSet: CorpusExample[] = use.flatMap((l) => l.splits.train);
  const devSet: CorpusExample[] = use.flatMap((l) => l.splits.dev);
  const started = performance.now();
  const { file } = trainModelFile(trainSet, devSet, groupings, {
    data: use.map((l) => l.corpus.id).join(', '),
  });
  console.error(
    `trained ${held === undefined ? 'on every corpus' : held === 'all-but-goemotions' ? 'on GoEmotions alone' : `without ${held}`} in ${((performance.now() - started) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(2)})`,
  );
  return createEngine({ model: file });
}

const afinn = new Sentiment();
const lexiconLabel = (x: number, cut: number): Sentiment3 =>
  x >= cut ? 'positive' : x <= -cut ? 'negative' : 'neutral';
function lexiconF1(
  examples: readonly CorpusExample[],
  read: (text: string) => Sentiment3,
): number | undefined {
  const withGold = examples.filter((e) => e.gold.sentiment !== undefined);
  if (withGold.length === 0) return undefined;
  return sentimentMacroF1(
    withGold.map((e) => read(e.text)),
    withGold.map((e) => e.gold.sentiment!),
  );
}

interface Row {
  corpus: CorpusId;
  split: string;
  heldOut: TransferFigures;
  inDomain: TransferFigures;
  goEmotionsOnly: TransferFigures;
  vader?: number;
  afinn?: number;
}

const all = engineWithout(undefined);
const goOnly = loaded.some((l) => l.corpus.id === 'goemotions')
  ? engineWithout('all-but-goemotions')
  : undefined;
const rows: Row[] = [];
for (const l of loaded) {
  const held = engineWithout(l.corpus.id);
  const evaluation = l.splits.evaluation;
  const score = (e: ReturnType<typeof createEngine>) =>
    evaluateTransfer(l.corpus, evaluation, e.analyze, groupings);
  rows.push({
    corpus: l.corpus.id,
    split: `${l.corpus.evaluationSplit} (${evaluation.length})`,
    heldOut: score(held),
    inDomain: score(all),
    goEmotionsOnly: goOnly === undefined ? {} : score(goOnly),
    vader: lexiconF1(evaluation, (t) =>
      lexiconLabel(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, 0.05),
    ),
    afinn: lexiconF1(evaluation, (t) => lexiconLabel(afinn.analyze(t).comparative, 1e-9)),
  });
}

const f = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));
console.log(
  `\nLeave-one-corpus-out macro-F1 (load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')})\n`,
);
console.log(
  '| corpus | split | sentiment: held out | trained on all | GoEmotions only | vader | AFINN | emotions: held out | trained on all | GoEmotions only |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.corpus} | ${r.split} | **${f(r.heldOut.sentiment?.macroF1)}** | ${f(r.inDomain.sentiment?.macroF1)} | ${f(r.goEmotionsOnly.sentiment?.macroF1)} | ${f(r.vader)} | ${f(r.afinn)} | **${f(r.heldOut.emotions?.macroF1)}** | ${f(r.inDomain.emotions?.macroF1)} | ${f(r.goEmotionsOnly.emotions?.macroF1)} |`,
  );
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
