/**
 * Maps a probability onto 0..1 so that the output's tuned threshold lands on 0.5: scores from
 * different outputs (and from the lexicon) become comparable, and "detected" is always ≥ 0.5.
 * @example calibrate(0.3, 0.3) // 0.5
 */
export function calibrate(p: number, threshold: number): number {
  if (p >= threshold) return 0.5 + (0.5 * (p - threshold)) / Math.max(1e-6, 1 - threshold);
  return (0.5 * p) / Math.max(1e-6, threshold);
}

/** Combines independent pieces of evidence: 1 - Π(1 - p). */
export function noisyOr(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}
