/**
 * A small seeded pseudo-random generator (mulberry32). The engine takes no randomness it is not
 * given: the same seed always yields the same draft, so a reply can be reproduced and reviewed.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A new array with the items in a seeded order. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Creates a seeded generator.
 * @example const rng = createPrng(42); rng.int(10); // same value for seed 42, every time
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };
  return { next, int, shuffle };
}

/**
 * FNV-1a hash of a string, used to fold the customer's text into the seed so two customers with
 * the same seed still get different phrasings.
 * @example hashString('charged twice') // a stable 32-bit integer
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
