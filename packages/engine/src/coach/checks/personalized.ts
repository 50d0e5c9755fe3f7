import type { Span } from '../../emotion/types.js';
import { type CoachContext, replyConcepts } from '../context.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { withName } from '../suggest/place.js';
import { fold } from '../text/fold.js';
import { findAll } from '../text/spans.js';
import { contentConcepts } from '../text/words.js';
import { type CheckOutcome, pass, type QualityCheck, skip } from './check.js';

const GREETING_NAME = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[\s,]+(\p{Lu}[\p{L}'-]+)/u;
const GENERIC = new Set(['order', 'account', 'help', 'issue', 'problem', 'thank', 'contact', 'today']);

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function evidence(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const out: Span[] = [];
  const name = ctx.customerName?.split(/\s+/)[0];
  if (name !== undefined && name.length > 1) {
    out.push(
      ...findAll(
        doc.text,
        doc.folded,
        new RegExp(`\\b${escapeRe(fold(name))}\\b`, 'gu'),
        'personalized.name',
      ),
    );
  } else if (doc.greeting !== undefined) {
    const m = GREETING_NAME.exec(doc.greeting.text);
    if (m !== null && !/^(?:there|team|all|customer|sir|madam|everyone|folks)$/i.test(m[1]!)) {
      const at = doc.greeting.start + doc.greeting.text.indexOf(m[1]!);
      out.push({ start: at, end: at + m[1]!.length, text: m[1]!, source: 'personalized.name' });
    }
  }
  for (const spec of ctx.customer.specifics) {
    out.push(...findAll(doc.text, doc.folded, new RegExp(escapeRe(spec), 'g'), 'personalized.specific'));
  }
  const mine = replyConcepts(doc);
  const shared = [...mine].filter(([c]) => !GENERIC.has(c) && ctx.customer.concepts.has(c));
  if (shared.length >= 2) {
    for (const [, w] of shared.slice(0, 4))
      out.push({
        start: w.start,
        end: w.end,
        text: doc.text.slice(w.start, w.end),
        source: 'personalized.their_words',
      });
  }
  for (const fact of ctx.facts) {
    const factConcepts = contentConcepts(fold(fact));
    for (const [c, w] of mine) {
      if (factConcepts.has(c) && !GENERIC.has(c))
        out.push({
          start: w.start,
          end: w.end,
          text: doc.text.slice(w.start, w.end),
          source: 'personalized.fact',
        });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const THING_RE = /\b(?:my|our|the|this|your)\s+((?:[a-z]+\s+)?[a-z]+)/gi;
const THING_STOP = /^(?:same|other|last|first|whole|only|way|time|problem|issue|thing|one|day)$/;

/** A thing the customer wrote about ("the new router" → "new router"), to name it back to them. */
function theirThing(text: string): string | undefined {
  for (const m of text.matchAll(THING_RE)) {
    const parts = m[1]!.toLowerCase().split(/\s+/);
    while (
      parts.length > 0 &&
      (STOPWORDS.has(parts[parts.length - 1]!) || /(?:ly|ed|ing)$/.test(parts[parts.length - 1]!))
    )
      parts.pop();
    if (parts.length > 0 && !THING_STOP.test(parts[parts.length - 1]!)) return parts.join(' ');
  }
  return undefined;
}

function run(ctx: CoachContext): CheckOutcome {
  const c = ctx.customer;
  if (!c.present && ctx.customerName === undefined && ctx.facts.length === 0) {
    return skip('Nothing is known about the customer to personalise with.');
  }
  const found = evidence(ctx);
  const why = 'Using their name and their details shows a person read their message, not a queue.';
  const hasName = found.some((s) => s.source === 'personalized.name');
  const hasDetail = found.some((s) => s.source !== 'personalized.name');
  if (hasDetail)
    return pass(
      hasName ? 'Personal: uses their name and their details.' : 'Personal: refers to their details.',
      why,
      found,
    );
  const name = ctx.customerName?.split(/\s+/)[0];
  const thing = theirThing(c.text);
  const text =
    ctx.facts[0] !== undefined
      ? withName(
          `I've kept in mind that ${ctx.facts[0].replace(/^./, (ch) => ch.toLowerCase()).replace(/[.!]$/, '')}. `,
          name,
        )
      : withName(
          thing !== undefined
            ? `Thanks for telling us about your ${thing}. `
            : 'Thanks for the details you sent. ',
          name,
        );
  return {
    status: 'improve',
    message: hasName
      ? 'Uses their name but nothing specific to their situation.'
      : 'Nothing in the reply is specific to this customer (name, details, what we know about them).',
    why,
    spans: found,
    suggestion: {
      text,
      replace: {
        start: ctx.reply.body[0]?.start ?? 0,
        end: ctx.reply.body[0]?.start ?? 0,
        text: '',
        source: 'coach.insert.opening',
      },
    },
  };
}

/** Uses the customer's name, their specifics, what we remember about them. */
export const personalized: QualityCheck = { id: 'personalized', weight: 8, run };
