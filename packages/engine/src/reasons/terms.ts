import { REASON_STOPWORDS } from './stopwords.js';

/** The terms of one text: unigram and bigram stems, and the words each stem was written as. */
export interface TextTerms {
  /** Term stems with repeats ("deliveri", "late deliveri"). */
  terms: string[];
  /** For each term stem, the surface forms seen in this text (for naming reasons in real words). */
  surfaces: Array<[term: string, surface: string]>;
}

// Mentions, links, e-mail addresses and anything with a digit are never a reason: drop them whole.
const NOISE_RE = /(?:https?:\/\/\S+|\S+@\S+|@\w+|#\w+|\S*\d\S*)/g;
const CLAUSE_RE = /[.!?;:,()"\n\u2026]+/;
const WORD_RE = /[a-z]+(?:'[a-z]+)?/g;

/**
 * Splits a text into content-word stems and adjacent-pair bigrams (within a clause, never across
 * a stop word), so "charged twice" and "charge twice" meet, and "late delivery" is one term.
 * @example textTerms('The delivery was late again').terms // ['deliveri', 'late', ...]
 */
export function textTerms(text: string): TextTerms {
  const terms: string[] = [];
  const surfaces: Array<[string, string]> = [];
  const clean = text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(NOISE_RE, ' ');
  for (const clause of clean.split(CLAUSE_RE)) {
    let previous: { stem: string; word: string } | undefined;
    for (const match of clause.matchAll(WORD_RE)) {
      const word = match[0].replace(/'s$/, '');
      if (word.length < 3 || REASON_STOPWORDS.has(word)) {
        previous = undefined;
        continue;
      }
      const stem = stemWord(word);
      terms.push(stem);
      surfaces.push([stem, word]);
      if (previous) {
        const pair = `${previous.stem} ${stem}`;
        terms.push(pair);
        surfaces.push([pair, `${previous.word} ${word}`]);
      }
      previous = { stem, word };
    }
  }
  return { terms, surfaces };
}

/**
 * A light suffix stripper (plural, -ed, -ing, -ly, final e), enough to meet "crashes", "crashed"
 * and "crashing" at "crash". It never has to produce a real word: reasons are named by the
 * surface forms people wrote.
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  // "shipp" → "ship", "stopp" → "stop": undo the doubling that -ed and -ing bring.
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}
