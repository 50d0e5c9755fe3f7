import { describe, expect, it } from 'vitest';
import { debrief } from './debrief.js';
import { goodReply } from './good-trainee.test-helpers.js';
import { findScenario } from './scenarios/index.js';
import { respond, startSession } from './session.js';
import type { Scenario, SessionState } from './types.js';

const scenario = findScenario('charged-twice') as Scenario;

function play(replies: string[]): SessionState {
  let state = startSession(scenario, { seed: 5 });
  for (const reply of replies) state = respond(scenario, state, reply);
  return state;
}

describe('debrief', () => {
  it('quotes the turning points, names what worked and rewrites the weakest reply', () => {
    const state = play([
      'Ok, what is the problem.',
      "Maria, I'm so sorry, being charged twice and having your rent bounce is awful, and that's on us. Could you tell me the amount and the day both charges were taken?",
      'Thank you. Has the bounced rent payment cost you anything else, like a fee?',
      "I'll refund the second charge today and cover the late fee too, or if you prefer I can credit both to your account right now. I'll email you confirmation within the hour.",
    ]);
    expect(state.status).toBe('solved');
    const d = debrief(scenario, state);
    expect(d.outcome).toBe('solved');
    expect(d.turningPoints.map((p) => [p.turn, p.direction])).toContainEqual([2, 'calmed']);
    const calmed = d.turningPoints.find((p) => p.turn === 2);
    expect(state.turns[1]?.reply).toContain(calmed?.quote);
    expect(calmed?.from.intensity).toBeGreaterThan(calmed?.to.intensity ?? 1);
    expect(d.worked.map((w) => w.id)).toEqual(
      expect.arrayContaining(['acknowledge', 'apology', 'resolution']),
    );
    expect(d.toWorkOn.map((w) => w.id)).toContain('stalling');
    const lowest = Math.min(...state.turns.map((t) => t.coach.score));
    expect(d.weakest?.score).toBe(lowest);
    expect(state.turns[(d.weakest?.turn ?? 0) - 1]?.reply).toBe(d.weakest?.reply);
    expect(d.weakest?.rewriteScore).toBeGreaterThan(d.weakest?.score ?? 100);
    expect(d.weakest?.rewrite).toMatch(/refund the second charge/);
    expect(d.factsFound).toEqual({ found: 2, total: 2, missing: [] });
    expect(d.score).toBe(Math.round(0.6 * d.working.coachMean + 0.4 * 100));
    expect(d.summary).toMatch(/^You solved it in 4 replies\. Maria went from anger \(0\.80\) to gratitude/);
  });

  it('scores a customer who left lower than one who was helped', () => {
    const left = play(['Calm down. As I already said, it is our policy.', 'Calm down.', 'Calm down.']);
    expect(left.status).toBe('left');
    const d = debrief(scenario, left);
    expect(d.working.outcomePoints).toBe(0);
    expect(d.turningPoints[0]).toMatchObject({ turn: 1, direction: 'inflamed' });
    expect(d.turningPoints[0]?.because).toContain('dismissive');
    expect(d.summary).toMatch(/^Maria left after/);

    let good = startSession(scenario, { seed: 5 });
    while (good.status === 'active') good = respond(scenario, good, goodReply(scenario, good));
    expect(debrief(scenario, good).score).toBeGreaterThan(d.score + 40);
  });

  it('debriefs a session with no replies yet', () => {
    const d = debrief(scenario, startSession(scenario));
    expect(d).toMatchObject({ outcome: 'active', turns: 0, weakest: null, turningPoints: [] });
  });
});
