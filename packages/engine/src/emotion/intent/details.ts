import { PRODUCTS, THING_PATTERN } from './things.js';
import type { Detail, DetailKind } from './types.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** Patterns per kind, most specific first; the first to claim a stretch of text keeps it. */
const PATTERNS: ReadonlyArray<readonly [DetailKind, RegExp]> = [
  [
    'amount',
    /(?:[£$€]\s?\d[\d,]*(?:\.\d{1,2})?(?:\s?(?:k|m|bn)\b)?)|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:pounds|dollars|euros|eur|usd|gbp|quid|cents|pence)\b/gi,
  ],
  [
    'date',
    new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|(?:last|next|this)\\s+(?:${DAY}|week|month|weekend)|(?:on\\s+)?${DAY}|yesterday|today|tomorrow|tonight)\\b`,
      'gi',
    ),
  ],
  [
    'order_number',
    /(?:\b(?:order|booking|reference|ref|ticket|case|invoice|tracking|account|policy|reservation|confirmation|customer|membership|claim|parcel)(?:\s+(?:number|no\.?|num|id|code|ref(?:erence)?))?\s*(?:is\s+|:\s*|#\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b)|#\s?[A-Z0-9-]*\d[A-Z0-9-]*|\bending(?:\s+in)?\s+\d{4}\b|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\b/g,
  ],
  // A named model ("Aura X2 headphones", "Pixel 8") or a product noun ("my kettle").
  [
    'product',
    /\b[A-Z][A-Za-z]+(?:\s+[A-Z0-9][A-Za-z0-9+-]*)*\s+[A-Z]*\d[A-Za-z0-9+-]*(?:\s+(?:pro|max|mini|plus|ultra|lite))?(?:\s+[a-z]+)?\b/g,
  ],
];

/** The identifier inside "order number 48213": what an agent would copy, without the label. */
function idPart(kind: DetailKind, match: string, start: number): { text: string; start: number } {
  if (kind !== 'order_number') return { text: match, start };
  const id = match.match(/(?:#\s?)?[A-Z0-9][A-Z0-9-]*$/);
  if (id === null || !/\d/.test(id[0])) return { text: match, start };
  return { text: id[0], start: start + match.length - id[0].length };
}

/**
 * Facts the reply will need, with their spans: order and reference numbers, dates, amounts and
 * products. Spans never overlap; they come back in text order.
 * @example extractDetails('Order #48213 for £42.99 arrived on 3 March') // order_number, amount, date
 */
export function extractDetails(text: string): Detail[] {
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const found: Detail[] = [];
  const claim = (kind: DetailKind, matchText: string, at: number) => {
    const { text: part, start } = idPart(kind, matchText.trimEnd(), at);
    const end = start + part.length;
    if (part.length === 0 || !free(start, end)) return;
    taken.push([start, end]);
    found.push({ kind, text: part, start, end });
  };
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      // A product name must end in a product noun or carry a model number next to a capital.
      if (kind === 'product' && !/\d/.test(m[0])) continue;
      claim(kind, m[0], m.index ?? 0);
    }
  }
  for (const m of text.matchAll(THING_PATTERN)) {
    const at = m.index ?? 0;
    if (!PRODUCTS.has(m[0].toLowerCase().replace('-', ' '))) continue;
    // "on the phone", "a phone call": the way they got in touch, not what they bought.
    if (/\b(on|over|by|via) the $|\bby $/i.test(text.slice(Math.max(0, at - 9), at))) continue;
    if (/^\s*(call|number|line)\b/i.test(text.slice(at + m[0].length, at + m[0].length + 8))) continue;
    claim('product', m[0], at);
  }
  return found.sort((a, b) => a.start - b.start);
}
