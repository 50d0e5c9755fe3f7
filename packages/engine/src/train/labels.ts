import type { HeadSpec } from './heads.js';

export type HeadName = HeadSpec['name'];

/**
 * What one corpus says about one text, head by head: for each label it knows, present (1) or
 * absent (0). A head left out, or a label left out of a head, is unknown: the trainer neither
 * rewards nor punishes the model there, so a corpus with only sentiment never teaches that
 * "anger" is absent.
 * @example const tweet: HeadLabels = { sentiment: { negative: 1, neutral: 0, positive: 0 } };
 */
export type HeadLabels = Partial<Record<HeadName, Readonly<Record<string, 0 | 1>>>>;

/** A training or dev text from any corpus, with its partial labels and its corpus' weight. */
export interface TrainingText {
  text: string;
  heads: HeadLabels;
  /** How much this text counts in the loss (the corpus' weight). */
  weight: number;
}

/**
 * Turns partial labels into a 0/1 target and a 0/1 "known" flag for every output, in head order.
 * @example encodeHeadLabels({ sentiment: { negative: 1 } }, heads).known // 1 only at sentiment.negative
 */
export function encodeHeadLabels(
  labels: HeadLabels,
  heads: readonly HeadSpec[],
): { targets: Uint8Array; known: Uint8Array } {
  const total = heads.reduce((n, h) => n + h.labels.length, 0);
  const targets = new Uint8Array(total);
  const known = new Uint8Array(total);
  let o = 0;
  for (const head of heads) {
    const given = labels[head.name];
    for (const label of head.labels) {
      const value = given?.[label];
      if (value !== undefined) {
        known[o] = 1;
        targets[o] = value;
      }
      o++;
    }
  }
  return { targets, known };
}

/**
 * Every label of `labels` known: those in `present` are 1, the rest 0.
 * @example allKnown(['negative', 'neutral', 'positive'], ['negative']) // { negative: 1, neutral: 0, positive: 0 }
 */
export function allKnown(labels: readonly string[], present: readonly string[]): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = {};
  for (const l of labels) out[l] = present.includes(l) ? 1 : 0;
  return out;
}
