import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { COMMITMENT, SCHEDULED, TIME_EXPRESSION } from '../lexicon/next-step.js';
import { closingPoint } from '../suggest/place.js';
import { type CheckOutcome, pass, sentenceSpan, skip, type Technique } from './check.js';
import { information } from './information.js';

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Sentences that say what happens next; the span's source says whether they also say when. */
function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const out: Span[] = [];
  for (const s of doc.body) {
    const f = doc.folded.slice(s.start, s.end);
    const when = test(TIME_EXPRESSION, f);
    // "If it happens again, I'll ..." is a fallback, not a step; a dated event is one either way.
    const conditional = /^(?:\w+,\s*)?if\b/.test(f.trim());
    const promised = test(COMMITMENT, f) && !conditional;
    const scheduled = when && test(SCHEDULED, f);
    if (!promised && !scheduled) continue;
    out.push(sentenceSpan(doc, s, when ? 'next_step.when' : 'next_step'));
  }
  return out;
}

function answered(ctx: CoachContext): boolean {
  return information.detect(ctx).length > 0;
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (c.present && !c.problem && !c.request) {
    return skip('Nothing is pending for the customer, so no next step is needed.', found);
  }
  // A question answered on the spot leaves nothing pending.
  if (c.present && !c.problem && found.length === 0 && answered(ctx)) {
    return skip('The reply answers the request on the spot; nothing is left pending.', found);
  }
  const why = 'Customers worry most about what happens next; a clear step with a time ends the uncertainty.';
  const timed = found.filter((s) => s.source === 'next_step.when');
  if (timed.length > 0) return pass('The reply says what happens next and when.', why, found);
  if (found.length > 0) {
    const s = found[0]!;
    const text = s.text.replace(/[.!]*$/, '');
    return {
      status: 'improve',
      message: 'The reply says what happens next but not when.',
      why,
      spans: found,
      suggestion: {
        text: `${text} by the end of tomorrow, and I'll update you then either way.`,
        replace: s,
      },
    };
  }
  return {
    status: 'improve',
    message: 'The reply does not say what happens next.',
    why,
    spans: [],
    suggestion: {
      text: " Next, I'll check on this myself and email you an update by the end of tomorrow.",
      replace: closingPoint(ctx.reply),
    },
  };
}

/** Says what happens next and when. */
export const nextStep: Technique = { id: 'next_step', weight: 10, detect, judge };
