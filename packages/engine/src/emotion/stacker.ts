/**
 * The model's second layer: each output's final score is a linear mix of every first-layer
 * output's log-odds and probability, plus a bias. GoEmotions labels travel together (admiration
 * with approval, anger with annoyance and the Ekman "anger" group), and a label's own linear score
 * misses that; the probability inputs let a neighbour count once it is likely, whatever its
 * margin (on dev: +.016 fine, +.007 Ekman macro-F1 over log-odds alone). The mix is learnt by the
 * trainer from out-of-fold scores, so it is stacked generalisation (Wolpert 1992), not a second
 * fit to the same texts.
 *
 * Layout, with k outputs and width 2k + 1: `weights[o * width + i]` is the weight of first-layer
 * output i's clipped log-odds for output o, `weights[o * width + k + i]` that of its probability,
 * `weights[o * width + 2k]` output o's bias.
 */

/** First-layer scores are clipped here so that one runaway score cannot swamp the mix. */
export const STACK_CLIP = 12;

/** Weights per output row of the second layer for k first-layer outputs. */
export function stackWidth(outputs: number): number {
  return 2 * outputs + 1;
}

/**
 * The second layer's inputs for first-layer log-odds `z`: clipped log-odds, then probabilities
 * (written into `into`, length 2k).
 * @example stackInputs(Float32Array.from([0]), new Float64Array(2)) // [0, 0.5]
 */
export function stackInputs(z: ArrayLike<number>, into: Float64Array): Float64Array {
  const k = z.length;
  for (let i = 0; i < k; i++) {
    into[i] = clip(z[i]!);
    into[k + i] = 1 / (1 + Math.exp(-z[i]!));
  }
  return into;
}

/**
 * Mixes first-layer log-odds `z` into second-layer log-odds for outputs `from..to-1`, written
 * into `out` (which may not be `z`).
 * @example stackScores(weights, z, out, 0, 28)
 */
export function stackScores(
  weights: Float32Array | Float64Array,
  z: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  from = 0,
  to = z.length,
): Float32Array | Float64Array {
  return mixInputs(weights, stackInputs(z, new Float64Array(2 * z.length)), out, from, to);
}

/**
 * The same from inputs already made by stackInputs, so that scoring several heads of one text
 * builds them (39 exponentials) once. Inputs are doubles: the k × 2k loop is three times faster so.
 * @example mixInputs(weights, stackInputs(z, new Float64Array(2 * z.length)), out, 0, 28)
 */
export function mixInputs(
  weights: Float32Array | Float64Array,
  x: Float64Array,
  out: Float32Array | Float64Array,
  from: number,
  to: number,
): Float32Array | Float64Array {
  const n = x.length;
  for (let o = from; o < to; o++) {
    const row = o * (n + 1);
    let s = weights[row + n]!;
    for (let i = 0; i < n; i++) s += weights[row + i]! * x[i]!;
    out[o] = s;
  }
  return out;
}

/**
 * How much first-layer output i's log-odds moved output o's mixed score per unit, on the way from
 * `base` (the scores of a text without features: the biases) to the message's own scores `z`: the
 * log-odds weight plus the probability weight times the sigmoid's average slope over that path
 * (clipping aside; `path` is pathSlopes(z, base), passed in by a caller that keeps it). An
 * average, not the slope at `z`, because a neighbour the message made certain
 * has a flat sigmoid there and would otherwise hide the words that raised it. Evidence uses it to
 * trace a label back to words.
 * @example stackSlopes(weights, z, bias, 3)
 */
export function stackSlopes(
  weights: Float32Array | Float64Array,
  z: ArrayLike<number>,
  base: ArrayLike<number>,
  o: number,
  path: readonly number[] = pathSlopes(z, base),
): number[] {
  const k = z.length;
  const row = o * stackWidth(k);
  const slopes: number[] = new Array(k).fill(0);
  for (let i = 0; i < k; i++) slopes[i] = weights[row + i]! + weights[row + k + i]! * path[i]!;
  return slopes;
}

/**
 * The sigmoid's average slope per first-layer output on the way from `base` to `z` (the part of
 * stackSlopes that is the same for every output o: a message computes it once). `baseProbability`
 * is sigmoid(base), passed in by a caller that keeps it.
 * @example pathSlopes([0], [0]) // [0.25]
 */
export function pathSlopes(
  z: ArrayLike<number>,
  base: ArrayLike<number>,
  baseProbability: ArrayLike<number> = Array.from(base, (b) => 1 / (1 + Math.exp(-b))),
): number[] {
  const k = z.length;
  const path: number[] = new Array(k).fill(0);
  for (let i = 0; i < k; i++) {
    const dz = z[i]! - base[i]!;
    const p = 1 / (1 + Math.exp(-z[i]!));
    path[i] = Math.abs(dz) < 1e-6 ? p * (1 - p) : (p - baseProbability[i]!) / dz;
  }
  return path;
}

/** Clips a first-layer score to ±STACK_CLIP. */
export function clip(x: number): number {
  return Math.min(STACK_CLIP, Math.max(x, -STACK_CLIP));
}
