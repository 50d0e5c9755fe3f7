import { describe, expect, it } from 'vitest';
import { goodReply } from './good-trainee.test-helpers.js';
import { findScenario, SCENARIOS } from './scenarios/index.js';
import { respond, startSession } from './session.js';
import type { Scenario, SessionState } from './types.js';

const scenario = (id: string): Scenario => {
  const found = findScenario(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const DISMISSIVE = 'Please calm down. As I already said, that is our policy and there is nothing I can do.';

function play(s: Scenario, replies: string[], seed = 1): SessionState {
  let state = startSession(s, { seed });
  for (const reply of replies) state = respond(s, state, reply);
  return state;
}

describe('the customer feels what the trainee writes', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: a strong reply calms, a dismissive one inflames',
    (_id, s) => {
      const start = startSession(s, { seed: 4 });
      const strong = respond(s, start, goodReply(s, start));
      const dismissive = respond(s, start, DISMISSIVE);
      expect(strong.intensity).toBeLessThan(s.start.intensity - 0.1);
      expect(dismissive.intensity).toBeGreaterThan(s.start.intensity + 0.1);
      expect(dismissive.turns[0]?.reaction.causes.map((c) => c.id)).toContain('dismissive');
    },
  );

  it('an anxious customer moves into frustration when brushed off, and leaves when it goes on', () => {
    const s = scenario('flight-cancelled');
    const state = play(s, [DISMISSIVE, DISMISSIVE, DISMISSIVE]);
    expect(state.turns[0]?.emotion).toBe('frustration');
    expect(state.status).toBe('left');
    expect(state.intensity).toBe(1);
    expect(state.turns.length).toBeLessThan(3);
  });

  it('options give an anxious customer a sense of control', () => {
    const s = scenario('flight-cancelled');
    const start = startSession(s, { seed: 2 });
    const base = "Priya, I can hear how worried you are and I'm on it.";
    const without = respond(s, start, base);
    const withOptions = respond(
      s,
      start,
      `${base} I can rebook you on the first flight tomorrow, or if you'd prefer, find a seat with a partner airline tonight.`,
    );
    expect(withOptions.intensity).toBeLessThan(without.intensity);
    expect(withOptions.turns[0]?.reaction.causes.map((c) => c.id)).toContain('options');
  });

  it('jargon inflames a confused customer, who asks what it means', () => {
    const s = scenario('first-time-user');
    const start = startSession(s, { seed: 1 });
    const plain = respond(
      s,
      start,
      'Walter, the photos are under the Family tab at the bottom of the screen.',
    );
    const jargon = respond(
      s,
      start,
      'Walter, clear the cache, re-sync via OAuth and check the API permissions in the SDK settings.',
    );
    expect(jargon.intensity).toBeGreaterThan(plain.intensity);
    expect(jargon.turns[0]?.reaction.causes.some((c) => c.id === 'jargon' && c.effect > 0)).toBe(true);
  });

  it('a question earns the fact it names, and only an asked question earns one', () => {
    const s = scenario('charged-twice');
    const asked = play(s, [
      "I'm so sorry, Maria. Has the bounce cost you anything else, like a fee from your landlord?",
    ]);
    expect(asked.discovered).toEqual(['fee']);
    expect(asked.turns[0]?.customer).toContain('35 euro late fee');
    const told = play(s, ["I'm so sorry, Maria, that's on us."]);
    expect(told.discovered).toEqual([]);
  });

  it('offering the fix before learning the facts does not solve it, and the customer says so', () => {
    const s = scenario('charged-twice');
    const state = play(s, ["I'm so sorry, Maria, that's on us. I'll refund the charge today."]);
    expect(state.resolved).toBe(false);
    expect(state.turns[0]?.customer).toMatch(/details|ask me/);
  });

  it('ends at the turn limit when the trainee never gets there', () => {
    const s = scenario('first-time-user');
    const replies = Array.from(
      { length: s.turnLimit + 2 },
      (_, i) => `Thanks Walter, let me look into it (${i}).`,
    );
    const state = play(s, replies);
    expect(state.status === 'timeout' || state.status === 'left').toBe(true);
    expect(state.turns.length).toBeLessThanOrEqual(s.turnLimit);
  });
});

describe('seeded and pure', () => {
  const s = scenario('honeymoon-overbooked');
  const replies = [
    "Tom, I'm so sorry, that's on us. How many nights did you book, and which room?",
    'Ok.',
    'What made this stay special for you both?',
  ];

  it('the same seed and replies give the same session', () => {
    expect(play(s, replies, 42)).toEqual(play(s, replies, 42));
  });

  it('different seeds vary the customer’s words', () => {
    const sessions = [1, 2, 3, 4, 5, 6].map((seed) => play(s, replies, seed));
    const texts = new Set(sessions.map((st) => [st.opening, ...st.turns.map((t) => t.customer)].join('|')));
    expect(texts.size).toBeGreaterThan(1);
    // The feelings do not depend on the seed: only the wording does.
    expect(new Set(sessions.map((st) => st.intensity)).size).toBe(1);
  });

  it('never repeats a customer line within a session while the bank has others', () => {
    const state = play(s, ['Ok.', 'Ok then.', 'Fine.', 'Right.']);
    const lines = state.turns.map((t) => t.customer);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('does not modify the state it is given, and leaves finished sessions alone', () => {
    const start = startSession(s, { seed: 1 });
    const copy = structuredClone(start);
    const next = respond(s, start, DISMISSIVE);
    expect(start).toEqual(copy);
    const left = play(s, [DISMISSIVE, DISMISSIVE, DISMISSIVE]);
    expect(left.status).toBe('left');
    expect(respond(s, left, 'Sorry!')).toBe(left);
    expect(next.turns).toHaveLength(1);
  });

  it('reads odd input as an empty reply instead of throwing', () => {
    const start = startSession(s, { seed: 1 });
    const next = respond(s, start, undefined as unknown as string);
    expect(next.turns[0]?.reply).toBe('');
    expect(next.intensity).toBeGreaterThanOrEqual(start.intensity);
  });
});
