import type { Token } from './tokenize.js';

// Words that turn the meaning of what follows ("not happy", "never arrived", "no one answers").
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'cannot',
  'without',
  'hardly',
  'barely',
  'lack',
  'lacking',
]);

// A clause break ends a negation's reach: "not bad, but late" — "late" is not negated.
const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'yet',
  'except',
]);
const MAX_SCOPE = 4;

/** True for "not", "never", "don't", "isn't", "can't" ... */
export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't") || norm === 'dont' || norm === 'didnt' || norm === 'cant';
}

/**
 * Marks which tokens sit inside a negation's scope: up to four words after a negator, stopping at
 * punctuation or a clause break. Returns one flag per token.
 * @example negationScope(tokenize('not happy at all')) // [false, true, true, true]
 */
export function negationScope(tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let left = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || t.kind === 'emoji' || t.kind === 'emoticon' || SCOPE_BREAKERS.has(t.norm)) {
      left = 0;
      continue;
    }
    if (t.kind === 'word' && isNegator(t.norm)) {
      left = MAX_SCOPE;
      continue;
    }
    if (left > 0) {
      flags[i] = 1;
      left--;
    }
  }
  return flags;
}
