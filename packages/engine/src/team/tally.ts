import {
  type ConversationScore,
  type GroupTally,
  METRIC_IDS,
  type MetricId,
  type MetricTally,
  type Outcome,
  type ReplyScore,
} from './types.js';

/** Which reply field each reply-level metric reads; `end_sentiment` comes from conversation scores. */
export const REPLY_METRIC_FIELDS = {
  empathy: 'empathy',
  active_listening: 'activeListening',
  regulation: 'regulation',
  de_escalation: 'deEscalation',
  apology_fit: 'apologyFit',
  personalisation: 'personalisation',
  jargon_free: 'jargonFree',
} as const satisfies Record<Exclude<MetricId, 'end_sentiment'>, keyof ReplyScore>;

export interface TallyOptions {
  byAgent: boolean;
  byWeek: boolean;
}

/**
 * Sums scored replies and conversation endings per agent and/or week, the same sums the server's
 * SQL computes over stored rows. Groups come out sorted by agent, then week.
 * @example tallyScores(replies, endings, { byAgent: true, byWeek: false })
 */
export function tallyScores(
  replies: readonly ReplyScore[],
  endings: readonly ConversationScore[],
  { byAgent, byWeek }: TallyOptions,
): GroupTally[] {
  const groups = new Map<string, Accumulator>();
  const groupOf = (agentId: string | null, week: string | null) => {
    const key = `${byAgent ? agentId : ''}|${byWeek ? week : ''}`;
    let acc = groups.get(key);
    if (!acc) {
      acc = newAccumulator(byAgent ? agentId : null, byWeek ? week : null);
      groups.set(key, acc);
    }
    return acc;
  };

  for (const reply of replies) {
    const acc = groupOf(reply.agentId, reply.week);
    acc.replies++;
    acc.scoreSum += reply.score;
    acc.conversationIds.add(reply.conversationId);
    for (const [metric, field] of Object.entries(REPLY_METRIC_FIELDS) as [MetricId, keyof ReplyScore][]) {
      add(acc.metrics[metric], reply[field] as Outcome, reply.conversationId);
    }
  }
  for (const ending of endings) {
    if (ending.endedWell === null || ending.agentId === null) continue;
    add(groupOf(ending.agentId, ending.week).metrics.end_sentiment, ending.endedWell, ending.conversationId);
  }

  return [...groups.values()]
    .map(toTally)
    .sort((a, b) => compare(a.agentId, b.agentId) || compare(a.week, b.week));
}

/** A tally with nothing in it, for a group that has no rows. */
export function emptyTally(agentId: string | null, week: string | null): GroupTally {
  return toTally(newAccumulator(agentId, week));
}

interface MetricAccumulator {
  hits: number;
  applicable: number;
  conversationIds: Set<string>;
}

interface Accumulator {
  agentId: string | null;
  week: string | null;
  replies: number;
  scoreSum: number;
  conversationIds: Set<string>;
  metrics: Record<MetricId, MetricAccumulator>;
}

function newAccumulator(agentId: string | null, week: string | null): Accumulator {
  const metrics = {} as Record<MetricId, MetricAccumulator>;
  for (const id of METRIC_IDS) metrics[id] = { hits: 0, applicable: 0, conversationIds: new Set() };
  return { agentId, week, replies: 0, scoreSum: 0, conversationIds: new Set(), metrics };
}

function add(acc: MetricAccumulator, outcome: Outcome, conversationId: string): void {
  if (outcome === null) return;
  acc.applicable++;
  acc.hits += outcome;
  acc.conversationIds.add(conversationId);
}

function toTally(acc: Accumulator): GroupTally {
  const metrics = {} as Record<MetricId, MetricTally>;
  for (const id of METRIC_IDS) {
    const m = acc.metrics[id];
    metrics[id] = { hits: m.hits, applicable: m.applicable, conversations: m.conversationIds.size };
  }
  return {
    agentId: acc.agentId,
    week: acc.week,
    replies: acc.replies,
    conversations: acc.conversationIds.size,
    scoreSum: acc.scoreSum,
    metrics,
  };
}

function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
