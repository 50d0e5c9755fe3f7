import type { ChatError, ChatFn } from '../compose/index.js';
import type { Scenario, SessionState, Turn } from './types.js';

/** Longer than this and the model has written a speech, not a customer's message. */
const MAX_CHARS = 700;

/** Why the phrase-bank line was kept instead of the model's. */
export type KeptReason = 'no_turn' | 'lost_fact' | 'too_long' | 'broke_character';

export type VoiceOutcome =
  | { status: 'model' }
  | { status: 'kept'; reason: KeptReason }
  | { status: 'failed'; error: ChatError };

/**
 * Lets a language model say the customer's last line in the persona's own voice. The state
 * machine stays in charge: the feeling, the intensity, which fact was revealed and whether the
 * session ended are already decided; the model only rewords. A rewording that drops the revealed
 * fact's figures, runs long or breaks character is not used, and every failure keeps the
 * phrase-bank line. Returns the new state (unchanged when the line is kept) and what happened.
 * @example const { state: voiced, outcome } = await voiceLastTurn(scenario, state, chat);
 */
export async function voiceLastTurn(
  scenario: Scenario,
  state: SessionState,
  chat: ChatFn,
): Promise<{ state: SessionState; outcome: VoiceOutcome }> {
  const turn = state.turns[state.turns.length - 1];
  if (!turn) return { state, outcome: { status: 'kept', reason: 'no_turn' } };
  const result = await chat({
    messages: [
      { role: 'system', content: systemPrompt(scenario) },
      { role: 'user', content: userPrompt(scenario, state, turn) },
    ],
    temperature: 0.7,
    seed: state.seed + turn.index,
  });
  if (!result.ok) return { state, outcome: { status: 'failed', error: result.error } };
  const text = result.content.trim().replace(/^["“]|["”]$/g, '');
  const kept = check(scenario, turn, text);
  if (kept) return { state, outcome: { status: 'kept', reason: kept } };
  const turns = [...state.turns.slice(0, -1), { ...turn, customer: text }];
  return { state: { ...state, turns }, outcome: { status: 'model' } };
}

function systemPrompt(s: Scenario): string {
  return [
    `You play ${s.persona.name}, a customer writing to customer service. ${s.persona.summary}`,
    'Rewrite the line you are given in your own words, as this person would type it in a chat.',
    'Keep exactly the same meaning, feeling and strength of feeling. Keep every number, name and date.',
    'Add no new facts, no demands and no questions that the line does not have. One short paragraph.',
    'Never mention being an AI, a simulation or a role-play. Reply with the customer message only.',
  ].join('\n');
}

function userPrompt(s: Scenario, state: SessionState, turn: Turn): string {
  const revealed = s.facts.find((f) => f.id === turn.reaction.revealed);
  return [
    `You feel: ${turn.emotion}, intensity ${turn.intensity.toFixed(2)} on a 0-1 scale.`,
    state.status === 'solved' ? 'Your problem has just been solved.' : '',
    state.status === 'left' ? 'You are giving up and leaving.' : '',
    `The agent wrote: ${turn.reply}`,
    revealed ? `Your line must still say: ${revealed.says}` : '',
    `Your line: ${turn.customer}`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function check(s: Scenario, turn: Turn, text: string): KeptReason | null {
  if (text === '' || text.length > MAX_CHARS) return 'too_long';
  if (/\b(as an ai|language model|role-?play|simulation)\b/i.test(text)) return 'broke_character';
  const revealed = s.facts.find((f) => f.id === turn.reaction.revealed);
  // The fact is what the trainee earned by asking: its figures must survive the rewording.
  const figures = revealed?.says.match(/\d[\d,.]*/g) ?? [];
  if (figures.some((f) => !text.includes(f.replace(/[.,]$/, '')))) return 'lost_fact';
  return null;
}
