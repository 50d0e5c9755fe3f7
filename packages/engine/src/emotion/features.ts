import { finalizeHash, hashString, negationScope, type Token } from '../text/index.js';

/** How text becomes hashed features; stored with a model so training and inference agree. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Smallest and largest character n-gram taken inside words (0 to turn them off). */
  charMin: number;
  charMax: number;
  /** Also the customer-service layer's signals (signals.ts) as features; absent in older models. */
  signals?: boolean;
  /**
   * A word right after "@" (a handle, an e-mail's domain) is one feature, `@user`, as TweetEval
   * masks its handles: otherwise a brand's handle learns the mood of the tweets sent to it
   * ("@NorthwindHelp" read as annoyance). Absent in older models.
   */
  maskMentions?: boolean;
}

const FNV = 0x811c9dc5;
const SEED_WORD = hashString('w', FNV);
const SEED_NEG = hashString('n', FNV);
const SEED_BIGRAM = hashString('b', FNV);
const SEED_CHAR = hashString('c', FNV);
const SEED_FLAG = hashString('f', FNV);
const SEED_SIGNAL = hashString('s', FNV);
const UPPER = finalizeHash(hashString('upper', SEED_FLAG));
const ELONGATED = finalizeHash(hashString('elong', SEED_FLAG));

// Longest feature arrays an engine keeps for reuse (features of a message of ~10,000 words).
const MAX_REUSED = 65_536;

/** Hashed features of one text; `token[i]` is the token a feature came from (-1 for whole-text ones). */
export interface FeatureVector {
  buckets: Uint32Array;
  token: Int32Array;
  length: number;
}

/**
 * Arrays extractFeatures may write into instead of allocating (it replaces them when they are too
 * short). A typed array over 64 bytes costs V8 an allocation outside the heap, as much time as
 * featurising a short message, so an engine keeps one pair for all its messages; the vector it
 * gets back is only good until the next call.
 */
export interface FeatureBuffers {
  buckets: Uint32Array;
  token: Int32Array;
}

/** Whether `prev` is an "@" written right before `t`. */
const isAt = (prev: Token, t: Token) => prev.norm === '@' && prev.end === t.start;

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
 * bigrams, character n-grams inside words, flags for capitals and elongation, and, when the
 * config asks, the customer-service signals of the whole text (`signals`, see signals.ts).
 * `negation` is negationScope(tokens), passed in when the caller has it already; `reuse`, see
 * FeatureBuffers.
 * @example extractFeatures(tokenize('not happy'), { bits: 18, charMin: 3, charMax: 5 })
 */
export function extractFeatures(
  tokens: readonly Token[],
  config: FeatureConfig,
  negation: Uint8Array = negationScope(tokens),
  reuse?: FeatureBuffers,
  signals: readonly string[] = [],
): FeatureVector {
  const shift = 32 - config.bits;
  const { charMin, charMax } = config;
  const named = config.signals === true ? signals : [];
  let cap = 8 + named.length;
  for (const t of tokens) cap += 4 + (t.kind === 'word' ? (t.norm.length + 2) * 3 : 0);
  // A huge message (a pasted log) gets arrays of its own, so the engine does not keep them.
  const reusable = reuse !== undefined && cap <= MAX_REUSED;
  if (reusable && reuse.buckets.length < cap) {
    reuse.buckets = new Uint32Array(Math.min(MAX_REUSED, 2 * cap));
    reuse.token = new Int32Array(Math.min(MAX_REUSED, 2 * cap));
  }
  const buckets = reusable ? reuse.buckets : new Uint32Array(cap);
  const token = reusable ? reuse.token : new Int32Array(cap);
  // Pushes are written out inline: this is the engine's hottest JavaScript loop, and a closure
  // that updates `n` costs a third of it.
  let n = 0;
  let prev = hashString('<s>', SEED_BIGRAM);
  const maskMentions = config.maskMentions === true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const mention = maskMentions && t.kind === 'word' && i > 0 && isAt(tokens[i - 1]!, t);
    const unit = mention ? '@user' : unitOf(t);
    buckets[n] = finalizeHash(hashString(unit, negation[i] ? SEED_NEG : SEED_WORD)) >>> shift;
    token[n++] = i;
    buckets[n] = finalizeHash(hashString(unit, prev)) >>> shift;
    token[n++] = i;
    prev = hashString(unit, SEED_BIGRAM);
    if (t.kind !== 'word') continue;
    if (t.upper) {
      buckets[n] = UPPER >>> shift;
      token[n++] = i;
    }
    if (t.elongated) {
      buckets[n] = ELONGATED >>> shift;
      token[n++] = i;
    }
    if (charMin === 0 || mention) continue;
    const w = t.norm;
    const len = w.length + 2;
    for (let s = 0; s + charMin <= len; s++) {
      let h = SEED_CHAR;
      const stop = Math.min(len, s + charMax);
      for (let j = s; j < stop; j++) {
        const c = j === 0 ? 60 : j === len - 1 ? 62 : w.charCodeAt(j - 1);
        h = Math.imul(h ^ c, 0x01000193);
        if (j - s + 1 >= charMin) {
          buckets[n] = finalizeHash(h) >>> shift;
          token[n++] = i;
        }
      }
    }
  }
  buckets[n] = finalizeHash(hashString('</s>', prev)) >>> shift;
  token[n++] = -1;
  for (const name of named) {
    buckets[n] = finalizeHash(hashString(name, SEED_SIGNAL)) >>> shift;
    token[n++] = -1;
  }
  return { buckets, token, length: n };
}
