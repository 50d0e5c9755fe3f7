import { INTENTS, type Intent } from '../../emotion/intent/labels.js';
import { agreementOf, type LabelAgreement } from '../coach/agreement.js';
import type { LabelCounts } from '../metrics.js';

/** How a reader did on a set of texts: macro-F1 over the intents present, and per intent. */
export interface IntentFigures {
  texts: number;
  macroF1: number;
  accuracy: number;
  perIntent: LabelAgreement[];
}

/**
 * Scores a reader against gold intents. Macro-F1 averages the intents that occur in the gold
 * labels (an intent a set lacks cannot be scored on it).
 * @example intentFigures(test, (t) => keywordIntent(t)).macroF1
 */
export function intentFigures(
  examples: ReadonlyArray<{ text: string; intent: Intent }>,
  read: (text: string) => Intent,
): IntentFigures {
  const counts = new Map<Intent, LabelCounts>(INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  let right = 0;
  for (const ex of examples) {
    const got = read(ex.text);
    if (got === ex.intent) {
      counts.get(got)!.tp++;
      right++;
    } else {
      counts.get(got)!.fp++;
      counts.get(ex.intent)!.fn++;
    }
  }
  const present = INTENTS.filter((i) => examples.some((e) => e.intent === i));
  const perIntent = present.map((i) => agreementOf(i, counts.get(i)!));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    texts: examples.length,
    macroF1: round(perIntent.reduce((a, x) => a + x.f1, 0) / Math.max(1, perIntent.length)),
    accuracy: round(right / Math.max(1, examples.length)),
    perIntent,
  };
}
