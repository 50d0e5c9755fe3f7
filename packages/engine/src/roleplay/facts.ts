import type { CoachResult } from '../coach/index.js';
import type { Scenario, ScenarioFact } from './types.js';

const lower = (text: string) => text.toLowerCase();

/**
 * The fact a question earns: the first unknown fact the question names (by its `about` words),
 * else the next unknown one in the scenario's order. Null when no question was asked or all is known.
 * @example factAsked(scenario, coachResult, ['amount'])?.id // 'fee'
 */
export function factAsked(
  scenario: Scenario,
  result: CoachResult,
  discovered: readonly string[],
): ScenarioFact | null {
  if (!result.techniques.question.present) return null;
  const unknown = scenario.facts.filter((f) => !discovered.includes(f.id));
  if (unknown.length === 0) return null;
  const asked = lower(result.techniques.question.spans.map((s) => s.text).join(' '));
  const named = unknown.find((f) => f.about.some((word) => containsWord(asked, word)));
  return named ?? (unknown[0] as ScenarioFact);
}

/** True when the reply offers what solves the scenario ("refund", "rebook"). */
export function offersResolution(scenario: Scenario, reply: string): boolean {
  const text = lower(reply);
  return scenario.goal.resolves.some((phrase) => containsWord(text, phrase));
}

/** The goal's facts the trainee has not learned yet. */
export function missingFacts(scenario: Scenario, discovered: readonly string[]): string[] {
  return scenario.goal.facts.filter((id) => !discovered.includes(id));
}

function containsWord(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^a-z])${escaped}(?:$|[^a-z])`).test(text);
}
