import { stackInputs, stackWidth } from '../emotion/stacker.js';
import { seededRandom, shuffleInPlace } from './prng.js';

/** Knobs of the second layer (see emotion/stacker.ts). */
export interface StackOptions {
  /** Folds for the out-of-fold first-layer scores it learns from (each fold costs a training). */
  folds: number;
  epochs: number;
  learningRate: number;
  /** Pull of each weight towards the identity (a label starts as its own first-layer score). */
  l2: number;
}

/**
 * Fits the second layer by AdaGrad logistic regression on the inputs (stackInputs) of
 * out-of-fold first-layer log-odds `z` (one per training text) and the 0/1 targets. Starts from
 * the identity, so an output with nothing to learn from its neighbours stays its own first-layer
 * score. `known[i]` (absent: all) marks the outputs text i's corpus labels.
 * @example const stack = fitStacker(oofScores, targets, 39, options, seed);
 */
export function fitStacker(
  z: readonly Float32Array[],
  targets: readonly Uint8Array[],
  outputs: number,
  options: StackOptions,
  seed: number,
  known?: readonly (Uint8Array | undefined)[],
): Float32Array {
  const k = outputs;
  const width = stackWidth(k);
  const n = width - 1;
  const weights = new Float32Array(k * width);
  const accum = new Float32Array(k * width);
  for (let o = 0; o < k; o++) weights[o * width + o] = 1;
  const order = z.map((_, i) => i);
  const random = seededRandom(seed);
  const x = new Float64Array(width);
  x[n] = 1;
  const { learningRate: lr, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      stackInputs(z[i]!, x);
      x[n] = 1;
      const labelled = known?.[i];
      for (let o = 0; o < k; o++) {
        // An output the text's corpus does not label teaches nothing.
        if (labelled !== undefined && labelled[o] === 0) continue;
        const row = o * width;
        let s = 0;
        for (let t = 0; t < width; t++) s += weights[row + t]! * x[t]!;
        const g = 1 / (1 + Math.exp(-s)) - targets[i]![o]!;
        for (let t = 0; t < width; t++) {
          const pull = t === n ? 0 : l2 * (weights[row + t]! - (t === o ? 1 : 0));
          const gt = g * x[t]! + pull;
          accum[row + t]! += gt * gt;
          weights[row + t]! -= (lr * gt) / Math.sqrt(accum[row + t]! + 1e-6);
        }
      }
    }
  }
  return weights;
}
