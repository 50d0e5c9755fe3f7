import type { FactKind } from './types.js';
import { ABBREVIATIONS, CITIES, CITY_ZONES, channel, LIFE_EVENTS, ZONE_ABBREVIATIONS } from './vocabulary.js';

/**
 * One extraction rule: a pattern and how to read a fact out of its match. Rules are data, kept
 * here in one list, so a new kind of fact is a new entry, and every fact names the rule it came from.
 */
export interface FactRule {
  id: string;
  kind: FactKind;
  pattern: RegExp;
  key: (m: RegExpExecArray) => string | undefined;
  value: (m: RegExpExecArray) => string | undefined;
  confidence: number;
  /** Rules whose own words are a negation ("don't call me") must not be discounted for it. */
  negationIsMeaning?: boolean;
}

const DAY =
  '(?:(?:next|this)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|tomorrow|tonight|end\\s+of\\s+(?:the\\s+)?(?:day|week|month)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+\\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?';
const RELATIONS_ONE =
  'wife|husband|partner|mother|mum|mom|father|dad|boss|manager|fianc[ée]e?|girlfriend|boyfriend';
const RELATIONS_MANY =
  'son|daughter|sister|brother|friend|colleague|assistant|grandmother|grandfather|grandma|grandpa';
const NAME = "([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?:\\s+[A-Z][a-z]+)?)";
const PRODUCT_WORD = '(?:[A-Za-z]*[A-Z][\\w+-]*|\\d+[\\w+-]*)';
const NOT_PRODUCTS = new Set(['i', 'the', 'a', 'an', 'my', 'your', 'it', 'this', 'that', 'monday', 'friday']);

const trimName = (s: string | undefined) => s?.trim().replace(/\s+/g, ' ');

export const FACT_RULES: readonly FactRule[] = [
  {
    id: 'contact.by_channel',
    kind: 'contact_preference',
    pattern:
      /\b(?:contact|reach|get\s+hold\s+of|email|call|phone|text|message)\s+me\s+(?:only\s+)?(?:by|via|on|through|over)\s+(e-?mail|phone|text|sms|whatsapp|chat|post|mail)\b/gi,
    key: () => 'channel',
    value: (m) => channel(m[1]),
    confidence: 0.85,
  },
  {
    id: 'contact.prefer',
    kind: 'contact_preference',
    pattern:
      /\b(?:i|we)\s*(?:'d|would)?\s+(?:much\s+|really\s+)?prefer\s+(?:to\s+be\s+contacted\s+by\s+|to\s+hear\s+by\s+|(?:an?\s+)?)(e-?mail|phone\s+calls?|phone|calls?|texts?|sms|whatsapp|chat|letters?)\b/gi,
    key: () => 'channel',
    value: (m) => channel(m[1]),
    confidence: 0.9,
  },
  {
    id: 'contact.please_channel',
    kind: 'contact_preference',
    pattern:
      /\bplease\s+(?:just\s+|only\s+)?(email|e-mail|call|phone|ring|text|whatsapp)\s+me\b(?!\s+(?:by|via|on|back))/gi,
    key: () => 'channel',
    value: (m) => channel(m[1]),
    confidence: 0.7,
  },
  {
    id: 'contact.avoid',
    kind: 'contact_preference',
    pattern:
      /\b(?:please\s+)?(?:do\s*n[o']?t|never|stop)\s+(call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|email(?:ing)?|e-mail(?:ing)?|text(?:ing)?)\s+me\b/gi,
    key: () => 'avoid_channel',
    value: (m) => channel(m[1]?.replace(/ing$/, '').replace(/^ring$/, 'call')),
    confidence: 0.9,
    negationIsMeaning: true,
  },
  {
    id: 'contact.time',
    kind: 'contact_preference',
    pattern:
      /\b(?:call|reach|contact|ring)\s+me\s+(?:only\s+)?((?:after|before)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|between\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+and\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|in\s+the\s+(?:morning|afternoon|evening)s?|on\s+(?:weekdays|weekends))/gi,
    key: () => 'contact_time',
    value: (m) => m[1]?.toLowerCase().replace(/\s+/g, ' '),
    confidence: 0.85,
  },
  {
    id: 'time_zone.stated',
    kind: 'time_zone',
    pattern: /\bmy\s+time\s*zone\s+is\s+([A-Za-z]+\/[A-Za-z_]+|[A-Za-z]{3,4})\b/gi,
    key: () => 'time_zone',
    value: (m) => (m[1]?.includes('/') ? m[1] : ZONE_ABBREVIATIONS[m[1]?.toLowerCase() ?? '']),
    confidence: 0.95,
  },
  {
    id: 'time_zone.clock_time',
    kind: 'time_zone',
    pattern: new RegExp(`\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s+(${ABBREVIATIONS})\\b`, 'gi'),
    key: () => 'time_zone',
    value: (m) => ZONE_ABBREVIATIONS[m[1]?.toLowerCase() ?? ''],
    confidence: 0.7,
  },
  {
    id: 'time_zone.location',
    kind: 'time_zone',
    pattern: new RegExp(
      `\\b(?:i'?m|i am|we'?re|we are)\\s+(?:based|located|living)\\s+in\\s+(${CITIES})\\b`,
      'gi',
    ),
    key: () => 'time_zone',
    value: (m) => CITY_ZONES[m[1]?.toLowerCase() ?? ''],
    confidence: 0.65,
  },
  ...LIFE_EVENTS.map(
    (event): FactRule => ({
      id: `life_event.${event.id}`,
      kind: 'life_event',
      pattern: event.pattern,
      key: () => event.id,
      value: () => event.label,
      confidence: event.confidence,
    }),
  ),
  {
    id: 'plan.on',
    kind: 'plan',
    pattern: new RegExp(
      `\\b(?:[Ii]'?m|I am|[Ww]e'?re|[Ww]e are|[Ii]'ve been|[Ww]e've been)\\s+on\\s+(?:the|a|your)\\s+((?:${PRODUCT_WORD}\\s+){0,2}?(?:${PRODUCT_WORD}|basic|family|business|premium|free|annual|monthly|student))\\s+(plan|tier|subscription|package|membership)\\b`,
      'g',
    ),
    key: () => 'plan',
    value: (m) => `${trimName(m[1])} ${m[2]}`,
    confidence: 0.85,
  },
  {
    id: 'plan.changed_to',
    kind: 'plan',
    pattern: new RegExp(
      `\\b(?:upgraded|downgraded|switched|moved)\\s+(?:me\\s+|us\\s+)?to\\s+(?:the\\s+)?((?:${PRODUCT_WORD}\\s+){0,2}?${PRODUCT_WORD})\\s+(plan|tier|subscription)\\b`,
      'gi',
    ),
    key: () => 'plan',
    value: (m) => `${trimName(m[1])} ${m[2]?.toLowerCase()}`,
    confidence: 0.8,
  },
  {
    id: 'product.owns',
    kind: 'product',
    pattern: new RegExp(
      `\\b(?:I|we)\\s+(?:use|have|own|bought|purchased|ordered|got)\\s+(?:the\\s+|a\\s+|an\\s+|your\\s+|two\\s+)?(${PRODUCT_WORD}(?:\\s+${PRODUCT_WORD}){0,3})`,
      'g',
    ),
    key: (m) => productKey(m[1]),
    value: (m) => trimName(m[1]),
    confidence: 0.7,
  },
  {
    id: 'product.my',
    kind: 'product',
    pattern: new RegExp(`\\b[Mm]y\\s+(${PRODUCT_WORD}(?:\\s+${PRODUCT_WORD}){0,3})`, 'g'),
    key: (m) => productKey(m[1]),
    value: (m) => trimName(m[1]),
    confidence: 0.55,
  },
  {
    id: 'deadline.need_by',
    kind: 'deadline',
    pattern: new RegExp(
      `\\b(?:need(?:s|ed)?|must|has\\s+to|have\\s+to|deadline|due|arrive|ready|fixed|sorted|resolved)\\b[^.!?]{0,40}?\\b(by|before|until|no\\s+later\\s+than)\\s+(${DAY})\\b`,
      'gi',
    ),
    key: (m) => m[2]?.toLowerCase().replace(/\s+/g, ' '),
    value: (m) => `${m[1]?.toLowerCase()} ${m[2]?.replace(/\s+/g, ' ')}`,
    confidence: 0.8,
  },
  {
    id: 'deadline.event_on',
    kind: 'deadline',
    pattern: new RegExp(
      `\\b(?:my|our)\\s+(flight|wedding|exam|interview|move|trip|surgery|appointment|meeting|event|party|holiday|vacation)\\s+(?:is\\s+|leaves\\s+)?(?:on\\s+|this\\s+|next\\s+)?(${DAY})\\b`,
      'gi',
    ),
    key: (m) => m[1]?.toLowerCase(),
    value: (m) => `${m[1]?.toLowerCase()} on ${m[2]?.replace(/\s+/g, ' ')}`,
    confidence: 0.8,
  },
  {
    id: 'person.relation',
    kind: 'person',
    pattern: new RegExp(`\\b[Mm]y\\s+(${RELATIONS_ONE}|${RELATIONS_MANY})\\s*,?\\s+${NAME}`, 'g'),
    key: (m) => {
      const relation = m[1]?.toLowerCase();
      if (!relation) return undefined;
      return new RegExp(`^(?:${RELATIONS_MANY})$`).test(relation)
        ? `${relation}:${trimName(m[2])?.toLowerCase()}`
        : relation;
    },
    value: (m) => trimName(m[2]),
    confidence: 0.85,
  },
  {
    id: 'person.self',
    kind: 'person',
    pattern: new RegExp(`\\b[Mm]y\\s+name\\s+is\\s+${NAME}`, 'g'),
    key: () => 'self',
    value: (m) => trimName(m[1]),
    confidence: 0.9,
  },
  {
    id: 'person.spoke_to',
    kind: 'person',
    pattern: new RegExp(`\\b(?:spoke|talked|chatted)\\s+(?:to|with)\\s+${NAME}`, 'g'),
    key: (m) => `spoke_to:${trimName(m[1])?.toLowerCase()}`,
    value: (m) => trimName(m[1]),
    confidence: 0.7,
  },
];

function productKey(name: string | undefined): string | undefined {
  const clean = trimName(name);
  if (!clean) return undefined;
  const first = clean.split(' ')[0]?.toLowerCase() ?? '';
  // Sentence words in capitals ("I", "The") and relations are not products.
  if (NOT_PRODUCTS.has(first) || new RegExp(`^(?:${RELATIONS_ONE}|${RELATIONS_MANY})$`, 'i').test(first)) {
    return undefined;
  }
  if (!/[A-Z0-9]/.test(clean)) return undefined;
  return clean.toLowerCase();
}
