import type { CoachResult } from '../coach/index.js';
import type { Analysis } from '../emotion/types.js';

/** The emotional-intelligence metrics of a team, each a rate in 0..1 where higher is better. */
export const METRIC_IDS = [
  'empathy',
  'active_listening',
  'regulation',
  'de_escalation',
  'end_sentiment',
  'apology_fit',
  'personalisation',
  'jargon_free',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** A message of a stored conversation, with the analysis stored beside it (customer messages). */
export interface TeamMessage {
  id: string;
  authorKind: 'customer' | 'agent' | 'system';
  authorUserId: string | null;
  body: string;
  /** ISO-8601 time it was written. */
  createdAt: string;
  analysis?: Analysis;
}

export interface TeamConversation {
  id: string;
  customerName?: string;
  /** In the order they were written. */
  messages: TeamMessage[];
}

/** A 0/1 outcome, or null where the metric does not apply to this reply. */
export type Outcome = 0 | 1 | null;

/**
 * One agent reply, scored once and stored (`reply_scores`), so reports aggregate these rows
 * instead of coaching every reply again.
 */
export interface ReplyScore {
  messageId: string;
  conversationId: string;
  agentId: string;
  /** When the reply was written (ISO-8601). */
  at: string;
  /** Monday of the reply's week (UTC), `YYYY-MM-DD`: the bucket of weekly trends. */
  week: string;
  /** The coach's 0..100 score of the reply against the customer's turn before it. */
  score: number;
  empathy: Outcome;
  activeListening: Outcome;
  regulation: Outcome;
  deEscalation: Outcome;
  apologyFit: Outcome;
  personalisation: Outcome;
  jargonFree: Outcome;
  /** The customer's heat (0..1, negative feeling) in the message answered, and in the next one. */
  heatBefore: number;
  heatAfter: number | null;
  /** The customer was emotional (the coach asks for acknowledgement) / hostile in the turn answered. */
  customerEmotional: boolean;
  customerHostile: boolean;
}

/** How one conversation ended, attributed to the agent whose reply the customer answered last. */
export interface ConversationScore {
  conversationId: string;
  /** Null when no agent replied before the customer's last message. */
  agentId: string | null;
  /** The time of the customer's last message after a reply (ISO-8601), or null. */
  at: string | null;
  week: string | null;
  /** The customer's last message's sentiment, -1..1. */
  endValence: number | null;
  /** 1 when that message is not negative; null when the customer never wrote after a reply. */
  endedWell: Outcome;
  replies: number;
}

/** A scored conversation: its replies and how it ended. */
export interface ScoredConversation {
  replies: ReplyScore[];
  conversation: ConversationScore;
}

/** Runs the coach on one reply; `coachCore` fits. */
export type CoachFn = (input: {
  reply: string;
  customer: { text: string; analysis: Analysis }[];
  customerName?: string;
  previousReplies?: string[];
}) => CoachResult;

/** Sums behind one metric for one group (an agent, the team, a week). */
export interface MetricTally {
  hits: number;
  applicable: number;
  /** Distinct conversations the applicable replies (or endings) belong to. */
  conversations: number;
}

/** Everything summed for one group: what SQL returns and `tallyScores` computes alike. */
export interface GroupTally {
  /** Agent id, or null for the whole team. */
  agentId: string | null;
  /** `YYYY-MM-DD` Monday for weekly rows; null for the whole period. */
  week: string | null;
  replies: number;
  conversations: number;
  scoreSum: number;
  metrics: Record<MetricId, MetricTally>;
}

/** A target for a metric, for the team (agentId null) or one agent. */
export interface Goal {
  metric: MetricId;
  /** 0..1. */
  target: number;
  agentId: string | null;
}

/** One metric's figure in a scorecard. */
export interface MetricFigure {
  /** hits / applicable, or null when nothing applied. */
  value: number | null;
  hits: number;
  applicable: number;
  conversations: number;
  /** Fewer conversations than the minimum: shown, but not ranked. */
  smallSample: boolean;
  goal: number | null;
  meetsGoal: boolean | null;
  /** 1 = best among agents with enough conversations; null when not ranked. */
  rank: number | null;
}

export interface Scorecard {
  agentId: string | null;
  week: string | null;
  replies: number;
  conversations: number;
  /** Mean coach score of the replies, 0..100, or null with no replies. */
  meanScore: number | null;
  metrics: Record<MetricId, MetricFigure>;
}
