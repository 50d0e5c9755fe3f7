import type { Token } from '../text/index.js';
import type { LexiconMatch } from './lexicon/index.js';

// People a customer writes about; a feeling word right before one of them is that person's feeling.
const PEOPLE: ReadonlySet<string> = new Set(
  'daughter son daughters sons kid kids child children baby mum mom mother dad father parent parents wife husband partner boyfriend girlfriend fiance fiancee grandmother grandfather grandma grandpa nan gran sister brother family friend friends colleague colleagues boss customer customers guest guests passenger passengers dog cat puppy'.split(
    ' ',
  ),
);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
// Words that say a thanked-for act made a bad thing better ("made a horrible week easier").
const RELIEF: ReadonlySet<string> = new Set(
  'easier better bearable lighter calmer smoother manageable survivable saved rescued less'.split(' '),
);
const SENTENCE_END = /[.!?\n]/;

/**
 * A feeling word that describes someone else ("my nervous daughter", "our anxious dog"): the
 * customer is telling us about them, not feeling it themselves.
 * @example aboutSomeoneElse(match, tokens) // true for "nervous" in "my nervous daughter"
 */
export function aboutSomeoneElse(m: LexiconMatch, tokens: readonly Token[]): boolean {
  if (!m.entry.id.startsWith('feel.')) return false;
  const prev = tokens[m.startToken - 1];
  const next = tokens[m.endToken];
  return prev !== undefined && next !== undefined && POSSESSIVES.has(prev.norm) && PEOPLE.has(next.norm);
}

/**
 * For each token, whether its sentence thanks someone for making a bad thing better ("thank you
 * for making a horrible week easier"): the bad words there are the past the customer was helped
 * through, not how they feel now. Sarcastic thanks ("thanks for the horrible service") has no
 * relief word and is left alone.
 */
export function reliefSentences(tokens: readonly Token[]): (t: number) => boolean {
  const sentenceOf: number[] = [];
  let sentence = 0;
  for (const t of tokens) {
    sentenceOf.push(sentence);
    if (t.kind === 'punct' && SENTENCE_END.test(t.text)) sentence++;
  }
  const thanked = new Set<number>();
  const relieved = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.norm === 'thank' || t.norm === 'thanks' || t.norm === 'grateful') thanked.add(sentenceOf[i]!);
    if (RELIEF.has(t.norm)) relieved.add(sentenceOf[i]!);
  });
  return (i) => thanked.has(sentenceOf[i]!) && relieved.has(sentenceOf[i]!);
}
