import { goalFor } from './scorecard.js';
import { type Goal, METRIC_IDS, type MetricId, type Scorecard } from './types.js';

/**
 * The role-play themes (the role-play personas' archetypes) that train each metric: a trainee
 * who misses acknowledgement practises on grieving and anxious customers, and so on.
 */
export const TRAINING_THEMES = {
  empathy: ['grieving', 'anxious'],
  active_listening: ['confused'],
  regulation: ['angry'],
  de_escalation: ['angry', 'leaving'],
  end_sentiment: ['let_down', 'leaving'],
  apology_fit: ['let_down'],
  personalisation: ['leaving'],
  jargon_free: ['confused'],
} as const satisfies Record<MetricId, readonly string[]>;

/** Where a metric sits without a goal: a rate the team should reach to call it a strength. */
export const DEFAULT_BENCHMARK = 0.8;

/** A role-play scenario the assessment may recommend (id, title and its persona's archetype). */
export interface TrainingScenario {
  id: string;
  title: string;
  archetype: string;
}

export interface AssessedMetric {
  metric: MetricId;
  value: number;
  /** The goal, or the default benchmark when no goal is set. */
  target: number;
  /** value − target: positive for strengths, negative for areas to improve. */
  margin: number;
  conversations: number;
}

export interface TrainingPick {
  metric: MetricId;
  /** The role-play themes that train it; `scenarios` lists matching scenario ids when known. */
  themes: readonly string[];
  scenarios: TrainingScenario[];
  /** Agents who would gain most, most first: misses that reaching the target would have avoided. */
  agents: { agentId: string; value: number; target: number; missesAvoided: number }[];
}

export interface Assessment {
  strengths: AssessedMetric[];
  /** The two or three metrics most worth improving, furthest below target first. */
  improve: AssessedMetric[];
  training: TrainingPick[];
  /** Metrics left out because the team's sample is too small to judge. */
  notJudged: MetricId[];
}

export interface AssessOptions {
  goals?: readonly Goal[];
  scenarios?: readonly TrainingScenario[];
  /** How many agents to name per training pick (default 3). */
  agentsPerPick?: number;
}

/**
 * Reads the team's scorecard and its agents' scorecards for one period: strengths (at or above
 * target), the two or three areas furthest below target, and who would gain most from which
 * training theme. Small samples are neither praised nor criticised.
 * @example assess(teamCard, agentCards, { goals }).improve.map((m) => m.metric)
 */
export function assess(
  team: Scorecard,
  agents: readonly Scorecard[],
  options: AssessOptions = {},
): Assessment {
  const goals = options.goals ?? [];
  const judged: AssessedMetric[] = [];
  const notJudged: MetricId[] = [];
  for (const metric of METRIC_IDS) {
    const figure = team.metrics[metric];
    if (figure.value === null || figure.smallSample) {
      notJudged.push(metric);
      continue;
    }
    const target = goalFor(goals, metric, null) ?? DEFAULT_BENCHMARK;
    judged.push({
      metric,
      value: figure.value,
      target,
      margin: figure.value - target,
      conversations: figure.conversations,
    });
  }

  const strengths = judged.filter((m) => m.margin >= 0).sort((a, b) => b.margin - a.margin);
  const below = judged.filter((m) => m.margin < 0).sort((a, b) => a.margin - b.margin);
  // Always name at least two areas when there are enough judged metrics: a team that meets every
  // target still has its two weakest to keep an eye on.
  const improve =
    below.length >= 2
      ? below.slice(0, 3)
      : [...below, ...strengths.slice().sort((a, b) => a.margin - b.margin)].slice(0, 2);
  const improving = new Set(improve.map((m) => m.metric));

  return {
    strengths: strengths.filter((m) => !improving.has(m.metric)),
    improve,
    training: improve.map((m) => trainingFor(m.metric, agents, goals, options)),
    notJudged,
  };
}

function trainingFor(
  metric: MetricId,
  agents: readonly Scorecard[],
  goals: readonly Goal[],
  options: AssessOptions,
): TrainingPick {
  const themes = TRAINING_THEMES[metric];
  // Up to three scenarios, in the order the themes list them (the best fit first).
  const scenarios = themes
    .flatMap((theme) => (options.scenarios ?? []).filter((s) => s.archetype === theme))
    .slice(0, 3);
  const picks = agents.flatMap((card) => {
    const figure = card.metrics[metric];
    if (card.agentId === null || figure.value === null || figure.smallSample) return [];
    const target = goalFor(goals, metric, card.agentId) ?? DEFAULT_BENCHMARK;
    const missesAvoided = Math.round((target - figure.value) * figure.applicable * 10) / 10;
    return missesAvoided > 0 ? [{ agentId: card.agentId, value: figure.value, target, missesAvoided }] : [];
  });
  picks.sort((a, b) => b.missesAvoided - a.missesAvoided || (a.agentId < b.agentId ? -1 : 1));
  return { metric, themes, scenarios, agents: picks.slice(0, options.agentsPerPick ?? 3) };
}
