import {
  compilePhrase,
  firstWords,
  isNegator,
  isNumberWord,
  matchVariantAt,
  type PatternItem,
  type PhraseView,
} from '../../text/index.js';
import type { LexiconEntry } from './entry.js';

interface IndexedVariant {
  entry: LexiconEntry;
  items: readonly PatternItem[];
}

/** A lexicon compiled for matching: every expansion of every pattern, indexed by its first word. */
export interface CompiledLexicon {
  byFirst: ReadonlyMap<string, readonly IndexedVariant[]>;
  /** Variants that start with a number (`#`, `@time`): tried only where a number stands. */
  byNumber: readonly IndexedVariant[];
  /** Variants that start with a prefix or a wildcard: tried everywhere. */
  anywhere: readonly IndexedVariant[];
  size: number;
}

/** One entry matched in a text, with token positions (end exclusive). */
export interface LexiconMatch {
  entry: LexiconEntry;
  startToken: number;
  endToken: number;
  /** The match sits inside a negation's scope ("not happy"). */
  negated: boolean;
}

/**
 * Compiles entries once per engine; later entries with the same id replace earlier ones, so a
 * workspace can override a default entry.
 * @example const lex = compileLexicon([...DEFAULT_LEXICON, { id: 'acme.outage', pattern: 'acme is down', emotions: { frustration: 0.7 } }]);
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const byId = new Map<string, LexiconEntry>();
  for (const e of entries) byId.set(e.id, e);
  const byFirst = new Map<string, IndexedVariant[]>();
  const anywhere: IndexedVariant[] = [];
  const byNumber: IndexedVariant[] = [];
  for (const entry of byId.values()) {
    for (const items of compilePhrase(entry.pattern).variants) {
      const first = firstWords(items);
      const head = items[0]?.type;
      if (head === 'number' || head === 'time') {
        byNumber.push({ entry, items });
        continue;
      }
      if (first === undefined) {
        anywhere.push({ entry, items });
        continue;
      }
      for (const w of new Set(first)) {
        const list = byFirst.get(w) ?? [];
        list.push({ entry, items });
        byFirst.set(w, list);
      }
    }
  }
  return { byFirst, byNumber, anywhere, size: byId.size };
}

/**
 * Finds every entry that matches, at every position (overlaps allowed; evidence combines later).
 * Each entry is reported once per start position, with its longest match.
 * @example matchLexicon(lex, phraseView(tokens), negationScope(tokens))
 */
export function matchLexicon(
  lexicon: CompiledLexicon,
  view: PhraseView,
  negation: Uint8Array,
): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const best = new Map<LexiconEntry, number>();
  const consider = (c: IndexedVariant, i: number) => {
    const end = matchVariantAt(c.items, view, i);
    if (end > i && end > (best.get(c.entry) ?? -1)) best.set(c.entry, end);
  };
  for (let i = 0; i < view.words.length; i++) {
    const word = view.words[i]!;
    const candidates = lexicon.byFirst.get(word);
    const numeric = isNumberWord(word);
    if (candidates === undefined && lexicon.anywhere.length === 0 && !numeric) continue;
    best.clear();
    if (candidates !== undefined) for (const c of candidates) consider(c, i);
    if (numeric) for (const c of lexicon.byNumber) consider(c, i);
    for (const c of lexicon.anywhere) consider(c, i);
    const startToken = view.index[i]!;
    for (const [entry, end] of best) {
      out.push({
        entry,
        startToken,
        endToken: view.index[end - 1]! + 1,
        negated: negation[startToken] === 1 && !isNegator(word),
      });
    }
  }
  return out;
}
