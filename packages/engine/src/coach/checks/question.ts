import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { NOT_CLARIFYING, QUESTION_OPENING, RHETORICAL } from '../lexicon/question.js';
import { closingPoint } from '../suggest/place.js';
import { type CheckOutcome, pass, sentenceSpan, skip, type Technique } from './check.js';

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Questions that ask for the customer's information or view, not offers or scolding. */
function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const out: Span[] = [];
  for (const s of doc.body) {
    const f = doc.folded.slice(s.start, s.end).trim();
    // A question mark, or a typed question that lost it ("could you send me the number.").
    const asks = f.includes('?') || (test(QUESTION_OPENING, f) && !f.endsWith('!'));
    if (!asks) continue;
    if (test(NOT_CLARIFYING, f) || test(RHETORICAL, f)) continue;
    // "Would you like X or Y?" is an offer of options, not a question about their situation.
    if (/\bor\b/.test(f) && /^(?:\w+,\s*)?(?:would|do|shall|should) (?:you|i|we)\b/.test(f)) continue;
    out.push(sentenceSpan(doc, s, 'question'));
  }
  return out;
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (found.length > 0) {
    return pass(
      'The reply asks the customer a question to understand their situation.',
      'Asking shows interest and gets what you need to help.',
      found,
    );
  }
  if (!c.present) return skip('No customer message to ask about.');
  const unclear = (c.emotions.get('confusion') ?? 0) >= 0.3 || (c.problem && c.concepts.size < 5);
  if (!unclear) return skip('The customer’s message is clear enough to act on without asking.');
  return {
    status: 'improve',
    message: 'The customer’s message leaves things unclear, and the reply asks nothing.',
    why: 'When the problem is vague or the customer is confused, a clarifying question avoids a wrong fix.',
    spans: [],
    suggestion: {
      text: ' Could you tell me a little more about what happened, so I can fix the right thing?',
      replace: closingPoint(ctx.reply),
    },
  };
}

/** Asks a clarifying or exploring question. */
export const question: Technique = { id: 'question', weight: 5, detect, judge };
