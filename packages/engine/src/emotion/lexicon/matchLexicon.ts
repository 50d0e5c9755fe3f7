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
  /** Variants whose first item has a prefix (`disput*`), by the first letter of each prefix. */
  byInitial: ReadonlyMap<number, readonly IndexedVariant[]>;
  /** Variants that start with a wildcard (`_`, `~`): tried everywhere. */
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
  const byInitial = new Map<number, IndexedVariant[]>();
  const add = <K>(index: Map<K, IndexedVariant[]>, key: K, variant: IndexedVariant) => {
    const list = index.get(key) ?? [];
    list.push(variant);
    index.set(key, list);
  };
  for (const entry of byId.values()) {
    for (const items of compilePhrase(entry.pattern).variants) {
      const first = firstWords(items);
      const head = items[0]?.type;
      if (head === 'number' || head === 'time') {
        byNumber.push({ entry, items });
        continue;
      }
      const lead = items[0];
      // A first item with a prefix ("disput*|refund") is indexed under its words and the first
      // letters of its prefixes; an empty prefix ("*") can start anywhere.
      if (first === undefined && lead?.type === 'words' && lead.prefixes.every((p) => p !== '')) {
        for (const w of lead.words) add(byFirst, w, { entry, items });
        for (const c of new Set(lead.prefixes.map((p) => p.charCodeAt(0))))
          add(byInitial, c, { entry, items });
        continue;
      }
      if (first === undefined) {
        anywhere.push({ entry, items });
        continue;
      }
      for (const w of new Set(first)) add(byFirst, w, { entry, items });
    }
  }
  return { byFirst, byNumber, byInitial, anywhere, size: byId.size };
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
  // Longest end per entry at the current position, in the first `found` slots; entries are few per
  // position, so a list beats a Map (this runs for every word of every message), and a count beats
  // resetting the lists' length.
  const entries: LexiconEntry[] = [];
  const ends: number[] = [];
  let found = 0;
  const consider = (variants: readonly IndexedVariant[] | undefined, i: number, firstMatched: boolean) => {
    if (variants === undefined) return;
    for (const c of variants) {
      const end = matchVariantAt(c.items, view, i, firstMatched);
      if (end <= i) continue;
      let at = 0;
      while (at < found && entries[at] !== c.entry) at++;
      if (at === found) {
        entries[found] = c.entry;
        ends[found++] = end;
      } else if (end > ends[at]!) ends[at] = end;
    }
  };
  for (let i = 0; i < view.words.length; i++) {
    const word = view.words[i]!;
    found = 0;
    // byFirst holds a variant under each word its first item matches, so that item needs no check.
    consider(lexicon.byFirst.get(word), i, true);
    consider(lexicon.byInitial.get(word.charCodeAt(0)), i, false);
    if (isNumberWord(word)) consider(lexicon.byNumber, i, false);
    consider(lexicon.anywhere, i, false);
    if (found === 0) continue;
    const startToken = view.index[i]!;
    for (let e = 0; e < found; e++) {
      out.push({
        entry: entries[e]!,
        startToken,
        endToken: view.index[ends[e]! - 1]! + 1,
        negated: negation[startToken] === 1 && !isNegator(word),
      });
    }
  }
  return out;
}
