import { roleplay, team } from '@rapport/engine';
import type { WorkspaceScope } from '../storage/index.js';
import { buildDigest, type CoachingDigest } from './build-digest.js';
import type { ReportPeriod } from './period.js';

/** The role-play library's scenarios, as the assessment recommends them. */
const ROLEPLAY_SCENARIOS: team.TrainingScenario[] = roleplay.SCENARIOS.map((s) => ({
  id: s.id,
  title: s.title,
  archetype: s.persona.archetype,
}));

export interface AgentCard extends team.Scorecard {
  agentId: string;
  name: string;
  momentsCreated: number;
}

export interface TeamReport {
  period: { from: string; to: string };
  /** The agent the report is for, or null for the whole team. */
  agentId: string | null;
  minConversations: number;
  team: team.Scorecard & { momentsCreated: number };
  agents: AgentCard[];
  trends: { team: team.Scorecard[]; agents: Record<string, team.Scorecard[]> };
  goals: team.Goal[];
  assessment: team.Assessment;
  calibration: team.Calibration;
  digests: CoachingDigest[];
  /** Conversations not scored yet (new or changed since the last `rapport team score`). */
  unscored: number;
  definitions: typeof team.METRIC_INFO;
}

export interface ReportOptions {
  period: ReportPeriod;
  agentId?: string;
  minConversations?: number;
  /** Role-play scenarios the assessment may recommend (default: the built-in role-play library). */
  scenarios?: readonly team.TrainingScenario[];
  /** Skip the coaching digests (they compose a rewrite per agent). */
  digests?: boolean;
}

/**
 * The team's report for a period from stored scores: scorecards per agent and for the team,
 * weekly trends, goals, the assessment, calibration against leads' reviews and coaching digests.
 * Run `scoreReplies` first; conversations it has not reached are counted in `unscored`.
 * @example const report = await buildTeamReport(ws, { period: periodOf({ from, to }) });
 */
export async function buildTeamReport(ws: WorkspaceScope, options: ReportOptions): Promise<TeamReport> {
  const { period, agentId } = options;
  const minConversations = options.minConversations ?? team.DEFAULT_MIN_CONVERSATIONS;
  const range = { from: period.start, to: period.end };
  const [goals, users, moments, unscored] = await Promise.all([
    ws.team.goals.list(),
    ws.users.list(),
    ws.team.momentsCreated.count(period.start, period.end),
    ws.team.conversationScores.countStale(),
  ]);
  const [teamTally, agentTallies, teamWeeks, agentWeeks] = await Promise.all([
    ws.team.replyScores.tally({ ...range, byAgent: false, byWeek: false }),
    ws.team.replyScores.tally({ ...range, byAgent: true, byWeek: false }),
    ws.team.replyScores.tally({ ...range, byAgent: false, byWeek: true }),
    ws.team.replyScores.tally({
      ...range,
      ...(agentId !== undefined && { agentId }),
      byAgent: true,
      byWeek: true,
    }),
  ]);
  const cardOptions = { minConversations, goals };
  const [teamCard] = team.buildScorecards([teamTally[0] ?? team.emptyTally(null, null)], cardOptions);
  if (!teamCard) throw new Error('no team scorecard');

  // Every agent of the workspace has a card, those without replies too (shown as no data).
  const names = new Map(users.map((u) => [u.id, u.name]));
  const tallied = new Map(agentTallies.map((t) => [t.agentId, t]));
  const agentIds = new Set([...users.filter((u) => u.role === 'agent').map((u) => u.id), ...tallied.keys()]);
  const allCards = team.buildScorecards(
    [...agentIds]
      .filter((id): id is string => id !== null)
      .map((id) => tallied.get(id) ?? team.emptyTally(id, null)),
    cardOptions,
  );
  const agents: AgentCard[] = allCards
    .filter((card) => agentId === undefined || card.agentId === agentId)
    .map((card) => ({
      ...card,
      agentId: card.agentId ?? '',
      name: names.get(card.agentId ?? '') ?? card.agentId ?? '',
      momentsCreated: moments.byReviewer.get(card.agentId ?? '') ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.agentId.localeCompare(b.agentId));

  const trendsByAgent: Record<string, team.Scorecard[]> = {};
  for (const card of team.buildScorecards(agentWeeks, cardOptions)) {
    if (card.agentId === null) continue;
    const weeks = trendsByAgent[card.agentId] ?? [];
    weeks.push(card);
    trendsByAgent[card.agentId] = weeks;
  }

  const subject = agentId === undefined ? teamCard : agents[0];
  const assessment = team.assess(subject ?? teamCard, agentId === undefined ? allCards : agents, {
    goals,
    scenarios: options.scenarios ?? ROLEPLAY_SCENARIOS,
  });

  const digests =
    options.digests === false
      ? []
      : await Promise.all(agents.map((a) => buildDigest(ws, { agentId: a.agentId, name: a.name, period })));

  return {
    period: { from: period.from, to: period.to },
    agentId: agentId ?? null,
    minConversations,
    team: { ...teamCard, momentsCreated: moments.total },
    agents,
    trends: { team: team.buildScorecards(teamWeeks, cardOptions), agents: trendsByAgent },
    goals,
    assessment,
    calibration: await calibrationFor(ws, options),
    digests,
    unscored,
    definitions: team.METRIC_INFO,
  };
}

async function calibrationFor(
  ws: WorkspaceScope,
  { period, agentId }: ReportOptions,
): Promise<team.Calibration> {
  const reviews = await ws.team.reviews.listForPeriod(period.start, period.end);
  const ids = [...new Set(reviews.map((r) => r.conversationId))];
  const [replies, endings] = await Promise.all([
    ws.team.replyScores.listByConversations(ids),
    ws.team.conversationScores.listByConversations(ids),
  ]);
  const repliesOf = new Map<string, team.ReplyScore[]>();
  for (const reply of replies) {
    if (agentId !== undefined && reply.agentId !== agentId) continue;
    const list = repliesOf.get(reply.conversationId) ?? [];
    list.push(reply);
    repliesOf.set(reply.conversationId, list);
  }
  const endingOf = new Map(endings.map((e) => [e.conversationId, e]));
  const relevant = agentId === undefined ? reviews : reviews.filter((r) => repliesOf.has(r.conversationId));
  return team.calibrate(relevant, (id) => {
    const list = repliesOf.get(id);
    return list ? team.verdictsFor(list, endingOf.get(id)) : undefined;
  });
}
