import type { team } from '@rapport/engine';
import type { Api } from '../api/api-client.js';

/** A reply quoted in a digest (the server's `DigestReply`). */
export interface DigestReplyView {
  conversationId: string;
  score: number;
  quote: string;
  customerQuote: string;
}

export interface DigestView {
  agentId: string;
  name: string;
  best: DigestReplyView | null;
  missed:
    | (DigestReplyView & { missedMetrics: team.MetricId[]; rewrite: { text: string; score: number } })
    | null;
}

export type AgentCardView = team.Scorecard & { agentId: string; name: string; momentsCreated: number };

/** The report as `GET api/team/report` sends it (the server's `TeamReport`). */
export interface TeamReportView {
  period: { from: string; to: string };
  agentId: string | null;
  minConversations: number;
  team: team.Scorecard & { momentsCreated: number };
  agents: AgentCardView[];
  trends: { team: team.Scorecard[]; agents: Record<string, team.Scorecard[]> };
  goals: team.Goal[];
  assessment: team.Assessment;
  calibration: team.Calibration;
  digests: DigestView[];
  unscored: number;
}

/** The last four whole weeks up to today, as the page opens. */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const from = new Date(today);
  from.setUTCDate(from.getUTCDate() - 27);
  return { from: from.toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };
}

/**
 * Reads the team report (leads), or one agent's (leads, or agents for themselves: the server
 * answers an agent with their own scorecard whatever they ask).
 */
export async function fetchTeamReport(
  api: Api,
  period: { from: string; to: string },
  agentId?: string,
): Promise<TeamReportView> {
  const query = new URLSearchParams({ from: period.from, to: period.to, ...(agentId && { agentId }) });
  return (await api.get<{ report: TeamReportView }>(`api/team/report?${query}`)).report;
}

export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
