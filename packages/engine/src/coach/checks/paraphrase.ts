import type { Span } from '../../emotion/types.js';
import { type CoachContext, replyConcepts } from '../context.js';
import { FUTURE_ACTION, PARAPHRASE_MARKERS } from '../lexicon/paraphrase.js';
import { openingPoint } from '../suggest/place.js';
import { problemPhrase } from '../suggest/problem.js';
import { type CheckOutcome, pass, sentenceSpan, skip, type Technique } from './check.js';

// Concepts so common in support talk that sharing them says nothing about listening.
const GENERIC = new Set([
  'order',
  'account',
  'help',
  'today',
  'time',
  'issue',
  'problem',
  'thank',
  'contact',
  'support',
]);
const SECOND_PERSON = /\byou(?:r|'re|'ve|'d|'ll)?\b|\byours\b/;
const MIN_CUSTOMER_CONCEPTS = 3;
const JUDGED =
  /(?:\b(?:is|was|are|were|isn't|wasn't)\b|'s\b)[^.!?]{0,30}\b(?:awful|terrible|frustrating|annoying|disappointing|upsetting|unacceptable|not okay|not good enough|maddening|stressful|worrying|too long|too slow|a letdown|no fun|unfair|wrong|not on|a shame)\b|\bsorry\b/;

/**
 * A reply sentence restates the customer's problem when it speaks about them (you/your) with
 * several of their content words or synonyms, and is not a promise or instruction; a restating
 * opener ("it sounds like", "just to confirm") lowers the overlap needed. "my X" → "your X" counts
 * twice: it is the pronoun shift of active listening.
 */
function detect(ctx: CoachContext): Span[] {
  const c = ctx.customer;
  if (c.concepts.size < MIN_CUSTOMER_CONCEPTS) return [];
  const doc = ctx.reply;
  const out: Span[] = [];
  for (const s of doc.body) {
    const f = doc.folded.slice(s.start, s.end);
    PARAPHRASE_MARKERS.lastIndex = 0;
    const marker = PARAPHRASE_MARKERS.test(f);
    FUTURE_ACTION.lastIndex = 0;
    if (!marker && FUTURE_ACTION.test(f)) continue;
    if (!marker && f.trimEnd().endsWith('?')) continue;
    let overlap = 0;
    for (const [concept, word] of replyConcepts(doc, s.start, s.end)) {
      if (GENERIC.has(concept) || !c.concepts.has(concept)) continue;
      overlap += c.owned.has(concept) && new RegExp(`\\byour (?:\\w+ )?${word.text}\\b`).test(f) ? 2 : 1;
    }
    // A restating opener needs one shared specific; a sentence about "you" needs three; a
    // sentence naming the situation itself ("a zip going on the first wear is ...") needs three too,
    // with a judgement or feeling word so that a bare statement of fact does not count.
    const judged = JUDGED.test(f);
    const needed = marker ? 1 : judged ? 2 : 3;
    if (overlap >= needed && (marker || judged || SECOND_PERSON.test(f))) {
      out.push(sentenceSpan(doc, s, marker ? 'paraphrase.marker' : 'paraphrase.overlap'));
    }
  }
  return out;
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (!c.present) return skip('No customer message to restate.', found);
  if (!c.problem) return skip('The customer raises no problem to restate.', found);
  if (c.concepts.size < MIN_CUSTOMER_CONCEPTS)
    return skip('The customer’s message is too short to need restating.', found);
  const why = 'Restating the problem in your own words shows the customer they were listened to.';
  if (found.length > 0) return pass('The reply restates the customer’s problem.', why, found);
  const problem = problemPhrase(ctx);
  return {
    status: 'improve',
    message: 'The reply does not restate the customer’s problem, so they cannot tell you understood it.',
    why,
    spans: [],
    suggestion: {
      text:
        problem !== undefined
          ? `Just to make sure I've got this right: ${problem}. `
          : 'Just to make sure I have understood what happened: ',
      replace: openingPoint(ctx.reply),
    },
  };
}

/** Restates the customer's problem in our words (active listening). */
export const paraphrase: Technique = { id: 'paraphrase', weight: 10, detect, judge };
