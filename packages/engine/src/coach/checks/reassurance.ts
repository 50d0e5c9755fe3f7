import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { REASSURANCE_PATTERNS } from '../lexicon/reassurance.js';
import { PHRASES } from '../suggest/phrasebank.js';
import { closingPoint } from '../suggest/place.js';
import { type CheckOutcome, matchPatterns, onePerSentence, pass, skip, type Technique } from './check.js';

function detect(ctx: CoachContext): Span[] {
  return onePerSentence(ctx.reply, matchPatterns(ctx.reply, REASSURANCE_PATTERNS));
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (!c.present) return skip('No customer message to reassure.', found);
  if (!c.negative) return skip('The customer is not worried or upset, so reassurance is not needed.', found);
  const worried = c.dominant === 'anxiety' || c.dominant === 'urgency' || c.dominant === 'sadness';
  const why = worried
    ? 'The customer is anxious; certainty that it will be handled is what calms worry.'
    : 'The customer is upset; saying it will be handled restores confidence.';
  if (found.length > 0) return pass('The reply reassures the customer it will be handled.', why, found);
  return {
    status: 'improve',
    message: 'The reply does not reassure the customer that this will be handled.',
    why,
    spans: [],
    suggestion: {
      text: ` ${PHRASES[c.dominant ?? 'frustration'].reassure}`,
      replace: closingPoint(ctx.reply),
    },
  };
}

/** Affirms and reassures: it will be handled, they did nothing wrong, their money is safe. */
export const reassurance: Technique = { id: 'reassurance', weight: 8, detect, judge };
