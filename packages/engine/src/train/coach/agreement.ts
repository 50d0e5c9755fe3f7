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
 * Precision, recall and F1 of per-sentence predictions against gold labels.
 * @example agreementOf('apology', [true, false], [true, true]).recall // 0.5
 */
export function agreementOf(
  label: string,
  predicted: readonly boolean[],
  gold: readonly boolean[],
): LabelAgreement {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    label,
    gold: tp + fn,
    predicted: tp + fp,
    precision: round(precision),
    recall: round(recall),
    f1: tp === 0 ? 0 : round((2 * tp) / (2 * tp + fp + fn)),
  };
}
