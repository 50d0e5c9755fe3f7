import {
  type Corpus,
  readTsv,
  type Sentiment3,
  sentimentLabels,
  tsvSplits,
  type UnweightedExample,
} from './types.js';

const LABELS: ReadonlySet<string> = new Set(['negative', 'neutral', 'positive']);

// Sentiment only; `ambiguous` and every emotion stay unknown.
const read = (source: string, weight: number) =>
  readTsv(source, 2, weight, (text, cols): UnweightedExample | undefined => {
    const s = cols[1]!.trim();
    if (!LABELS.has(s)) return undefined;
    const sentiment = s as Sentiment3;
    return { text, heads: { sentiment: sentimentLabels(sentiment) }, gold: { sentiment } };
  });

/** TweetEval sentiment: trains the sentiment head only. */
export const TWEETEVAL_SENTIMENT: Corpus = {
  id: 'tweeteval-sentiment',
  citation:
    'TweetEval sentiment (Barbieri et al., Findings of EMNLP 2020; Rosenthal et al., SemEval-2017 Task 4), tweets',
  home: 'shared',
  folder: 'tweeteval-sentiment',
  files: ['train.tsv', 'dev.tsv'],
  weight: 0.6,
  evaluationSplit: 'dev',
  read(files) {
    return tsvSplits(files, 'dev', (source) => read(source, this.weight));
  },
};
