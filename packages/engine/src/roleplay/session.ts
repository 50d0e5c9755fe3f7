import { type CoachOptions, type CoachResult, coach, type TechniqueId } from '../coach/index.js';
import { createPrng } from '../compose/index.js';
import { hashString } from '../text/index.js';
import { customerLine } from './customer-line.js';
import { type Effect, replyEffects, round, sumEffects, totalDelta } from './dynamics.js';
import { factAsked, missingFacts, offersResolution } from './facts.js';
import { feelingAt, LEAVES_AT, SOLVED_AT_OR_BELOW } from './feelings.js';
import type { Scenario, SessionState, SessionStatus, Turn } from './types.js';

const SEED_BASIS = 0x811c9dc5;
/** A reply that inflames this much makes the customer refuse to answer its question. */
const REFUSE_ABOVE = 0.15;

export interface SessionOptions {
  /** Chooses the opening and every customer line; the same seed and replies give the same session. */
  seed?: number;
}

/**
 * Starts a role-play: the customer's opening message and their starting feeling.
 * @example const state = startSession(findScenario('charged-twice')!, { seed: 7 }); state.opening
 */
export function startSession(scenario: Scenario, options: SessionOptions = {}): SessionState {
  const seed = (options.seed ?? 0) >>> 0;
  const rng = createPrng((seed ^ hashString(scenario.id, SEED_BASIS)) >>> 0);
  return {
    scenarioId: scenario.id,
    seed,
    status: 'active',
    emotion: scenario.start.emotion,
    intensity: scenario.start.intensity,
    opening: scenario.opening[rng.int(scenario.opening.length)] as string,
    discovered: [],
    resolved: false,
    turns: [],
  };
}

/** The customer's messages so far, the opening first. */
export function customerMessages(state: SessionState): string[] {
  return [state.opening, ...state.turns.map((t) => t.customer)];
}

/**
 * The trainee's reply, read by the coach, moves the customer: the new state holds the turn with
 * the coach's findings, what they did to the customer's feeling and the customer's answer.
 * Finished sessions come back unchanged. Pure: the input state is not modified.
 * @example
 * let state = startSession(scenario, { seed: 1 });
 * state = respond(scenario, state, "I'm so sorry, Maria. Could you tell me the amount?");
 * state.turns[0].customer; state.emotion; state.intensity;
 */
export function respond(
  scenario: Scenario,
  state: SessionState,
  reply: string,
  options: CoachOptions = {},
): SessionState {
  if (state.status !== 'active') return state;
  const text = typeof reply === 'string' ? reply : '';
  const messages = customerMessages(state);
  const result = coach(
    {
      reply: text,
      customer: messages[messages.length - 1] as string,
      customerName: scenario.persona.name,
      facts: scenario.facts.filter((f) => state.discovered.includes(f.id)).map((f) => f.says),
      previousReplies: state.turns.map((t) => t.reply),
    },
    options,
  );
  const usedBefore = new Set<TechniqueId>(state.turns.flatMap((t) => t.coach.present));
  const { volatility, archetype } = scenario.persona;
  const base = replyEffects(result, archetype, volatility, usedBefore);
  const heat = base.filter((e) => e.effect > 0).reduce((sum, e) => sum + e.effect, 0);

  const fact = factAsked(scenario, result, state.discovered);
  const refused = fact !== null && heat > REFUSE_ABOVE;
  const revealed = refused ? null : fact;
  const discovered = revealed ? [...state.discovered, revealed.id] : state.discovered;
  const offered = offersResolution(scenario, text);
  const missing = missingFacts(scenario, discovered);
  const resolvesNow = offered && missing.length === 0 && !state.resolved;
  const effects = totalDelta(base, { resolved: resolvesNow, learned: revealed !== null }, volatility);
  const delta = sumEffects(effects);
  const intensity = round(Math.min(1, Math.max(0, state.intensity + delta)));
  const resolved = state.resolved || resolvesNow;
  const index = state.turns.length + 1;
  const status = nextStatus(intensity, resolved, index, scenario.turnLimit);

  const rng = createPrng((state.seed ^ hashString(text, SEED_BASIS) ^ Math.imul(index, 0x9e3779b9)) >>> 0);
  const customer = customerLine(
    scenario,
    {
      status,
      delta,
      intensity,
      effects,
      asked: result.techniques.question.present,
      revealed,
      refused,
      offeredTooSoon: offered && missing.length > 0,
      resolved,
    },
    rng,
    messages,
  );
  const turn: Turn = {
    index,
    reply: text,
    coach: summarise(result),
    reaction: { delta, causes: effects.map(toCause), revealed: revealed?.id ?? null, resolved: resolvesNow },
    customer,
    emotion: feelingAt(archetype, intensity, status),
    intensity,
  };
  return {
    ...state,
    status,
    emotion: turn.emotion,
    intensity,
    discovered,
    resolved,
    turns: [...state.turns, turn],
  };
}

function nextStatus(intensity: number, resolved: boolean, turns: number, limit: number): SessionStatus {
  if (intensity >= LEAVES_AT) return 'left';
  if (resolved && intensity <= SOLVED_AT_OR_BELOW) return 'solved';
  if (turns >= limit) return 'timeout';
  return 'active';
}

function summarise(result: CoachResult): Turn['coach'] {
  return {
    score: result.score,
    working: result.working,
    present: (Object.keys(result.techniques) as TechniqueId[]).filter((id) => result.techniques[id].present),
    flagged: result.checks
      .filter((c) => c.status === 'improve' || c.status === 'warn')
      .map((c) => ({
        id: c.id,
        status: c.status as 'improve' | 'warn',
        ...(c.spans[0]?.text ? { quote: c.spans[0].text } : {}),
      })),
  };
}

function toCause(effect: Effect): Turn['reaction']['causes'][number] {
  return { id: effect.id, effect: effect.effect, ...(effect.quote ? { quote: effect.quote } : {}) };
}
