import {
  type Goal,
  type GroupTally,
  METRIC_IDS,
  type MetricFigure,
  type MetricId,
  type Scorecard,
} from './types.js';

export interface ScorecardOptions {
  /** A figure resting on fewer conversations than this is flagged and not ranked (default 5). */
  minConversations?: number;
  goals?: readonly Goal[];
}

export const DEFAULT_MIN_CONVERSATIONS = 5;

/**
 * Turns tallies into scorecards: each metric's rate, the conversations it rests on, a small-sample
 * flag, the goal that applies (the agent's own, else the team's) and, across the given agents, a
 * rank among those with enough conversations (1 = best; equal rates share a rank).
 * @example buildScorecards(tallies, { goals: [{ metric: 'empathy', target: 0.8, agentId: null }] })
 */
export function buildScorecards(tallies: readonly GroupTally[], options: ScorecardOptions = {}): Scorecard[] {
  const min = options.minConversations ?? DEFAULT_MIN_CONVERSATIONS;
  const goals = options.goals ?? [];
  const cards = tallies.map((tally) => toScorecard(tally, min, goals));
  for (const metric of METRIC_IDS) rank(cards, metric);
  return cards;
}

/** The target for a metric: the agent's own goal wins over the team's. */
export function goalFor(goals: readonly Goal[], metric: MetricId, agentId: string | null): number | null {
  const own = agentId === null ? undefined : goals.find((g) => g.metric === metric && g.agentId === agentId);
  const team = goals.find((g) => g.metric === metric && g.agentId === null);
  return (own ?? team)?.target ?? null;
}

function toScorecard(tally: GroupTally, min: number, goals: readonly Goal[]): Scorecard {
  const metrics = {} as Record<MetricId, MetricFigure>;
  for (const id of METRIC_IDS) {
    const t = tally.metrics[id];
    const value = t.applicable > 0 ? t.hits / t.applicable : null;
    const goal = goalFor(goals, id, tally.agentId);
    metrics[id] = {
      value,
      hits: t.hits,
      applicable: t.applicable,
      conversations: t.conversations,
      smallSample: t.conversations < min,
      goal,
      meetsGoal: goal === null || value === null ? null : value >= goal,
      rank: null,
    };
  }
  return {
    agentId: tally.agentId,
    week: tally.week,
    replies: tally.replies,
    conversations: tally.conversations,
    meanScore: tally.replies > 0 ? tally.scoreSum / tally.replies : null,
    metrics,
  };
}

function rank(cards: Scorecard[], metric: MetricId): void {
  const ranked = cards
    .filter((c) => c.agentId !== null && !c.metrics[metric].smallSample && c.metrics[metric].value !== null)
    .sort((a, b) => (b.metrics[metric].value ?? 0) - (a.metrics[metric].value ?? 0));
  let previous: number | undefined;
  let place = 0;
  for (const [index, card] of ranked.entries()) {
    const value = card.metrics[metric].value ?? 0;
    if (previous === undefined || value < previous - 1e-12) place = index + 1;
    previous = value;
    card.metrics[metric].rank = place;
  }
}
