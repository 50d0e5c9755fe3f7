import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { ACKNOWLEDGE_PATTERNS } from '../lexicon/acknowledge.js';
import { APOLOGY_PATTERNS } from '../lexicon/apology.js';
import { INFORMATION_PATTERNS, NOT_STATEMENT, STATEMENT_VERB } from '../lexicon/information.js';
import { closingPoint } from '../suggest/place.js';
import { words } from '../text/words.js';
import {
  type CheckOutcome,
  matchPatterns,
  onePerSentence,
  pass,
  sentenceSpan,
  skip,
  type Technique,
} from './check.js';

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

// Fewer words than this is a reaction ("It's processing."), not information.
const MIN_STATEMENT_WORDS = 5;

/**
 * Figures, instructions and explanations by pattern; and plain statements of how things are
 * ("Returns are free within 30 days", "Our sizing on that brand runs large"), which carry facts
 * without any keyword: a declarative sentence with a stating verb that is not a greeting, thanks,
 * apology or feeling.
 */
function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const bodyStart = doc.body[0]?.start ?? 0;
  const bodyEnd = doc.body[doc.body.length - 1]?.end ?? doc.text.length;
  const found = matchPatterns(doc, INFORMATION_PATTERNS).filter(
    (s) => s.start >= bodyStart && s.start < bodyEnd,
  );
  const feeling = [...matchPatterns(doc, ACKNOWLEDGE_PATTERNS), ...matchPatterns(doc, APOLOGY_PATTERNS)];
  for (const s of doc.body) {
    const f = doc.folded.slice(s.start, s.end).trim();
    if (f.endsWith('?') || words(f).length < MIN_STATEMENT_WORDS) continue;
    if (test(NOT_STATEMENT, f) || !test(STATEMENT_VERB, f)) continue;
    if (feeling.some((sp) => sp.start >= s.start && sp.start < s.end)) continue;
    found.push(sentenceSpan(doc, s, 'info.statement'));
  }
  return onePerSentence(
    doc,
    found.sort((a, b) => a.start - b.start),
  );
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (c.present && !c.problem && !c.request)
    return skip('The customer asked nothing and reported no problem.', found);
  const why = c.asks
    ? 'The customer asked something; the answer is what they came for.'
    : 'The customer has a problem; facts or steps are what let them move on.';
  if (found.length > 0) return pass('The reply gives the customer facts or steps they can use.', why, found);
  return {
    status: 'improve',
    message: 'The reply gives no facts, figures or steps the customer can act on.',
    why,
    spans: [],
    suggestion: {
      text: " Here's what has happened so far and what you can expect: [what we found, and the amount or date].",
      replace: closingPoint(ctx.reply),
    },
  };
}

/** Gives the facts or instructions the customer needs. */
export const information: Technique = { id: 'information', weight: 10, detect, judge };
