import type { CoachContext } from '../context.js';
import { DISMISSIVE_PATTERNS } from '../lexicon/dismissive.js';
import { type CheckOutcome, pass, type QualityCheck } from './check.js';
import { flag, matchCase } from './respect.js';

function run(ctx: CoachContext): CheckOutcome {
  const found = flag(ctx, DISMISSIVE_PATTERNS);
  const why =
    'Brushing a customer off ("calm down", "as I said", "per policy") turns a problem into a grievance.';
  if (found.length === 0) return pass('Respectful: nothing dismissive.', why, []);
  const first = found[0]!;
  return {
    status: 'warn',
    message: `Dismissive wording: ${found.map((f) => `"${f.span.text}"`).join(', ')}.`,
    why,
    spans: found.map((f) => f.span),
    suggestion: { text: matchCase(first.span.text, first.rewrite), replace: first.span },
  };
}

/** Phrases that dismiss the customer ("calm down", "as I already said", "per our policy"). */
export const dismissive: QualityCheck = { id: 'dismissive', weight: 12, run };
