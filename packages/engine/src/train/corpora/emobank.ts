import {
  type Corpus,
  readTsv,
  type Sentiment3,
  sentimentLabels,
  tsvSplits,
  type UnweightedExample,
} from './types.js';

/**
 * Valence (1–5, 3 neutral) to sentiment, by the cut-offs the corpus README proposes: below 2.7
 * negative, above 3.3 positive, otherwise neutral.
 */
export const EMOBANK_CUTOFFS = { negativeBelow: 2.7, positiveAbove: 3.3 } as const;

export function valenceToSentiment(valence: number): Sentiment3 {
  if (valence < EMOBANK_CUTOFFS.negativeBelow) return 'negative';
  if (valence > EMOBANK_CUTOFFS.positiveAbove) return 'positive';
  return 'neutral';
}

const read = (source: string, weight: number) =>
  readTsv(source, 2, weight, (text, cols): UnweightedExample | undefined => {
    const valence = Number(cols[1]);
    if (!Number.isFinite(valence) || valence < 1 || valence > 5) return undefined;
    const sentiment = valenceToSentiment(valence);
    return { text, heads: { sentiment: sentimentLabels(sentiment) }, gold: { sentiment } };
  });

/** EmoBank: valence becomes sentiment; says nothing about named emotions. */
export const EMOBANK: Corpus = {
  id: 'emobank',
  citation:
    'EmoBank (Buechel and Hahn, EACL 2017; LAW 2017), news, blogs, letters and fiction, CC-BY-SA 4.0 (weights only)',
  home: 'shared',
  folder: 'emobank',
  files: ['train.tsv', 'dev.tsv', 'test.tsv'],
  weight: 0.6,
  evaluationSplit: 'test',
  read(files) {
    return tsvSplits(files, 'test', (source) => read(source, this.weight));
  },
};
