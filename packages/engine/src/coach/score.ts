import type { CheckResult, CheckStatus, CoachCheckId, CoachResult } from './types.js';

/** Share of a check's weight that each status earns; `improve` earns half only when something is there to improve. */
export const EARNED: Readonly<Record<CheckStatus, number>> = { pass: 1, improve: 0.5, warn: 0, skip: 0 };

/**
 * What a check earns: a missing technique (improve with nothing found) earns nothing, a
 * present-but-weak one earns half.
 * @example earnedFor('improve', 10, 0) // 0
 */
export function earnedFor(status: CheckStatus, weight: number, foundSpans: number): number {
  if (status === 'improve' && foundSpans === 0) return 0;
  return weight * EARNED[status];
}

// Disrespect outweighs technique: a draft that blames or mocks the customer is not a good reply
// however many boxes it ticks, so its score is capped.
const RESPECT: readonly CoachCheckId[] = ['dismissive', 'blame', 'agent_tone'];
const RESPECT_CAP = 50;

/**
 * The score and its working from the checks' weights and results.
 * @example score(checks).score // 0..100
 */
export function score(checks: readonly CheckResult[]): Pick<CoachResult, 'score' | 'working'> {
  let earned = 0;
  let possible = 0;
  for (const c of checks) {
    if (c.status === 'skip') continue;
    earned += c.earned;
    possible += c.weight;
  }
  const raw = possible === 0 ? 100 : Math.round((100 * earned) / possible);
  const because = checks.filter((c) => c.status === 'warn' && RESPECT.includes(c.id)).map((c) => c.id);
  const working: CoachResult['working'] = { earned, possible };
  if (because.length > 0 && raw > RESPECT_CAP) {
    working.cap = { limit: RESPECT_CAP, because };
    return { score: RESPECT_CAP, working };
  }
  return { score: raw, working };
}
