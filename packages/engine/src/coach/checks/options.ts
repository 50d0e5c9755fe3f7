import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { OPTION_PATTERNS } from '../lexicon/options.js';
import { optionOffer } from '../suggest/options.js';
import { closingPoint } from '../suggest/place.js';
import { type CheckOutcome, matchPatterns, onePerSentence, pass, skip, type Technique } from './check.js';

const CHOICE_IDS = new Set(['options.either_or', 'options.either', 'options.named']);

function detect(ctx: CoachContext): Span[] {
  return onePerSentence(ctx.reply, matchPatterns(ctx.reply, OPTION_PATTERNS));
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (!c.present || !c.problem) return skip('There is no problem to solve, so no options are needed.', found);
  const why = 'A choice gives the customer a part in the solution and a sense of control.';
  const choices = found.filter((s) => CHOICE_IDS.has(s.source)).length + (found.length >= 2 ? 1 : 0);
  if (choices > 0) return pass('The reply offers the customer a choice.', why, found);
  if (found.length === 1) {
    return {
      status: 'improve',
      message: 'The reply offers one way forward; two or three let the customer choose.',
      why,
      spans: found,
      suggestion: { text: ` ${optionOffer(ctx)}`, replace: closingPoint(ctx.reply) },
    };
  }
  return {
    status: 'improve',
    message: 'The reply offers no options or suggestions for the customer to choose from.',
    why,
    spans: [],
    suggestion: { text: ` ${optionOffer(ctx)}`, replace: closingPoint(ctx.reply) },
  };
}

/** Offers the customer a choice or a suggestion, ideally two or three. */
export const options: Technique = { id: 'options', weight: 8, detect, judge };
