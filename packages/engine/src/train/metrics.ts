/** Precision, recall and F1 counts for one label. */
export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** F1 from counts; 0 when the label was never predicted nor present. */
export function f1(c: LabelCounts): number {
  const d = 2 * c.tp + c.fp + c.fn;
  return d === 0 ? 0 : (2 * c.tp) / d;
}

/**
 * The threshold in [0.02, 0.95] that maximises F1 for one output, given its scores and 0/1 gold.
 * Ties go to the higher threshold, which is the more cautious one on unseen text.
 * @example tuneThreshold(new Float32Array([0.9, 0.2]), new Uint8Array([1, 0])) // ≥ 0.2
 */
export function tuneThreshold(scores: Float32Array, gold: Uint8Array): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.02; t <= 0.951; t += 0.01) {
    const c = countAt(scores, gold, t);
    const f = f1(c);
    if (f >= best.f1) best = { threshold: Math.round(t * 100) / 100, f1: f };
  }
  return best;
}

/** Counts true and false positives and false negatives at a threshold. */
export function countAt(scores: Float32Array, gold: Uint8Array, threshold: number): LabelCounts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i]! >= threshold;
    const g = gold[i] === 1;
    if (p && g) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  }
  return c;
}

/** Mean of per-label F1 scores. */
export function macroF1(perLabel: readonly number[]): number {
  return perLabel.length === 0 ? 0 : perLabel.reduce((a, b) => a + b, 0) / perLabel.length;
}
