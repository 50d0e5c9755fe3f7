import { shiftPerson } from '../text/shift-person.js';

/** A remembered fact the reply can use, with the slot values its phrase needs. */
export type UsableFact =
  | { kind: 'channel'; channel: string }
  | { kind: 'tenure'; year: string }
  | { kind: 'event'; event: string };

const CHANNEL =
  /\bprefers?\s+(?:to be contacted by\s+|contact by\s+|being contacted by\s+)?(e-?mail|phone calls?|phone|text messages?|texts?|sms|chat|whatsapp)\b/i;
const TENURE = /\b(?:customer|member|client|with us|subscriber)\s+since\s+((?:19|20)\d\d)\b/i;
const EVENT =
  /\b(?:travel(?:l)?ing|flying|going|preparing|saving)\s+(?:to|for)\s+((?:his|her|their|my|a|the)\s+[\w' -]{3,40}?)(?:[.,;]|$)/i;

/**
 * The facts a reply can honestly use: a channel preference, how long they have been with us,
 * something coming up in their life. Anything else is left to the agent.
 * @example readFacts(['prefers email', 'customer since 2019']) // [{ kind: 'channel', ... }, { kind: 'tenure', ... }]
 */
export function readFacts(facts: readonly string[]): UsableFact[] {
  const out: UsableFact[] = [];
  for (const fact of facts) {
    const channel = fact.match(CHANNEL);
    if (channel) {
      const word = channel[1]!.toLowerCase();
      out.push({ kind: 'channel', channel: word.startsWith('e') ? 'email' : word.replace(/s$/, '') });
      continue;
    }
    const tenure = fact.match(TENURE);
    if (tenure) {
      out.push({ kind: 'tenure', year: tenure[1]! });
      continue;
    }
    const event = fact.match(EVENT);
    if (event) {
      // Facts are written about the customer ("her daughter's wedding"); the reply speaks to them.
      const phrase = shiftPerson(event[1]!.trim()).replace(/^(his|her|their)\b/i, 'your');
      out.push({ kind: 'event', event: phrase });
    }
  }
  return out;
}
