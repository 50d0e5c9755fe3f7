import { describe, expect, it } from 'vitest';
import type { ChatFn, ChatRequest } from '../compose/index.js';
import { findScenario } from './scenarios/index.js';
import { respond, startSession } from './session.js';
import type { Scenario } from './types.js';
import { voiceLastTurn } from './voice.js';

const scenario = findScenario('charged-twice') as Scenario;
const asked = respond(
  scenario,
  startSession(scenario, { seed: 1 }),
  "Maria, I'm so sorry, that's on us. Could you tell me the amount and the day both charges were taken?",
);

/** A chat function that answers `answer` and remembers what it was asked. */
function answering(answer: string): { chat: ChatFn; requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    requests,
    chat: async (request) => {
      requests.push(request);
      return { ok: true, content: answer };
    },
  };
}

describe('voiceLastTurn', () => {
  it('rewords the customer line and leaves the feeling, the facts and the outcome to the simulation', async () => {
    const { chat, requests } = answering(
      '"Fine. It was 249 euros, both taken on Monday, and I need it back."',
    );
    const { state, outcome } = await voiceLastTurn(scenario, asked, chat);
    expect(outcome).toEqual({ status: 'model' });
    expect(state.turns[0]?.customer).toBe(
      'Fine. It was 249 euros, both taken on Monday, and I need it back.',
    );
    expect({ ...state, turns: [] }).toEqual({ ...asked, turns: [] });
    expect(state.turns[0]?.intensity).toBe(asked.turns[0]?.intensity);
    const prompt = requests[0]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(prompt).toContain('Maria Lopez');
    expect(prompt).toContain(`intensity ${asked.intensity.toFixed(2)}`);
    expect(prompt).toContain('249 euros');
    expect(requests[0]?.seed).toBe(asked.seed + 1);
  });

  it('keeps the phrase-bank line when the model drops the fact, breaks character, runs long or fails', async () => {
    const cases: [ChatFn, string][] = [
      [answering('It was a lot of money, taken twice.').chat, 'lost_fact'],
      [answering('As an AI, I cannot be Maria, but 249 euros.').chat, 'broke_character'],
      [answering(`249 ${'very '.repeat(200)}angry`).chat, 'too_long'],
    ];
    for (const [chat, reason] of cases) {
      const { state, outcome } = await voiceLastTurn(scenario, asked, chat);
      expect(outcome).toEqual({ status: 'kept', reason });
      expect(state).toBe(asked);
    }
    const failing: ChatFn = async () => ({
      ok: false,
      error: { code: 'timeout', message: 'no answer in 20 s' },
    });
    const failed = await voiceLastTurn(scenario, asked, failing);
    expect(failed.outcome).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
    expect(failed.state).toBe(asked);
    expect((await voiceLastTurn(scenario, startSession(scenario), failing)).outcome).toEqual({
      status: 'kept',
      reason: 'no_turn',
    });
  });
});
