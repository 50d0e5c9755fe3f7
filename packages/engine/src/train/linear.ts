import { type Activation, activate } from '../emotion/model.js';
import { seededRandom, shuffleInPlace } from './prng.js';
import { logCountRatios } from './ratios.js';
import type { TrainOptions } from './train.js';

/**
 * One training text as hashed feature buckets and a 0/1 target per output; `known` (absent: all
 * known) marks the outputs its corpus labels, and `weight` (absent: 1) its corpus' weight.
 */
export interface Encoded {
  features: Uint32Array;
  targets: Uint8Array;
  known?: Uint8Array;
  weight?: number;
}

/** First-layer weights: bucket-major, `weights[bucket * outputs + output]`. */
export interface LinearWeights {
  weights: Float32Array;
  bias: Float32Array;
}

/** Log-odds for every output of one encoded example, written into `out`. */
export function linearScores(model: LinearWeights, features: Uint32Array, out: Float32Array): Float32Array {
  const k = model.bias.length;
  out.set(model.bias);
  for (let f = 0; f < features.length; f++) {
    const base = features[f]! * k;
    for (let o = 0; o < k; o++) out[o]! += model.weights[base + o]!;
  }
  return out;
}

/** Probabilities for every output of one encoded example. */
export function predictFloat(
  weights: Float32Array,
  bias: Float32Array,
  features: Uint32Array,
  out: Float32Array,
  sizes: readonly number[],
  activation: Activation,
): Float32Array {
  return activate(linearScores({ weights, bias }, features, out), sizes, activation);
}

/** Spreads each head's positives into a distribution summing to one, for softmax training. */
function softmaxTargets(targets: Uint8Array, sizes: readonly number[], out: Float32Array): void {
  let start = 0;
  for (const size of sizes) {
    let n = 0;
    for (let o = start; o < start + size; o++) n += targets[o]!;
    for (let o = start; o < start + size; o++) out[o] = n === 0 ? 0 : targets[o]! / n;
    start += size;
  }
}

/** Drops buckets seen in fewer than `min` texts (they mostly fit noise); returns copies. */
function pruneRare(rows: readonly Encoded[], buckets: number, min: number): Encoded[] {
  if (min <= 1) return rows.slice();
  const counts = new Uint32Array(buckets);
  for (const ex of rows) for (const b of new Set(ex.features)) counts[b]!++;
  return rows.map((ex) => ({ ...ex, features: ex.features.filter((b) => counts[b]! >= min) }));
}

/**
 * One-vs-rest logistic regression (AdaGrad) over hashed features for all outputs at once, for
 * `epochs` epochs; `afterEpoch` sees the weights after each (they keep changing: copy to keep).
 * Deterministic: the same rows and options give the same weights.
 * @example const first = fitLinear(rows, [28, 7, 4], options, 4);
 */
export function fitLinear(
  rows: readonly Encoded[],
  sizes: readonly number[],
  options: TrainOptions,
  epochs: number,
  afterEpoch?: (epoch: number, model: LinearWeights) => void,
): LinearWeights {
  const k = sizes.reduce((a, b) => a + b, 0);
  const buckets = 2 ** options.features.bits;
  const data = pruneRare(rows, buckets, options.minFeatureCount);
  const steps =
    options.labelRatios === null ? undefined : logCountRatios(data, buckets, k, options.labelRatios);
  // Positive weights from the texts that label each output: a corpus that says nothing about a
  // label counts neither as its positives nor as its negatives.
  const positives = new Float64Array(k);
  const labelled = new Float64Array(k);
  for (const ex of data)
    for (let o = 0; o < k; o++) {
      if (ex.known !== undefined && ex.known[o] === 0) continue;
      positives[o]! += ex.targets[o]!;
      labelled[o]! += 1;
    }
  const posWeight = Float32Array.from(positives, (p, o) =>
    Math.min(
      options.maxPositiveWeight,
      Math.max(1, ((labelled[o]! - p) / Math.max(p, 1)) ** options.positiveWeightPower),
    ),
  );
  const weights = new Float32Array(buckets * k);
  const accum = new Float32Array(buckets * k);
  const bias = new Float32Array(k);
  const biasAccum = new Float32Array(k);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const out = new Float32Array(k);
  const grad = new Float32Array(k);
  const target = new Float32Array(k);
  const lr = options.learningRate;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const idx of order) {
      const ex = data[idx]!;
      predictFloat(weights, bias, ex.features, out, sizes, options.activation);
      if (options.activation === 'softmax') softmaxTargets(ex.targets, sizes, target);
      else target.set(ex.targets);
      const weight = ex.weight ?? 1;
      for (let o = 0; o < k; o++) {
        const y = target[o]!;
        grad[o] =
          ex.known !== undefined && ex.known[o] === 0
            ? 0
            : (out[o]! - y) * (ex.targets[o] === 1 ? posWeight[o]! : 1) * weight;
        biasAccum[o]! += grad[o]! * grad[o]!;
        bias[o]! -= (lr * grad[o]!) / Math.sqrt(biasAccum[o]! + 1e-6);
      }
      for (let f = 0; f < ex.features.length; f++) {
        const base = ex.features[f]! * k;
        for (let o = 0; o < k; o++) {
          const g = grad[o]!;
          if (g > -1e-4 && g < 1e-4) continue;
          const a = accum[base + o]! + g * g;
          accum[base + o] = a;
          const step = (lr * g) / Math.sqrt(a + 1e-6);
          weights[base + o]! -= steps === undefined ? step : step * steps[base + o]!;
        }
      }
    }
    afterEpoch?.(epoch, { weights, bias });
  }
  return { weights, bias };
}
