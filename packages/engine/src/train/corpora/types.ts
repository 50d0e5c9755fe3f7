import type { Groupings } from '../heads.js';
import type { HeadLabels } from '../labels.js';
import type { TrainExample } from '../train.js';

/** The corpora `rapport train` knows, in the order it reads them. */
export const CORPUS_IDS = [
  'goemotions',
  'tweeteval-sentiment',
  'emobank',
  'xed-en',
  'customer-messages',
] as const;
export type CorpusId = (typeof CORPUS_IDS)[number];

export type Sentiment3 = 'negative' | 'neutral' | 'positive';

/**
 * The labels a corpus' held-out texts are scored against, in the corpus' own terms: sentiment
 * (three classes) and, where the corpus names emotions, the set of them in `Corpus.emotionSpace`.
 */
export interface EvalGold {
  sentiment?: Sentiment3;
  emotions?: readonly string[];
}

/** A text of a corpus: what it teaches the model, and what it is scored against when held out. */
export type CorpusExample = TrainExample & { gold: EvalGold };

/** A text with partial labels, before its corpus' weight is added. */
export interface UnweightedExample {
  text: string;
  heads: HeadLabels;
  gold: EvalGold;
}

/** A corpus read into its splits; `evaluation` is its test split where published, else dev. */
export interface CorpusSplits {
  train: CorpusExample[];
  dev: CorpusExample[];
  evaluation: CorpusExample[];
  /** Lines that could not be read (skipped). */
  skipped: number;
}

/**
 * One labelled corpus: where its files live, how much it weighs in training, and how its labels
 * map onto the model's heads. Readers are pure: they get the files' text, never a file system.
 */
export interface Corpus {
  id: CorpusId;
  /** Citation and licence, as the engine README lists them. */
  citation: string;
  /** `shared`: ../shared/data/<folder>; `engine`: packages/engine/data/<folder>. */
  home: 'shared' | 'engine';
  folder: string;
  /** Files the reader needs (relative to the folder); a corpus with a file missing is skipped. */
  files: readonly string[];
  /** Files read where present (a corpus with none of them present is skipped too). */
  optionalFiles?: readonly string[];
  /** Loss weight of each of its texts. */
  weight: number;
  /** The emotion labels its gold uses, scored from analyze() (`fine`: GoEmotions labels). */
  emotionSpace?: 'fine' | 'ekman' | 'cx';
  /** Which split `evaluation` is. */
  evaluationSplit: 'test' | 'dev';
  read(files: ReadonlyMap<string, string>, groupings: Groupings): CorpusSplits;
}

/**
 * Reads TSV text (text, then label columns) into examples, skipping blank lines; `toExample`
 * returns undefined for a row it cannot read, and such rows and rows with too few columns are
 * counted in `skipped`.
 */
export function readTsv(
  source: string,
  columns: number,
  weight: number,
  toExample: (text: string, cols: readonly string[]) => UnweightedExample | undefined,
): { examples: CorpusExample[]; skipped: number } {
  const examples: CorpusExample[] = [];
  let skipped = 0;
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const example = cols.length < columns || cols[0]!.trim() === '' ? undefined : toExample(cols[0]!, cols);
    if (example === undefined) skipped++;
    else examples.push({ ...example, weight });
  }
  return { examples, skipped };
}

/** The splits of a corpus published as train.tsv, dev.tsv and, where `evaluation` is test, test.tsv. */
export function tsvSplits(
  files: ReadonlyMap<string, string>,
  evaluation: 'test' | 'dev',
  read: (source: string) => { examples: CorpusExample[]; skipped: number },
): CorpusSplits {
  const train = read(files.get('train.tsv') ?? '');
  const dev = read(files.get('dev.tsv') ?? '');
  const test = evaluation === 'test' ? read(files.get('test.tsv') ?? '') : dev;
  const skipped = train.skipped + dev.skipped + (evaluation === 'test' ? test.skipped : 0);
  return { train: train.examples, dev: dev.examples, evaluation: test.examples, skipped };
}

/** The sentiment head's labels apart from `ambiguous`, all known: one present. */
export function sentimentLabels(s: Sentiment3): Record<string, 0 | 1> {
  return {
    negative: s === 'negative' ? 1 : 0,
    neutral: s === 'neutral' ? 1 : 0,
    positive: s === 'positive' ? 1 : 0,
  };
}
