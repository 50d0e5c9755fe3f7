import { analyze as defaultAnalyze } from '../emotion/index.js';
import type { Analysis } from '../emotion/types.js';
import { predictRemembered, round } from './remembered.js';
import type {
  Journey,
  JourneyMessage,
  JourneyOptions,
  JourneyRisk,
  JourneyTurn,
  ReplyEffect,
} from './types.js';

const DEFAULT_THRESHOLD = 0.25;

/**
 * The emotional journey of one conversation: the customer's mood turn by turn, the peak and the
 * end, what each agent reply did to the customer's next message, how they will likely remember
 * it (peak-end rule) and the escalation and churn risk now. Pure: messages in, journey out.
 * @example
 * const j = journey([
 *   { id: 'm1', author: 'customer', text: 'I was charged twice and nobody answers!' },
 *   { id: 'm2', author: 'agent', text: 'I am sorry, I have refunded the second charge.' },
 *   { id: 'm3', author: 'customer', text: 'Thank you, that is a relief.' },
 * ]);
 * j.replies[0]?.effect // 'de-escalated'
 * j.remembered.label   // 'mixed' or 'positive'
 */
export function journey(messages: readonly JourneyMessage[], options: JourneyOptions = {}): Journey {
  const read = options.analyze ?? defaultAnalyze;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const turns: JourneyTurn[] = [];
  const replies: ReplyEffect[] = [];
  // Replies waiting for the customer's next message, and the customer turn they answered.
  let pending: ReplyEffect[] = [];
  let lastCustomer: JourneyTurn | null = null;

  for (const message of messages) {
    if (message.author === 'customer') {
      const turn = toTurn(message, message.analysis ?? read(message.text ?? ''));
      for (const reply of pending) settle(reply, lastCustomer, turn, threshold);
      pending = [];
      turns.push(turn);
      lastCustomer = turn;
    } else if (message.author === 'agent') {
      const reply: ReplyEffect = {
        replyId: message.id,
        beforeId: lastCustomer?.messageId ?? null,
        afterId: null,
        change: null,
        effect: 'unknown',
      };
      replies.push(reply);
      pending.push(reply);
    }
  }

  const peak = strongest(turns);
  const end = turns[turns.length - 1] ?? null;
  const lastAuthored = [...messages].reverse().find((m) => m.author !== 'system');
  const remembered = predictRemembered(turns, peak, end, replies, lastAuthored?.author === 'customer');
  return { turns, peak, end, replies, remembered, risk: riskOf(turns, peak, end, replies) };
}

function toTurn(message: JourneyMessage, analysis: Analysis): JourneyTurn {
  const mood = analysis.sentiment.score;
  const intensity = analysis.intensity;
  const top = analysis.emotions[0];
  return {
    messageId: message.id,
    ...(message.at !== undefined && { at: message.at }),
    mood: round(mood),
    intensity: round(intensity),
    upset: round(Math.max(0, -mood) * (0.5 + 0.5 * intensity)),
    emotion: top?.label ?? null,
    escalation: analysis.risk.escalation,
    churn: analysis.risk.churn,
  };
}

function settle(reply: ReplyEffect, before: JourneyTurn | null, after: JourneyTurn, threshold: number) {
  reply.afterId = after.messageId;
  if (before === null) return;
  // Mood alone misses a customer who stays negative but stops shouting, or who was already at
  // the bottom of the scale and now threatens to leave: a drop in how upset they are, or in how
  // much they now risk escalating or leaving, counts as calming too, and a rise as inflaming (in
  // full: at the bottom of the mood scale a new threat to leave is all that can still move).
  const risk = (t: JourneyTurn) => Math.max(t.escalation, t.churn);
  const change = round(
    after.mood - before.mood + (before.upset - after.upset) + (risk(before) - risk(after)),
  );
  reply.change = change;
  reply.effect = change >= threshold ? 'de-escalated' : change <= -threshold ? 'inflamed' : 'steady';
}

/** The most intense moment: strongest feeling either way; on a tie the more negative one. */
function strongest(turns: readonly JourneyTurn[]): JourneyTurn | null {
  let best: JourneyTurn | null = null;
  let bestWeight = -1;
  for (const turn of turns) {
    const weight = Math.abs(turn.mood) * (0.5 + 0.5 * turn.intensity);
    if (weight > bestWeight || (weight === bestWeight && best !== null && turn.mood < best.mood)) {
      best = turn;
      bestWeight = weight;
    }
  }
  return best;
}

function riskOf(
  turns: readonly JourneyTurn[],
  peak: JourneyTurn | null,
  end: JourneyTurn | null,
  replies: readonly ReplyEffect[],
): JourneyRisk {
  const first = turns[0];
  if (end === null || peak === null || first === undefined) {
    return { escalation: 0, churn: 0, trend: 0, reasons: [] };
  }
  const trend = round(end.mood - first.mood);
  const reasons: string[] = [];
  // The latest message says most about now; the worst moment still counts for part of it.
  let escalation = Math.max(end.escalation, 0.6 * peak.escalation);
  let churn = Math.max(end.churn, 0.6 * peak.churn);
  if (end.escalation >= 0.4) reasons.push('their latest message calls for a senior agent');
  if (end.churn >= 0.4) reasons.push('their latest message suggests they may leave');
  if (peak !== end && peak.upset >= 0.5) reasons.push('they were very upset earlier');
  const inflamed = replies.filter((r) => r.effect === 'inflamed').length;
  if (inflamed > 0) {
    escalation = 1 - (1 - escalation) * 0.8 ** inflamed;
    churn = 1 - (1 - churn) * 0.85 ** inflamed;
    reasons.push(
      inflamed === 1 ? 'a reply made them more upset' : `${inflamed} replies made them more upset`,
    );
  }
  if (turns.length > 1 && trend <= -0.5) {
    escalation = 1 - (1 - escalation) * 0.8;
    reasons.push('they got more upset over the conversation');
  }
  if (turns.length > 1 && trend >= 0.5 && end.mood > 0) {
    escalation *= 0.6;
    churn *= 0.6;
    reasons.push('they ended calmer than they started');
  }
  return { escalation: round(clamp01(escalation)), churn: round(clamp01(churn)), trend, reasons };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
