import type { Token } from './tokenize.js';

/**
 * A compiled phrase pattern. Syntax, one item per space-separated word:
 * `word`, `a|b` (either), `refund*` (prefix), `_` (any one word), `#` (a number or number word),
 * `@time` (a clock time: 5pm, 17:30), `~` (a gap of zero to three words), `(no one|nobody)` (either sequence of words).
 * Apostrophes are ignored on both sides ("havent" = "haven't").
 */
export interface PhrasePattern {
  source: string;
  /** Every expansion of the parenthesised groups. */
  variants: PatternItem[][];
}

/** One position of a compiled phrase. */
export type PatternItem =
  | { type: 'words'; words: ReadonlySet<string>; prefixes: readonly string[] }
  | { type: 'any' }
  | { type: 'number' }
  | { type: 'time' }
  | { type: 'gap' };

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty several few couple multiple many'.split(
    ' ',
  ),
);
const GAP = 3;
const SPECIAL: ReadonlySet<string> = new Set(['_', '#', '~', '@time']);

function compileItem(w: string): PatternItem {
  if (w === '_') return { type: 'any' };
  if (w === '#') return { type: 'number' };
  if (w === '@time') return { type: 'time' };
  if (w === '~') return { type: 'gap' };
  const alts = w.split('|');
  return {
    type: 'words',
    words: new Set(alts.filter((a) => !a.endsWith('*'))),
    prefixes: alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
  };
}

/** Splits on spaces outside parentheses; a group becomes its list of alternative word sequences. */
function parts(source: string): Array<string | string[][]> {
  const out: Array<string | string[][]> = [];
  const re = /\(([^)]*)\)|(\S+)/g;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m[1] !== undefined) out.push(m[1].split('|').map((alt) => alt.split(/\s+/).filter((w) => w !== '')));
    else out.push(m[2]!);
  }
  return out;
}

/**
 * Compiles a phrase pattern once, for repeated matching.
 * @example compilePhrase('(no one|nobody) ~ answers|answered')
 */
export function compilePhrase(source: string): PhrasePattern {
  let variants: string[][] = [[]];
  for (const part of parts(source.toLowerCase().replace(/['’]/g, ''))) {
    if (typeof part === 'string') variants = variants.map((v) => [...v, part]);
    else {
      // One-word alternatives collapse into a single `a|b|c` item: "(replied|answered|called back)"
      // becomes two variants, not three, which keeps matching cheap for long groups.
      const single = part.filter((alt) => alt.length === 1 && !SPECIAL.has(alt[0]!)).map((alt) => alt[0]!);
      const alts = [
        ...(single.length > 0 ? [[single.join('|')]] : []),
        ...part.filter((alt) => !(alt.length === 1 && !SPECIAL.has(alt[0]!))),
      ];
      variants = variants.flatMap((v) => alts.map((alt) => [...v, ...alt]));
    }
  }
  return { source, variants: variants.filter((v) => v.length > 0).map((v) => v.map(compileItem)) };
}

/** The literal words a variant can start with, for indexing; undefined when it starts with a wildcard. */
export function firstWords(variant: readonly PatternItem[]): readonly string[] | undefined {
  const first = variant[0];
  if (first === undefined || first.type !== 'words' || first.prefixes.length > 0) return undefined;
  return [...first.words];
}

/** Token norms as phrases see them: apostrophes dropped, and punctuation that does not end a clause removed. */
export interface PhraseView {
  words: string[];
  /** Index into the original tokens for each entry of `words`. */
  index: number[];
}

/** Builds the view phrases match against. */
export function phraseView(tokens: readonly Token[]): PhraseView {
  const words: string[] = [];
  const index: number[] = [];
  tokens.forEach((t, i) => {
    // Commas stay: a gap may not cross one ("not bad, it works"), though words skip over them.
    if (t.kind === 'punct' && !/^[.!?;:,]/.test(t.norm)) return;
    words.push(t.kind === 'word' && t.norm.includes("'") ? t.norm.replace(/'/g, '') : t.norm);
    index.push(i);
  });
  return { words, index };
}

const WORDLIKE_RE = /^[\p{L}\d]/u;

function isWordLike(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORDLIKE_RE.test(word);
}

/** True for digits-first tokens and number words ("three", "several") that `#` matches. */
export function isNumberWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(word);
}

function matchItem(item: PatternItem, word: string): boolean {
  if (item.type === 'any') return isWordLike(word);
  if (item.type === 'number') return isNumberWord(word);
  if (item.type === 'time') return /^\d{1,2}(?::\d\d)?(?:am|pm)$|^\d{1,2}:\d\d$/.test(word);
  if (item.type === 'gap') return false;
  return item.words.has(word) || item.prefixes.some((p) => word.startsWith(p));
}

function matchFrom(items: readonly PatternItem[], k: number, words: readonly string[], i: number): number {
  if (k === items.length) return i;
  const item = items[k]!;
  if (item.type === 'gap') {
    for (let g = 0; g <= GAP && i + g <= words.length; g++) {
      if (g > 0 && !isWordLike(words[i + g - 1]!)) break;
      const end = matchFrom(items, k + 1, words, i + g);
      if (end >= 0) return end;
    }
    return -1;
  }
  let j = i;
  // "great, just great": a comma between two literal words does not break the phrase.
  while (k > 0 && j < words.length && words[j] === ',') j++;
  if (j >= words.length || !matchItem(item, words[j]!)) return -1;
  return matchFrom(items, k + 1, words, j + 1);
}

/**
 * Where a pattern matches at view position `i`: the exclusive end position, or -1.
 * @example matchAt(compilePhrase('still waiting'), phraseView(tokenize('I am still waiting')), 2) // 4
 */
export function matchAt(p: PhrasePattern, view: PhraseView, i: number): number {
  let best = -1;
  for (const v of p.variants) best = Math.max(best, matchFrom(v, 0, view.words, i));
  return best;
}

/**
 * Like `matchAt` for one variant of a pattern (what a lexicon index stores). `firstMatched`: the
 * caller knows the first item matches word i (an index by first word), so matching starts at the
 * second.
 */
export function matchVariantAt(
  variant: readonly PatternItem[],
  view: PhraseView,
  i: number,
  firstMatched = false,
): number {
  return firstMatched ? matchFrom(variant, 1, view.words, i + 1) : matchFrom(variant, 0, view.words, i);
}
