/** A sentence (or a line such as a greeting or sign-off) with its offsets in the reply. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A full stop after these is not a sentence end ("Mr. Lee", "e.g. this").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'inc',
  'ltd',
  'jr',
  'sr',
  'ref',
  'acct',
  'min',
  'max',
]);

/**
 * Splits a reply into sentences and lines. Line breaks always end a unit, because greetings and
 * sign-offs ("Hi Maria," / "Best, Sam") stand on their own lines in written replies.
 * @example splitSentences('Hi Ana,\nSorry! It is fixed.').map((s) => s.text) // ['Hi Ana,', 'Sorry!', 'It is fixed.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < text.length && /[.!?)"'’”]/.test(text[j + 1]!)) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/.test(next)) {
      i = j;
      continue;
    }
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase();
      if (word !== undefined && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) {
        i = j;
        continue;
      }
    }
    push(j + 1);
    i = j;
  }
  push(text.length);
  return out;
}
