import type { CheckResult, CoachCheckId, CoachResult } from '../coach/index.js';
import { coachCore } from '../coach/index.js';
import { analyze } from '../emotion/index.js';
import type { Analysis } from '../emotion/types.js';
import { DE_ESCALATION_DROP, DE_ESCALATION_MIN_HEAT, heatOf, isHostile, weekOf } from './signals.js';
import type {
  CoachFn,
  ConversationScore,
  Outcome,
  ReplyScore,
  ScoredConversation,
  TeamConversation,
  TeamMessage,
} from './types.js';

export interface ScoreOptions {
  /** The coach to run on each reply (default `coachCore`). */
  coach?: CoachFn;
  /** Reads customer messages stored without an analysis (default `analyze`). */
  analyze?: (text: string) => Analysis;
}

// Agent tone, dismissiveness and blame are what losing one's temper looks like in a reply.
const COMPOSURE_CHECKS: readonly CoachCheckId[] = ['agent_tone', 'dismissive', 'blame'];
// The coach reads at most this many customer messages of one turn; older ones were answered already.
const TURN_LIMIT = 3;

/**
 * Scores every agent reply of a conversation against the customer's messages before it, and how
 * the conversation ended. Replies that answer no customer message (an agent opening the thread)
 * and messages without an author are left out.
 * @example scoreConversation({ id: 'c1', messages }).replies[0].empathy // 1, 0 or null
 */
export function scoreConversation(
  conversation: TeamConversation,
  options: ScoreOptions = {},
): ScoredConversation {
  const runCoach = options.coach ?? coachCore;
  const read = options.analyze ?? analyze;
  const readMessage = (m: TeamMessage) => m.analysis ?? read(m.body);

  const replies: ReplyScore[] = [];
  const previousReplies: string[] = [];
  let turn: { text: string; analysis: Analysis }[] = [];
  // Replies written since the customer last wrote: the last of them is the one the customer answers.
  let pending: ReplyScore[] = [];
  let ending: { agentId: string; message: TeamMessage; analysis: Analysis } | undefined;
  let lastAgent: string | null = null;

  for (const message of conversation.messages) {
    if (message.authorKind === 'customer') {
      const analysis = readMessage(message);
      const answered = pending.at(-1);
      if (answered) settleDeEscalation(answered, heatOf(analysis));
      if (pending.length > 0) turn = [];
      pending = [];
      turn = [...turn, { text: message.body, analysis }].slice(-TURN_LIMIT);
      if (lastAgent !== null) ending = { agentId: lastAgent, message, analysis };
      continue;
    }
    if (message.authorKind !== 'agent' || message.authorUserId === null || turn.length === 0) continue;
    const result = runCoach({
      reply: message.body,
      customer: turn,
      ...(conversation.customerName !== undefined && { customerName: conversation.customerName }),
      previousReplies: [...previousReplies],
    });
    const reply = scoreReply(conversation.id, message, message.authorUserId, turn, result);
    replies.push(reply);
    pending.push(reply);
    previousReplies.push(message.body);
    lastAgent = message.authorUserId;
  }

  const conversationScore: ConversationScore = {
    conversationId: conversation.id,
    agentId: ending?.agentId ?? null,
    at: ending?.message.createdAt ?? null,
    week: ending ? weekOf(ending.message.createdAt) : null,
    endValence: ending ? ending.analysis.sentiment.score : null,
    endedWell: ending ? (ending.analysis.sentiment.label === 'negative' ? 0 : 1) : null,
    replies: replies.length,
  };
  return { replies, conversation: conversationScore };
}

function scoreReply(
  conversationId: string,
  message: TeamMessage,
  agentId: string,
  turn: { text: string; analysis: Analysis }[],
  result: CoachResult,
): ReplyScore {
  const check = (id: CoachCheckId): CheckResult | undefined => result.checks.find((c) => c.id === id);
  const applies = (id: CoachCheckId) => {
    const c = check(id);
    return c !== undefined && c.status !== 'skip';
  };
  const last = turn.at(-1)?.analysis;
  const hostile = turn.some((m) => isHostile(m.analysis));
  const emotional = applies('acknowledge');
  const listeningApplies = applies('paraphrase') || check('question')?.status === 'improve';
  const apology = result.techniques.apology.present;

  return {
    messageId: message.id,
    conversationId,
    agentId,
    at: message.createdAt,
    week: weekOf(message.createdAt),
    score: result.score,
    empathy: emotional ? bit(result.techniques.acknowledge.present) : null,
    activeListening: listeningApplies
      ? bit(result.techniques.paraphrase.present || result.techniques.question.present)
      : null,
    regulation: hostile ? bit(!COMPOSURE_CHECKS.some((id) => check(id)?.status === 'warn')) : null,
    deEscalation: null,
    // A warranted apology must be there; an unwarranted one (to a happy customer, say) must not.
    apologyFit: applies('apology') ? bit(apology) : bit(!apology),
    personalisation: outcomeOf(check('personalized')),
    jargonFree: outcomeOf(check('jargon')),
    heatBefore: last ? round(heatOf(last)) : 0,
    heatAfter: null,
    customerEmotional: emotional,
    customerHostile: hostile,
  };
}

function settleDeEscalation(reply: ReplyScore, heatAfter: number): void {
  reply.heatAfter = round(heatAfter);
  if (reply.heatBefore >= DE_ESCALATION_MIN_HEAT) {
    reply.deEscalation = bit(reply.heatAfter <= reply.heatBefore - DE_ESCALATION_DROP);
  }
}

function outcomeOf(check: CheckResult | undefined): Outcome {
  if (check === undefined || check.status === 'skip') return null;
  return bit(check.status === 'pass');
}

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);
// Stored and compared at three decimals, so SQLite and PostgreSQL see the same numbers.
const round = (value: number) => Math.round(value * 1000) / 1000;
