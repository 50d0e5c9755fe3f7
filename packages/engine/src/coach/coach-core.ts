import type { CheckOutcome } from './checks/check.js';
import { buildContext } from './context.js';
import { learnedFindings, type TechniqueModel, withLearned } from './learned/index.js';
import { QUALITY_CHECKS, TECHNIQUES } from './registry.js';
import { earnedFor, score } from './score.js';
import {
  CHECK_IDS,
  type CheckResult,
  type CoachCheckId,
  type CoachCoreInput,
  type CoachResult,
  TECHNIQUE_IDS,
  type TechniqueFinding,
  type TechniqueId,
} from './types.js';

function result(id: CoachCheckId, weight: number, o: CheckOutcome): CheckResult {
  return {
    id,
    status: o.status,
    message: o.message,
    why: o.why,
    spans: o.spans,
    ...(o.suggestion !== undefined && o.status !== 'pass' && o.status !== 'skip'
      ? { suggestion: o.suggestion }
      : {}),
    weight,
    earned: earnedFor(o.status, weight, o.spans.length),
  };
}

/**
 * Coaches a draft against customer messages whose analyses are already computed. Pure and
 * synchronous, so it runs on every keystroke in the browser and in tests with hand-made analyses.
 * The rules find each technique; a learned sentence model (`model`, e.g. shippedTechniqueModel();
 * null, the default, for the rules alone) adds the sentences no rule touched, and boilerplate
 * sentences to the canned check. Opt-in until it agrees with the golden corpus' conventions too
 * (with it, question and canned precision there fall below their floors).
 * @example coachCore({ reply: 'Sorry about that!', customer: [{ text: 'It broke', analysis }] }).score
 */
export function coachCore(input: CoachCoreInput, model: TechniqueModel | null = null): CoachResult {
  const ctx = buildContext(input);
  if (model !== null) ctx.learned = learnedFindings(model, ctx);
  const techniques = {} as Record<TechniqueId, TechniqueFinding>;
  const checks: CheckResult[] = [];
  for (const id of TECHNIQUE_IDS) {
    const t = TECHNIQUES[id];
    const rules = t.detect(ctx);
    const found = ctx.learned === undefined ? rules : withLearned(rules, ctx.learned[id]);
    techniques[id] = { present: found.length > 0, spans: found };
    checks.push(result(id, t.weight, t.judge(ctx, found)));
  }
  for (const id of CHECK_IDS) {
    const q = QUALITY_CHECKS[id];
    checks.push(result(id, q.weight, q.run(ctx)));
  }
  return { ...score(checks), techniques, checks };
}
