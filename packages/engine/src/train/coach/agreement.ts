import { f1, type LabelCounts } from '../metrics.js';

/** How far the coach agrees with the people who labelled one technique. */
export interface LabelAgreement {
  label: string;
  /** Sentences labelled with it, and sentences the coach fired on. */
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Precision, recall and F1 from one label's counts.
 * @example agreementOf('apology', { tp: 1, fp: 0, fn: 1 }).recall // 0.5
 */
export function agreementOf(label: string, c: LabelCounts): LabelAgreement {
  return {
    label,
    gold: c.tp + c.fn,
    predicted: c.tp + c.fp,
    precision: round(c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)),
    recall: round(c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)),
    f1: round(f1(c)),
  };
}
