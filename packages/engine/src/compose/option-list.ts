/**
 * The team's resolution options, read as either actions we take ("refund the charge") or things
 * we give ("a full refund"), so each can be offered in a sentence that fits it.
 */
export interface OptionList {
  kind: 'vp' | 'np';
  items: string[];
}

/**
 * Words a noun phrase starts with ("a full refund", "free delivery", "20% off"); an option that
 * starts with anything else is read as an action ("rebill using the reading you sent").
 */
const NOUN_START = new Set(
  'a an the some one two three four five your our my free full partial store extra another no any priority express next same complimentary personal'.split(
    ' ',
  ),
);

/** "I can ...", "we could ...", "option 1:" are stripped so the bank's frame supplies the voice. */
const LEAD = /^(?:option\s*\d+\s*[:.)-]\s*|(?:i|we)\s+(?:can|could|will|would|'ll)\s+|(?:to\s+))/i;

/**
 * Normalises options and decides how to phrase them. Noun phrases mixed with actions become
 * actions ("arrange a full refund") so one sentence can offer them all.
 * @example readOptions(['a full refund', 'a replacement']) // { kind: 'np', items: [...] }
 */
export function readOptions(options: readonly string[]): OptionList {
  const items = options
    .map((o) =>
      o
        .trim()
        .replace(LEAD, '')
        .replace(/[.!;,\s]+$/, ''),
    )
    .filter((o) => o.length > 0)
    // "A refund" in a list reads "a refund"; an acronym ("VIP upgrade") keeps its capitals.
    .map((o) => (/^[A-Z](?:[a-z]|\s)/.test(o) ? o.charAt(0).toLowerCase() + o.slice(1) : o));
  const isAction = (o: string): boolean => {
    const first = o.split(/\s+/)[0]!.toLowerCase();
    return !NOUN_START.has(first) && !/^[\d£$€]/.test(first);
  };
  if (items.every((o) => !isAction(o))) return { kind: 'np', items };
  return { kind: 'vp', items: items.map((o) => (isAction(o) ? o : `arrange ${o}`)) };
}

/**
 * Joins items as a list: "a", "a or b", "a, b or c".
 * @example joinList(['x', 'y', 'z'], 'or') // 'x, y or z'
 */
export function joinList(items: readonly string[], conjunction: 'or' | 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "two", "three": how many options, in words. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}
