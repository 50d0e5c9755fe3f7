import { GO_EMOTIONS_LABELS } from '../../emotion/types.js';
import type { Groupings } from '../heads.js';
import { parseGoEmotionsTsv } from '../parseTsv.js';
import type { Corpus, CorpusExample, Sentiment3 } from './types.js';

/** Three-class sentiment of a GoEmotions text by the authors' grouping; undefined when mixed or ambiguous. */
function sentimentOf(labels: readonly string[], groupings: Groupings): Sentiment3 | undefined {
  if (labels.length === 1 && labels[0] === 'neutral') return 'neutral';
  const pos = labels.some((l) => groupings.sentiment.positive?.includes(l));
  const neg = labels.some((l) => groupings.sentiment.negative?.includes(l));
  if (pos === neg) return undefined;
  const other = labels.some(
    (l) =>
      l !== 'neutral' &&
      !groupings.sentiment.positive?.includes(l) &&
      !groupings.sentiment.negative?.includes(l),
  );
  if (other) return undefined;
  return pos ? 'positive' : 'negative';
}

function read(source: string, groupings: Groupings): { examples: CorpusExample[]; skipped: number } {
  const parsed = parseGoEmotionsTsv(source);
  const examples = parsed.examples.map((e) => {
    const names = e.labels.map((id) => GO_EMOTIONS_LABELS[id]!);
    const sentiment = sentimentOf(names, groupings);
    return { ...e, gold: { emotions: names, ...(sentiment === undefined ? {} : { sentiment }) } };
  });
  return { examples, skipped: parsed.problems.length };
}

/** GoEmotions: every head fully labelled (fine labels, and Ekman and sentiment by the authors' groupings). */
export const GOEMOTIONS: Corpus = {
  id: 'goemotions',
  citation:
    'GoEmotions (Demszky et al., "GoEmotions: A Dataset of Fine-Grained Emotions", ACL 2020), Reddit comments, Apache-2.0',
  home: 'shared',
  folder: 'goemotions',
  files: ['train.tsv', 'dev.tsv'],
  weight: 1,
  emotionSpace: 'fine',
  evaluationSplit: 'dev',
  read(files, groupings) {
    const train = read(files.get('train.tsv') ?? '', groupings);
    const dev = read(files.get('dev.tsv') ?? '', groupings);
    return {
      train: train.examples,
      dev: dev.examples,
      evaluation: dev.examples,
      skipped: train.skipped + dev.skipped,
    };
  },
};
