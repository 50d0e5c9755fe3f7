import { phraseSignature, renderPhrase, type Slots } from './phrase-render.js';
import type { Phrase } from './phrases/phrase.js';
import type { Prng } from './prng.js';
import { normaliseSentence } from './sentences.js';

/** A phrase chosen for one draft, already rendered. */
export interface Picked {
  id: string;
  text: string;
}

/**
 * Picks `n` different phrasings from a bank in a seeded order, for `n` drafts that must not share
 * a sentence. Phrasings already used in this conversation (`previous`, normalised) come last and
 * only if the bank runs out; phrases whose slots cannot be filled are never picked.
 * @example pickDistinct(APOLOGY, 3, createPrng(1), '', {}) // three different apologies
 */
export function pickDistinct(
  phrases: readonly Phrase[],
  n: number,
  rng: Prng,
  previous: string,
  slots: Slots,
): Picked[] {
  const fresh: Picked[] = [];
  const used: Picked[] = [];
  for (const phrase of rng.shuffle(phrases)) {
    const text = renderPhrase(phrase, slots);
    if (text === null) continue;
    const signature = phraseSignature(phrase);
    // A phrase too short to have a signature ("So {p}.") still counts as used if it was sent verbatim.
    const key = signature ?? normaliseSentence(text);
    const seen = key.length > 0 && ` ${previous} `.includes(` ${key} `);
    (seen ? used : fresh).push({ id: phrase.id, text });
  }
  const ordered = [...fresh, ...used];
  if (ordered.length === 0) return [];
  // A bank smaller than n repeats itself rather than leaving a draft without the move.
  return Array.from({ length: n }, (_, i) => ordered[i % ordered.length] as Picked);
}
