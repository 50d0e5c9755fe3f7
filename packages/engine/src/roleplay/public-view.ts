import type { Archetype, Industry, Scenario } from './types.js';

/** What a trainee may see of a scenario before playing: no facts, no fix words. */
export interface ScenarioView {
  id: string;
  title: string;
  industry: Industry;
  persona: { name: string; archetype: Archetype; summary: string };
  brief: string;
  goal: string;
  /** How many facts there are to discover (not what they are). */
  facts: number;
  turnLimit: number;
}

/**
 * A scenario as shown in lists, the API and the web app: the facts stay hidden until asked for.
 * @example SCENARIOS.map(scenarioView)
 */
export function scenarioView(s: Scenario): ScenarioView {
  return {
    id: s.id,
    title: s.title,
    industry: s.industry,
    persona: { name: s.persona.name, archetype: s.persona.archetype, summary: s.persona.summary },
    brief: s.brief,
    goal: s.goal.summary,
    facts: s.facts.length,
    turnLimit: s.turnLimit,
  };
}
