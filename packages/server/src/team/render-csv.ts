import { team } from '@rapport/engine';
import type { TeamReport } from './build-report.js';

const HEADER = [
  'scope',
  'agent_id',
  'agent_name',
  'week',
  'metric',
  'value',
  'hits',
  'applicable',
  'conversations',
  'small_sample',
  'goal',
  'meets_goal',
  'rank',
];

/**
 * The report as CSV for spreadsheets: one row per scope (team or agent), week (empty for the
 * whole period) and metric, with the sums behind each rate, plus a `replies`, `mean_score` and
 * `moments_created` row per scope and period.
 * @example writeFileSync('team.csv', renderCsv(report));
 */
export function renderCsv(report: TeamReport): string {
  const rows: (string | number | boolean | null)[][] = [HEADER];
  const names = new Map(report.agents.map((a) => [a.agentId, a.name]));
  const add = (card: team.Scorecard, moments?: number) => {
    const scope = card.agentId === null ? 'team' : 'agent';
    const name = card.agentId === null ? '' : (names.get(card.agentId) ?? '');
    const lead = [scope, card.agentId ?? '', name, card.week ?? ''];
    for (const metric of team.METRIC_IDS) {
      const f = card.metrics[metric];
      rows.push([
        ...lead,
        metric,
        f.value === null ? '' : round(f.value),
        f.hits,
        f.applicable,
        f.conversations,
        f.smallSample,
        f.goal ?? '',
        f.meetsGoal ?? '',
        f.rank ?? '',
      ]);
    }
    const extra = (metric: string, value: number | null) =>
      rows.push([...lead, metric, value ?? '', '', card.replies, card.conversations, '', '', '', '']);
    extra('replies', card.replies);
    extra('mean_score', card.meanScore === null ? null : round(card.meanScore));
    if (moments !== undefined) extra('moments_created', moments);
  };
  if (report.agentId === null) add(report.team, report.team.momentsCreated);
  for (const card of report.agents) add(card, card.momentsCreated);
  if (report.agentId === null) for (const week of report.trends.team) add(week);
  for (const weeks of Object.values(report.trends.agents)) for (const week of weeks) add(week);
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  // Quote what a spreadsheet would misread, and defuse formulas in names (=, +, -, @).
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
