import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { APOLOGY_PATTERNS, NON_APOLOGY } from '../lexicon/apology.js';
import { openingPoint, withName } from '../suggest/place.js';
import { problemPhrase } from '../suggest/problem.js';
import {
  type CheckOutcome,
  matchPatterns,
  onePerSentence,
  pass,
  sentenceAt,
  skip,
  type Technique,
} from './check.js';

function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  return onePerSentence(
    doc,
    matchPatterns(doc, APOLOGY_PATTERNS).filter((sp) => {
      const s = sentenceAt(doc, sp.start);
      if (s === undefined) return false;
      NON_APOLOGY.lastIndex = 0;
      return !NON_APOLOGY.test(doc.folded.slice(s.start, s.end));
    }),
  );
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (!c.present) return skip('No customer message to apologise to.', found);
  if (c.happy) return skip('The customer is happy; no apology is needed.', found);
  const hurt = c.serviceFailure || (c.negative && c.dominant !== 'confusion') || c.dominant === 'sadness';
  if (!hurt)
    return skip('Nothing went wrong for the customer and they are not hurt, so no apology is owed.', found);
  const why = c.serviceFailure
    ? 'Something went wrong on our side; owning it comes before fixing it.'
    : `The customer is ${c.dominant ?? 'upset'}; a sincere apology shows we take it seriously.`;
  if (found.length > 0) return pass('The reply apologises.', why, found);
  const problem = problemPhrase(ctx);
  const line = problem !== undefined ? `I'm really sorry that ${problem}.` : "I'm really sorry about this.";
  return {
    status: 'improve',
    message: 'The customer is hurt or let down, and the reply does not apologise.',
    why,
    spans: [],
    suggestion: { text: `${withName(line, ctx.customerName)} `, replace: openingPoint(ctx.reply) },
  };
}

/** Apologises where we are at fault or the customer is hurt. */
export const apology: Technique = { id: 'apology', weight: 10, detect, judge };
