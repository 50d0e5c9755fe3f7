import { finalizeHash, hashString, negationScope, type Token } from '../text/index.js';

/** How text becomes hashed features; stored with a model so training and inference agree. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Smallest and largest character n-gram taken inside words (0 to turn them off). */
  charMin: number;
  charMax: number;
}

const FNV = 0x811c9dc5;
const SEED_WORD = hashString('w', FNV);
const SEED_NEG = hashString('n', FNV);
const SEED_BIGRAM = hashString('b', FNV);
const SEED_CHAR = hashString('c', FNV);
const SEED_FLAG = hashString('f', FNV);

/** Hashed features of one text; `token[i]` is the token a feature came from (-1 for whole-text ones). */
export interface FeatureVector {
  buckets: Uint32Array;
  token: Int32Array;
  length: number;
}

function unitOf(t: Token): string {
  if (t.kind === 'number') return '<num>';
  if (t.kind === 'punct') {
    if (t.norm.startsWith('!')) return t.norm.length > 1 ? '!!' : '!';
    if (t.norm.startsWith('?')) return t.norm.length > 1 ? '??' : '?';
    return t.norm.length > 1 ? '...' : t.norm;
  }
  return t.norm;
}

/**
 * Turns tokens into hashed feature buckets: word unigrams (marked when inside a negation's scope),
 * bigrams, character n-grams inside words, and flags for capitals and elongation.
 * @example extractFeatures(tokenize('not happy'), { bits: 18, charMin: 3, charMax: 5 })
 */
export function extractFeatures(tokens: readonly Token[], config: FeatureConfig): FeatureVector {
  const shift = 32 - config.bits;
  const neg = negationScope(tokens);
  let cap = 8;
  for (const t of tokens) cap += 4 + (t.kind === 'word' ? (t.norm.length + 2) * 3 : 0);
  const buckets = new Uint32Array(cap);
  const token = new Int32Array(cap);
  let n = 0;
  const push = (h: number, i: number) => {
    buckets[n] = finalizeHash(h) >>> shift;
    token[n] = i;
    n++;
  };
  let prev = hashString('<s>', SEED_BIGRAM);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unit = unitOf(t);
    push(hashString(unit, neg[i] ? SEED_NEG : SEED_WORD), i);
    push(hashString(unit, prev), i);
    prev = hashString(unit, SEED_BIGRAM);
    if (t.kind !== 'word') continue;
    if (t.upper) push(hashString('upper', SEED_FLAG), i);
    if (t.elongated) push(hashString('elong', SEED_FLAG), i);
    if (config.charMin > 0) {
      const w = t.norm;
      const len = w.length + 2;
      for (let s = 0; s + config.charMin <= len; s++) {
        let h = SEED_CHAR;
        const stop = Math.min(len, s + config.charMax);
        for (let j = s; j < stop; j++) {
          const c = j === 0 ? 60 : j === len - 1 ? 62 : w.charCodeAt(j - 1);
          h = Math.imul(h ^ c, 0x01000193);
          if (j - s + 1 >= config.charMin) push(h, i);
        }
      }
    }
  }
  push(hashString('</s>', prev), -1);
  return { buckets, token, length: n };
}
