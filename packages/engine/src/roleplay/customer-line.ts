import type { Prng } from '../compose/index.js';
import type { Effect } from './dynamics.js';
import { CAUSE_LINES, type CauseKey } from './phrases/cause-lines.js';
import { MOOD_LINES, type MoodKey } from './phrases/mood-lines.js';
import type { Scenario, ScenarioFact, SessionStatus } from './types.js';

/** What the customer is reacting to in one turn, already decided by the state machine. */
export interface LinePlan {
  status: SessionStatus;
  delta: number;
  intensity: number;
  effects: readonly Effect[];
  asked: boolean;
  revealed: ScenarioFact | null;
  refused: boolean;
  offeredTooSoon: boolean;
  resolved: boolean;
}

/** An effect strong enough to be what the customer answers first. */
const NOTICEABLE = 0.08;

/**
 * The customer's next message: a reaction (to the strongest thing in the reply, or to how they
 * feel now), then what the question earned, or a push back to the problem. Lines already used in
 * this session are avoided while the bank has others.
 */
export function customerLine(scenario: Scenario, plan: LinePlan, rng: Prng, said: readonly string[]): string {
  const pick = (lines: readonly string[], quote = '') => {
    const fresh = lines.filter((l) => !said.some((m) => m.includes(fill(l, scenario.issue, quote))));
    const from = fresh.length > 0 ? fresh : lines;
    return fill(from[rng.int(from.length)] as string, scenario.issue, quote);
  };
  const moods = MOOD_LINES[scenario.persona.archetype];
  if (plan.status === 'left') return pick(moods.leave);
  const parts: string[] = [];
  const strongest = [...plan.effects].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))[0];
  if (strongest && Math.abs(strongest.effect) >= NOTICEABLE && strongest.id in CAUSE_LINES) {
    parts.push(pick(CAUSE_LINES[strongest.id as CauseKey], strongest.quote ?? ''));
  } else if (plan.status !== 'solved') {
    parts.push(pick(moods[moodKey(plan.delta, plan.intensity)]));
  }
  if (plan.status === 'solved') {
    if (plan.revealed) parts.push(plan.revealed.says);
    parts.push(pick(moods.solved));
    return parts.join(' ');
  }
  if (plan.refused) parts.push(pick(CAUSE_LINES.refuse_answer));
  else if (plan.revealed) parts.push(plan.revealed.says);
  else if (plan.asked) parts.push(pick(CAUSE_LINES.nothing_left));
  if (plan.offeredTooSoon) parts.push(pick(CAUSE_LINES.need_facts));
  else if (!plan.revealed && !plan.resolved && !plan.asked) parts.push(pick(moods.push));
  return parts.join(' ');
}

function moodKey(delta: number, intensity: number): MoodKey {
  if (delta >= 0.05) return intensity >= 0.75 ? 'hot' : 'worse';
  if (delta <= -0.05) return intensity < 0.35 ? 'warm' : 'better';
  return 'same';
}

function fill(line: string, issue: string, quote: string): string {
  return line.replaceAll('{issue}', issue).replaceAll('{quote}', quote);
}
