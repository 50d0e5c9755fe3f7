import type { CoachResult, TechniqueId } from '../coach/index.js';
import type { Archetype } from './types.js';

/**
 * How much each habit the coach finds calms a customer (negative) and each fault inflames them
 * (positive), before the persona's volatility. Numbers are intensity points on a 0..1 scale.
 */
const CALMING: Partial<Record<TechniqueId, number>> = {
  acknowledge: -0.1,
  apology: -0.07,
  reassurance: -0.06,
  paraphrase: -0.05,
  options: -0.07,
  next_step: -0.05,
  information: -0.03,
  question: -0.02,
  caring_close: -0.02,
};

const INFLAMING = {
  dismissive: 0.22,
  blame: 0.2,
  agent_tone: 0.18,
  jargon: 0.09,
  canned: 0.06,
  readability: 0.03,
} as const;
type Fault = keyof typeof INFLAMING;

/** What each persona values (or minds) more than average: the multiplier on that effect. */
const EMPHASIS: Record<Archetype, Partial<Record<TechniqueId | Fault, number>>> = {
  angry: { apology: 1.6, acknowledge: 1.2, dismissive: 1.3, canned: 1.5 },
  anxious: { reassurance: 2, options: 1.5, next_step: 1.6, agent_tone: 1.3 },
  confused: { information: 2.2, question: 2, jargon: 2, readability: 2.5, apology: 0.4 },
  grieving: { acknowledge: 1.6, caring_close: 2.5, canned: 2, jargon: 1.5, dismissive: 1.4, options: 0.6 },
  leaving: { options: 1.8, acknowledge: 1.3, canned: 1.8, apology: 0.8 },
  let_down: { apology: 1.5, next_step: 1.5, paraphrase: 1.4 },
  hurried: { next_step: 1.8, options: 1.3, readability: 2, caring_close: 0.3, question: 0.5 },
};

/** Saying sorry or "I understand" again moves people less than the first time. */
const REPEAT_FACTOR = 0.5;
/** A reply that neither calms nor solves anything: the customer feels they are getting nowhere. */
const STALLING = 0.06;
export const RESOLUTION_CALM = -0.15;
/** One reply calms by at most this much: nobody goes from furious to happy in one message. */
const MAX_CALM = -0.35;

export interface Effect {
  id: TechniqueId | Fault | 'resolution' | 'stalling';
  effect: number;
  quote?: string;
}

/**
 * The effects of one reply on a persona: each habit the coach found, each fault it flagged.
 * `usedBefore` lists techniques present in earlier replies (they count half again).
 * @example replyEffects(coachResult, 'angry', 1, new Set()) // [{ id: 'apology', effect: -0.13, quote: "I'm so sorry" }, ...]
 */
export function replyEffects(
  result: CoachResult,
  archetype: Archetype,
  volatility: number,
  usedBefore: ReadonlySet<TechniqueId>,
): Effect[] {
  const emphasis = EMPHASIS[archetype];
  const effects: Effect[] = [];
  for (const [id, base] of Object.entries(CALMING) as [TechniqueId, number][]) {
    const found = result.techniques[id];
    if (!found?.present) continue;
    const repeat = usedBefore.has(id) ? REPEAT_FACTOR : 1;
    const quote = found.spans[0]?.text;
    effects.push({
      id,
      effect: round(base * (emphasis[id] ?? 1) * repeat * volatility),
      ...(quote ? { quote } : {}),
    });
  }
  for (const check of result.checks) {
    if (!(check.id in INFLAMING)) continue;
    const fault = check.id as Fault;
    // Jargon, canned wording and long sentences hurt when flagged at all; tone faults are warnings.
    const flagged = check.status === 'warn' || (check.status === 'improve' && fault !== 'dismissive');
    if (!flagged) continue;
    const quote = check.spans[0]?.text;
    effects.push({
      id: fault,
      effect: round(INFLAMING[fault] * (emphasis[fault] ?? 1) * volatility),
      ...(quote ? { quote } : {}),
    });
  }
  return effects;
}

/**
 * The effects plus the resolution's calm, or a stalling penalty when nothing helped or moved on.
 */
export function totalDelta(
  effects: readonly Effect[],
  progress: { resolved: boolean; learned: boolean },
  volatility: number,
): Effect[] {
  const out = [...effects];
  if (progress.resolved) out.push({ id: 'resolution', effect: round(RESOLUTION_CALM * volatility) });
  const calm = out.filter((e) => e.effect < 0).reduce((sum, e) => sum + e.effect, 0);
  // Answering a question is progress too: a short, plain question is not stalling.
  if (calm > -0.04 && !progress.resolved && !progress.learned)
    out.push({ id: 'stalling', effect: round(STALLING * volatility) });
  return out;
}

/**
 * The total move in intensity: calming capped per reply; customers notice an insult more than a
 * kindness, so faults are never cancelled by the cap.
 */
export function sumEffects(effects: readonly Effect[]): number {
  const calm = effects.filter((e) => e.effect < 0).reduce((sum, e) => sum + e.effect, 0);
  const heat = effects.filter((e) => e.effect > 0).reduce((sum, e) => sum + e.effect, 0);
  return round(Math.max(MAX_CALM, calm) + heat);
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
