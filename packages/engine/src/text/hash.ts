/**
 * FNV-1a over UTF-16 code units, continued from `seed`. Fast, allocation-free and identical in
 * every JavaScript runtime, which keeps trained models portable between Node and the browser.
 * @example hashString('refund', 0x811c9dc5)
 */
export function hashString(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes the bits of a 32-bit hash so that its top bits can index a table. */
export function finalizeHash(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
