import { describe, expect, it } from 'vitest';
import { analyze } from '../emotion/index.js';
import { offersResolution } from './facts.js';
import { goodReply } from './good-trainee.test-helpers.js';
import { SCENARIOS } from './scenarios/index.js';
import { respond, startSession } from './session.js';
import { ARCHETYPES } from './types.js';

describe('scenario library', () => {
  it('holds at least 15 scenarios across industries and every persona archetype', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    expect(new Set(SCENARIOS.map((s) => s.industry)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(SCENARIOS.map((s) => s.persona.archetype))).toEqual(new Set(ARCHETYPES));
    for (const id of [
      'charged-twice',
      'flight-cancelled',
      'first-time-user',
      'late-parent-account',
      'about-to-leave',
      'callback-never-came',
    ]) {
      expect(SCENARIOS.map((s) => s.id)).toContain(id);
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s is consistent', (_id, scenario) => {
    const factIds = scenario.facts.map((f) => f.id);
    expect(scenario.goal.facts.every((id) => factIds.includes(id))).toBe(true);
    expect(scenario.facts.length).toBeGreaterThan(0);
    // The team's first option is the fix, so a reply that offers it resolves the scenario.
    expect(offersResolution(scenario, scenario.options[0] as string)).toBe(true);
    expect(scenario.start.intensity).toBeGreaterThan(0.4);
    expect(scenario.start.intensity).toBeLessThan(1);
    for (const opening of scenario.opening) {
      // The customer's first message reads as upset to the engine, so the coach expects empathy.
      expect(analyze(opening).sentiment.label).not.toBe('positive');
    }
  });
});

describe('every scenario can be completed', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('a strong trainee solves %s', (_id, scenario) => {
    for (const seed of [1, 2, 3]) {
      let state = startSession(scenario, { seed });
      while (state.status === 'active') state = respond(scenario, state, goodReply(scenario, state));
      expect(state.status, `seed ${seed}`).toBe('solved');
      expect(state.emotion).toBe('gratitude');
      expect(state.turns.length).toBeLessThanOrEqual(scenario.turnLimit);
      expect(state.discovered).toEqual(expect.arrayContaining(scenario.goal.facts));
    }
  });
});
