import type { Analysis } from '../emotion/types.js';
import { CX_EMOTIONS, GO_EMOTIONS_LABELS } from '../emotion/types.js';
import type { Corpus, CorpusExample, Sentiment3 } from './corpora/index.js';
import type { Groupings } from './heads.js';
import { f1, macroF1 } from './metrics.js';

const SENTIMENTS: readonly Sentiment3[] = ['negative', 'neutral', 'positive'];

/** How a reader did on one corpus' held-out texts: macro-F1 and how many texts each figure rests on. */
export interface TransferFigures {
  sentiment?: { macroF1: number; texts: number };
  emotions?: { macroF1: number; texts: number; labels: number };
}

/**
 * Macro-F1 over negative / neutral / positive for single-label predictions.
 * @example sentimentMacroF1(['negative'], ['negative']) // 1/3 (neutral and positive never occur: F1 0)
 */
export function sentimentMacroF1(predicted: readonly Sentiment3[], gold: readonly Sentiment3[]): number {
  return macroF1(
    SENTIMENTS.map((label) => {
      const c = { tp: 0, fp: 0, fn: 0 };
      for (let i = 0; i < gold.length; i++) {
        const p = predicted[i] === label;
        const g = gold[i] === label;
        if (p && g) c.tp++;
        else if (p) c.fp++;
        else if (g) c.fn++;
      }
      return f1(c);
    }),
  );
}

/** Multi-label macro-F1 over `labels`. */
export function multiLabelMacroF1(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
  labels: readonly string[],
): number {
  return macroF1(
    labels.map((label) => {
      const c = { tp: 0, fp: 0, fn: 0 };
      for (let i = 0; i < gold.length; i++) {
        const p = predicted[i]!.includes(label);
        const g = gold[i]!.includes(label);
        if (p && g) c.tp++;
        else if (p) c.fp++;
        else if (g) c.fn++;
      }
      return f1(c);
    }),
  );
}

/** The labels a corpus' emotion gold is scored over. */
export function emotionLabels(space: NonNullable<Corpus['emotionSpace']>, groupings: Groupings): string[] {
  if (space === 'fine') return [...GO_EMOTIONS_LABELS];
  if (space === 'ekman') return [...Object.keys(groupings.ekman), 'neutral'];
  return [...CX_EMOTIONS];
}

/** What analyze() says in a corpus' emotion space: the detected labels, `neutral` when none. */
export function emotionsRead(
  analysis: Analysis,
  space: NonNullable<Corpus['emotionSpace']>,
  groupings: Groupings,
): string[] {
  let labels: string[];
  if (space === 'cx') labels = analysis.emotions.map((e) => e.label);
  else {
    const fine = analysis.fine.map((f) => f.label as string);
    labels =
      space === 'fine'
        ? fine
        : Object.entries(groupings.ekman)
            .filter(([, members]) => members.some((m) => fine.includes(m)))
            .map(([name]) => name);
  }
  return labels.filter((l) => l !== 'neutral').length === 0 ? ['neutral'] : labels;
}

/**
 * Scores a reader (an engine's analyze) on a corpus' held-out texts, in the corpus' own labels:
 * sentiment where its texts have it, emotions where the corpus names them.
 * @example evaluateTransfer(CORPORA.emobank, splits.evaluation, engine.analyze, groupings).sentiment?.macroF1
 */
export function evaluateTransfer(
  corpus: Corpus,
  examples: readonly CorpusExample[],
  analyze: (text: string) => Analysis,
  groupings: Groupings,
): TransferFigures {
  const predictedSentiment: Sentiment3[] = [];
  const goldSentiment: Sentiment3[] = [];
  const predictedEmotions: string[][] = [];
  const goldEmotions: (readonly string[])[] = [];
  const space = corpus.emotionSpace;
  for (const ex of examples) {
    const needsEmotions = space !== undefined && ex.gold.emotions !== undefined;
    if (ex.gold.sentiment === undefined && !needsEmotions) continue;
    const a = analyze(ex.text);
    if (ex.gold.sentiment !== undefined) {
      predictedSentiment.push(a.sentiment.label);
      goldSentiment.push(ex.gold.sentiment);
    }
    if (needsEmotions) {
      predictedEmotions.push(emotionsRead(a, space, groupings));
      goldEmotions.push(ex.gold.emotions!);
    }
  }
  const figures: TransferFigures = {};
  if (goldSentiment.length > 0)
    figures.sentiment = {
      macroF1: sentimentMacroF1(predictedSentiment, goldSentiment),
      texts: goldSentiment.length,
    };
  if (space !== undefined && goldEmotions.length > 0) {
    const labels = emotionLabels(space, groupings);
    figures.emotions = {
      macroF1: multiLabelMacroF1(predictedEmotions, goldEmotions, labels),
      texts: goldEmotions.length,
      labels: labels.length,
    };
  }
  return figures;
}
