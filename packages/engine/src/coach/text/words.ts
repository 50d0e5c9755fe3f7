import { CONCEPTS } from '../lexicon/concepts.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { lemma } from './lemma.js';

/** A word of the folded text with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// "three weeks" in a reply meets "3 weeks" in the customer's message.
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
  twice: '2',
  third: '3',
  fifth: '5',
};

const WORD_RE = /[\p{L}\d][\p{L}\d'-]*/gu;

/**
 * The words of an already folded text, with offsets.
 * @example words("i'm ok") // [{ text: "i'm", ... }, { text: 'ok', ... }]
 */
export function words(folded: string, from = 0, to = folded.length): Word[] {
  const out: Word[] = [];
  const slice = folded.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) {
    const t = m[0].replace(/['-]+$/, '');
    out.push({ text: t, start: from + m.index, end: from + m.index + t.length });
  }
  return out;
}

/** True for words that carry content (not "the", "please", "thanks" ...). */
export function isContent(word: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !STOPWORDS.has(word);
}

/**
 * The concept a word stands for: synonyms that agents use for the customer's words ("parcel" for
 * "package") share one concept, so a paraphrase in our own words still meets the customer's.
 * @example concept('parcel') === concept('package') // true
 */
export function concept(word: string): string {
  const number = NUMBER_WORDS[word];
  if (number !== undefined) return number;
  const l = lemma(word);
  return CONCEPTS.get(l) ?? l;
}

/**
 * The content concepts of a folded text, each with the first word that carried it.
 * @example contentConcepts('my parcel never arrived').has(concept('package')) // true
 */
export function contentConcepts(folded: string, from = 0, to = folded.length): Map<string, Word> {
  const out = new Map<string, Word>();
  for (const w of words(folded, from, to)) {
    if (!isContent(w.text)) continue;
    const c = concept(w.text);
    if (!out.has(c)) out.set(c, w);
  }
  return out;
}
