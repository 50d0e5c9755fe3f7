import type { OptionList } from './option-list.js';
import { countWord, joinList } from './option-list.js';
import type { Phrase } from './phrases/phrase.js';
import { normaliseSentence } from './sentences.js';

/** Values for a phrase's slots; a phrase needing an absent slot is not used. */
export interface Slots {
  name?: string;
  agent?: string;
  p?: string;
  opts?: OptionList;
  ns?: string;
  deadline?: string;
  channel?: string;
  year?: string;
  event?: string;
  who?: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function slotValue(slot: string, slots: Slots): string | undefined {
  switch (slot) {
    case 'p':
      return slots.p;
    case 'P':
      return slots.p === undefined ? undefined : capitalise(slots.p);
    case 'ns':
      return slots.ns;
    case 'NS':
      return slots.ns === undefined ? undefined : capitalise(slots.ns);
    case 'opts:or':
      return slots.opts && slots.opts.items.length >= 2 ? joinList(slots.opts.items, 'or') : undefined;
    case 'opts:and':
      return slots.opts && slots.opts.items.length >= 2 ? joinList(slots.opts.items, 'and') : undefined;
    case 'count':
      return slots.opts && slots.opts.items.length >= 2 ? countWord(slots.opts.items.length) : undefined;
    case 'a':
      return slots.opts?.items.length === 1 ? slots.opts.items[0] : undefined;
    case 'A':
      return slots.opts?.items.length === 1 ? capitalise(slots.opts.items[0]!) : undefined;
    case 'name':
    case 'agent':
    case 'deadline':
    case 'channel':
    case 'year':
    case 'event':
    case 'who':
      return slots[slot];
    default:
      return undefined;
  }
}

/**
 * Fills a phrase's slots, or returns null when one of them has no value.
 * @example renderPhrase({ id: 'x', text: 'So {p}.' }, { p: 'you were charged twice' }) // 'So you were charged twice.'
 */
export function renderPhrase(phrase: Phrase, slots: Slots): string | null {
  let missing = false;
  const text = phrase.text.replace(/\{([A-Za-z:]+)\}/g, (_, slot: string) => {
    const value = slotValue(slot, slots);
    if (value === undefined || value === '') missing = true;
    return value ?? '';
  });
  return missing ? null : text;
}

/**
 * The part of a phrase that identifies its wording: its longest stretch of fixed words (two
 * or more). A reply that contains it has used this phrasing. Phrases made only of slots have none.
 * @example phraseSignature({ id: 'x', text: "If I've understood correctly, {p}." }) // "if i've understood correctly"
 */
export function phraseSignature(phrase: Phrase): string | null {
  const pieces = phrase.text
    .split(/\{[A-Za-z:]+\}/)
    .map(normaliseSentence)
    .filter((piece) => piece.split(' ').length >= 2);
  if (pieces.length === 0) return null;
  return pieces.reduce((a, b) => (b.length > a.length ? b : a));
}
