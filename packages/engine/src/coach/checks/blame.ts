import type { CoachContext } from '../context.js';
import { BLAME_PATTERNS } from '../lexicon/blame.js';
import { reframeBlame } from '../suggest/blame.js';
import { before, type CheckOutcome, pass, type QualityCheck } from './check.js';
import { flag, matchCase, restOfClause } from './respect.js';

// "None of this is your fault" and "it's not your mistake" take blame away, not put it on.
const NEGATED = /\b(?:none(?: of)?|not|never|no|nothing)\b(?:\s+\w+){0,1}\s*$/;

/**
 * "You were told you'd get a call back" restating the customer's own "I was told ..." is
 * listening, not blame: the phrase, shifted back to the first person, is in their message.
 */
function restatesCustomer(ctx: CoachContext, phrase: string): boolean {
  const firstPerson = phrase
    .replace(/\byou were\b/g, 'i was')
    .replace(/\byou(?:'re| are)\b/g, "i'm")
    .replace(/\byour\b/g, 'my')
    .replace(/\byou\b/g, 'i');
  const customer = ctx.customer.folded;
  return customer.includes(firstPerson) || customer.includes(firstPerson.replace(/^i /, 'we '));
}

function run(ctx: CoachContext): CheckOutcome {
  const found = flag(ctx, BLAME_PATTERNS).filter(
    (f) =>
      !NEGATED.test(before(ctx.reply, f.span.start)) &&
      !restatesCustomer(ctx, ctx.reply.folded.slice(f.span.start, f.span.end)),
  );
  const why =
    'Even when the customer slipped up, putting fault on them makes them defend themselves instead of working with you.';
  if (found.length === 0) return pass('No blame on the customer.', why, []);
  const first = found[0]!;
  const rest = restOfClause(ctx, first.span.end);
  const folded = ctx.reply.folded.slice(first.span.start, first.span.end);
  const text = matchCase(first.span.text, reframeBlame(first.span.source, folded, rest));
  const end = first.span.end + rest.length;
  return {
    status: 'warn',
    message: `Puts fault on the customer: ${found.map((f) => `"${f.span.text}"`).join(', ')}.`,
    why,
    spans: found.map((f) => f.span),
    suggestion: {
      text,
      replace: {
        start: first.span.start,
        end,
        text: ctx.reply.text.slice(first.span.start, end),
        source: first.span.source,
      },
    },
  };
}

/** Putting the fault on the customer ("you failed to", "your mistake", "you entered the wrong"). */
export const blame: QualityCheck = { id: 'blame', weight: 12, run };
