import type { CoachCheckId } from '../coach/index.js';
import { type ComposedReply, compose } from '../compose/index.js';
import type { CxEmotion } from '../emotion/types.js';
import { customerMessages } from './session.js';
import type { Scenario, SessionState, SessionStatus, Turn } from './types.js';

/** A reply that moved the customer this much (either way) is a turning point. */
const TURNING = 0.12;
/** Points for the outcome; the rest of the score is the mean coach score. */
const OUTCOME_SHARE = 0.4;
const REWRITE_TRIES = 3;

export interface TurningPoint {
  turn: number;
  direction: 'calmed' | 'inflamed';
  /** The words that did it (a coach finding's span, else the reply's first sentence). */
  quote: string;
  because: string[];
  from: { emotion: CxEmotion; intensity: number };
  to: { emotion: CxEmotion; intensity: number };
}

export interface Debrief {
  outcome: SessionStatus;
  /** 0..100: 60% the mean coach score of the replies, 40% the outcome. */
  score: number;
  working: { coachMean: number; outcomePoints: number };
  turns: number;
  start: { emotion: CxEmotion; intensity: number };
  end: { emotion: CxEmotion; intensity: number };
  factsFound: { found: number; total: number; missing: string[] };
  turningPoints: TurningPoint[];
  /** Habits that calmed the customer, with the turns they did it in, most effective first. */
  worked: { id: string; turns: number[]; total: number }[];
  /** Findings that hurt, most frequent first. */
  toWorkOn: { id: CoachCheckId | 'stalling'; turns: number[] }[];
  /** The weakest reply and a rewrite of it by `compose()` for the same moment. */
  weakest: { turn: number; reply: string; score: number; rewrite: string; rewriteScore: number } | null;
  summary: string;
}

/**
 * What a session taught: its score, the turning points quoted, what worked, what to work on and a
 * rewrite of the weakest reply (from `compose()`, with the scenario's options and next step).
 * @example const d = debrief(scenario, state); d.score; d.turningPoints[0]?.quote; d.weakest?.rewrite
 */
export function debrief(scenario: Scenario, state: SessionState): Debrief {
  const turns = state.turns;
  const coachMean = turns.length === 0 ? 0 : Math.round(mean(turns.map((t) => t.coach.score)));
  const outcomePoints = outcomeScore(state);
  const score = Math.round((1 - OUTCOME_SHARE) * coachMean + OUTCOME_SHARE * outcomePoints);
  const start = { emotion: scenario.start.emotion, intensity: scenario.start.intensity };
  const missing = scenario.goal.facts.filter((id) => !state.discovered.includes(id));
  const weakest = weakestTurn(scenario, state);
  const result: Debrief = {
    outcome: state.status,
    score,
    working: { coachMean, outcomePoints },
    turns: turns.length,
    start,
    end: { emotion: state.emotion, intensity: state.intensity },
    factsFound: { found: state.discovered.length, total: scenario.facts.length, missing },
    turningPoints: turningPoints(turns, start),
    worked: worked(turns),
    toWorkOn: toWorkOn(turns),
    weakest,
    summary: '',
  };
  result.summary = summarise(scenario, result);
  return result;
}

function outcomeScore(state: SessionState): number {
  if (state.status === 'solved') return 100;
  if (state.status === 'left') return 0;
  // Not finished: credit for how calm the customer is now and whether the fix was offered.
  return Math.round(60 * (1 - state.intensity) + (state.resolved ? 20 : 0));
}

function turningPoints(turns: readonly Turn[], start: TurningPoint['from']): TurningPoint[] {
  const points: TurningPoint[] = [];
  let before = start;
  for (const turn of turns) {
    const after = { emotion: turn.emotion, intensity: turn.intensity };
    const delta = turn.reaction.delta;
    if (Math.abs(delta) >= TURNING) {
      const direction = delta < 0 ? 'calmed' : 'inflamed';
      const drivers = turn.reaction.causes
        .filter((c) => (direction === 'calmed' ? c.effect < 0 : c.effect > 0))
        .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
      const quoted = drivers.find((c) => c.quote)?.quote;
      points.push({
        turn: turn.index,
        direction,
        quote: quoted ? sentenceAround(turn.reply, quoted) : firstSentence(turn.reply),
        because: drivers.map((c) => c.id),
        from: before,
        to: after,
      });
    }
    before = after;
  }
  return points;
}

function worked(turns: readonly Turn[]): Debrief['worked'] {
  const byId = new Map<string, { turns: number[]; total: number }>();
  for (const turn of turns) {
    for (const cause of turn.reaction.causes) {
      if (cause.effect >= 0) continue;
      const entry = byId.get(cause.id) ?? { turns: [], total: 0 };
      entry.turns.push(turn.index);
      entry.total = Math.round((entry.total + cause.effect) * 1000) / 1000;
      byId.set(cause.id, entry);
    }
  }
  return [...byId].map(([id, v]) => ({ id, ...v })).sort((a, b) => a.total - b.total);
}

function toWorkOn(turns: readonly Turn[]): Debrief['toWorkOn'] {
  const byId = new Map<CoachCheckId | 'stalling', number[]>();
  const add = (id: CoachCheckId | 'stalling', turn: number) => {
    const list = byId.get(id) ?? [];
    if (!list.includes(turn)) list.push(turn);
    byId.set(id, list);
  };
  for (const turn of turns) {
    for (const flag of turn.coach.flagged)
      if (flag.status === 'warn') add(flag.id as CoachCheckId, turn.index);
    for (const cause of turn.reaction.causes) {
      if (cause.effect > 0) add(cause.id as CoachCheckId | 'stalling', turn.index);
    }
  }
  return [...byId].map(([id, list]) => ({ id, turns: list })).sort((a, b) => b.turns.length - a.turns.length);
}

function weakestTurn(scenario: Scenario, state: SessionState): Debrief['weakest'] {
  if (state.turns.length === 0) return null;
  const weakest = state.turns.reduce((low, t) => (t.coach.score < low.coach.score ? t : low));
  // The rewrite answers the same moment: the customer's messages up to that reply.
  const said = customerMessages(state).slice(0, weakest.index);
  const input = {
    customer: said,
    customerName: scenario.persona.name,
    options: scenario.options,
    nextStep: scenario.nextStep,
    channel: 'chat' as const,
    previousReplies: state.turns.slice(0, weakest.index - 1).map((t) => t.reply),
    facts: scenario.facts.filter((f) => state.discovered.includes(f.id)).map((f) => f.says),
  };
  // A few seeded tries, best first: a rewrite should be a model answer, not one roll of the dice.
  const draft = Array.from(
    { length: REWRITE_TRIES },
    (_, i) => compose({ ...input, seed: state.seed + i }).draft,
  ).sort((a, b) => b.coach.score - a.coach.score)[0] as ComposedReply;
  return {
    turn: weakest.index,
    reply: weakest.reply,
    score: weakest.coach.score,
    rewrite: draft.text,
    rewriteScore: draft.coach.score,
  };
}

function summarise(scenario: Scenario, d: Debrief): string {
  const name = scenario.persona.name.split(' ')[0];
  const how =
    d.outcome === 'solved'
      ? `You solved it in ${d.turns} ${d.turns === 1 ? 'reply' : 'replies'}`
      : d.outcome === 'left'
        ? `${name} left after ${d.turns} ${d.turns === 1 ? 'reply' : 'replies'}`
        : d.outcome === 'timeout'
          ? `Time ran out after ${d.turns} replies`
          : `In progress after ${d.turns} ${d.turns === 1 ? 'reply' : 'replies'}`;
  const feeling = `${name} went from ${d.start.emotion} (${d.start.intensity.toFixed(2)}) to ${d.end.emotion} (${d.end.intensity.toFixed(2)})`;
  return `${how}. ${feeling}. Score ${d.score}/100.`;
}

/** The reply's sentence that holds the coach's span, so the quote reads as the trainee wrote it. */
function sentenceAround(reply: string, span: string): string {
  const sentence = reply.split(/(?<=[.!?])\s+/).find((s) => s.includes(span));
  return sentence ? clip(sentence) : span;
}

function firstSentence(text: string): string {
  return clip(text.split(/(?<=[.!?])\s+/)[0] ?? text);
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
