import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { ACK_NEGATION, ACKNOWLEDGE_PATTERNS } from '../lexicon/acknowledge.js';
import { PHRASES } from '../suggest/phrasebank.js';
import { openingPoint, withName } from '../suggest/place.js';
import { problemPhrase } from '../suggest/problem.js';
import {
  before,
  type CheckOutcome,
  matchPatterns,
  onePerSentence,
  pass,
  skip,
  type Technique,
} from './check.js';

// "I understand your frustration." on its own is the most common script line in support chats.
const BARE_TEMPLATE =
  /^(?:i|we) (?:completely |totally |fully |do )?understand your (?:frustration|concerns?)[.!]?$/;

const SUBJECT_INCLUDED = new Set(['ack.situation_is']);

function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const found = matchPatterns(doc, ACKNOWLEDGE_PATTERNS).filter((sp) => {
    // A judged situation carries its own subject ("a delivery that never came is annoying"):
    // a negator before the verb belongs to that subject, not to the judgement.
    if (SUBJECT_INCLUDED.has(sp.source)) return true;
    ACK_NEGATION.lastIndex = 0;
    return !ACK_NEGATION.test(before(doc, sp.start));
  });
  return onePerSentence(doc, found);
}

function rewrite(ctx: CoachContext): string {
  const phrases = PHRASES[ctx.customer.dominant ?? (ctx.customer.negative ? 'frustration' : 'neutral')];
  const problem = problemPhrase(ctx);
  const line =
    problem !== undefined ? phrases.acknowledge.replace('{problem}', problem) : phrases.acknowledgeShort;
  return withName(line, ctx.customerName);
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (!c.present) return skip('No customer message to respond to.', found);
  if (!c.emotional)
    return skip('The customer shows no emotion, so there is no feeling to acknowledge.', found);
  const why = c.happy
    ? 'The customer is pleased; sharing their good feeling builds the relationship.'
    : `The customer sounds ${c.dominant ?? 'upset'}; naming that feeling shows you heard them.`;
  if (found.length === 0) {
    return {
      status: 'improve',
      message: c.happy
        ? 'The reply does not share the customer’s good news.'
        : 'The reply does not acknowledge how the customer feels.',
      why,
      spans: [],
      suggestion: { text: `${rewrite(ctx)} `, replace: openingPoint(ctx.reply) },
    };
  }
  const templated = found.every((sp) => {
    const s = ctx.reply.sentences.find((x) => sp.start >= x.start && sp.start < x.end);
    return s !== undefined && BARE_TEMPLATE.test(ctx.reply.folded.slice(s.start, s.end).trim());
  });
  if (templated) {
    const s = found[0]!;
    const sentence = ctx.reply.sentences.find((x) => s.start >= x.start && s.start < x.end)!;
    return {
      status: 'improve',
      message: 'The acknowledgement is a stock phrase; say what you understand about their situation.',
      why,
      spans: found,
      suggestion: {
        text: rewrite(ctx),
        replace: {
          start: sentence.start,
          end: sentence.end,
          text: sentence.text,
          source: 'coach.acknowledge',
        },
      },
    };
  }
  return pass('The reply acknowledges how the customer feels.', why, found);
}

/** Names or validates the customer's feeling ("that sounds really stressful"). */
export const acknowledge: Technique = { id: 'acknowledge', weight: 15, detect, judge };
