import './team.css';
import { team } from '@rapport/engine';
import { useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';
import { DigestCard } from './DigestCard.js';
import { ScorecardChart, TrendChart } from './ScorecardChart.js';
import { ScorecardTable } from './ScorecardTable.js';
import { defaultPeriod, fetchTeamReport, percent, type TeamReportView } from './team-report.js';

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; report: TeamReportView };

/**
 * The team's emotional intelligence: for leads the team overview (scorecard chart, assessment,
 * agents, trends, calibration) and, with an agent id, that agent's scorecard and digest; agents
 * always get their own scorecard (the server decides).
 */
export function TeamPage({ api, agentId }: { api: Api; agentId?: string | null }) {
  const [period, setPeriod] = useState(() => defaultPeriod(new Date()));
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    fetchTeamReport(api, period, agentId ?? undefined).then(
      (report) => live && setLoad({ status: 'done', report }),
      (err: unknown) =>
        live && setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [api, period, agentId]);

  const report = load.status === 'done' ? load.report : null;
  const agent = report?.agentId ? report.agents.find((a) => a.agentId === report.agentId) : undefined;
  const title = agent ? `${agent.name}: scorecard` : 'Team';
  const exportLink = (format: 'csv' | 'html') =>
    `api/team/report?${new URLSearchParams({ ...period, format, ...(report?.agentId && { agentId: report.agentId }) })}`;

  return (
    <section className="page team" aria-labelledby="team-title">
      <h2 id="team-title">{title}</h2>
      <form className="team-period" onSubmit={(e) => e.preventDefault()}>
        <label>
          From{' '}
          <input
            type="date"
            value={period.from}
            onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={period.to}
            onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })}
          />
        </label>
        <a href={exportLink('html')} target="_blank" rel="noreferrer">
          Printable report
        </a>
        <a href={exportLink('csv')}>CSV</a>
        {agent && <a href="#/team">Whole team</a>}
      </form>
      {load.status === 'loading' && <p role="status">Loading the scorecards…</p>}
      {load.status === 'failed' && <p role="alert">Could not load the team report: {load.message}</p>}
      {report && (
        <>
          {report.unscored > 0 && (
            <p className="muted">
              {report.unscored} conversations are not scored yet; run <code>rapport team score</code>.
            </p>
          )}
          <ScorecardChart card={agent ?? report.team} label={title} />
          <ScorecardTable
            card={agent ?? report.team}
            caption={`${agent ? agent.name : 'Team'}, ${report.period.from} to ${report.period.to}`}
          />
          <Assessment report={report} />
          {!agent && <AgentsTable report={report} />}
          <h3>Weekly trends</h3>
          <TrendChart weeks={agent ? (report.trends.agents[agent.agentId] ?? []) : report.trends.team} />
          <h3>Calibration</h3>
          <p>
            {report.calibration.overall.compared === 0
              ? 'No lead has reviewed a conversation of this period yet.'
              : `Automatic scores agree with leads’ reviews ${percent(report.calibration.overall.rate)} of the time (${report.calibration.overall.agreed} of ${report.calibration.overall.compared} verdicts, ${report.calibration.conversations} conversations).`}
          </p>
          <h3>Coaching digests</h3>
          <div className="digests">
            {report.digests.map((d) => (
              <section key={d.agentId} aria-label={d.name}>
                <h4>{d.name}</h4>
                <DigestCard digest={d} />
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function Assessment({ report }: { report: TeamReportView }) {
  const names = new Map(report.agents.map((a) => [a.agentId, a.name]));
  const { strengths, improve, training } = report.assessment;
  const label = (m: team.MetricId) => team.METRIC_INFO[m].label;
  return (
    <div className="team-assessment">
      <div className="card">
        <h3>Strengths</h3>
        <ul>
          {strengths.length === 0 && <li className="muted">None above target yet.</li>}
          {strengths.map((s) => (
            <li key={s.metric}>
              {label(s.metric)}: {percent(s.value)} (target {percent(s.target)})
            </li>
          ))}
        </ul>
      </div>
      <div className="card">
        <h3>Most worth improving</h3>
        <ul>
          {improve.length === 0 && <li className="muted">Not enough conversations to judge.</li>}
          {improve.map((s) => {
            const pick = training.find((t) => t.metric === s.metric);
            return (
              <li key={s.metric}>
                {label(s.metric)}: {percent(s.value)} (target {percent(s.target)}). Practise with{' '}
                {pick && pick.scenarios.length > 0
                  ? pick.scenarios.map((x) => x.title).join(', ')
                  : `${(pick?.themes ?? []).join(' or ').replaceAll('_', ' ')} customers`}
                {pick && pick.agents.length > 0 && (
                  <>; gains most: {pick.agents.map((a) => names.get(a.agentId) ?? a.agentId).join(', ')}</>
                )}
                .
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

function AgentsTable({ report }: { report: TeamReportView }) {
  return (
    <table className="team-table agents">
      <caption>Agents (rate, conversations; grey = small sample, not ranked)</caption>
      <thead>
        <tr>
          <th scope="col">Agent</th>
          {team.METRIC_IDS.map((m) => (
            <th key={m} scope="col">
              {team.METRIC_INFO[m].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.agents.map((a) => (
          <tr key={a.agentId}>
            <th scope="row">
              <a href={`#/team/${encodeURIComponent(a.agentId)}`}>{a.name}</a>
            </th>
            {team.METRIC_IDS.map((m) => {
              const f = a.metrics[m];
              return (
                <td key={m} className={f.smallSample ? 'small-sample' : undefined}>
                  {percent(f.value)} <span className="muted">n={f.conversations}</span>
                  {f.rank !== null && <span className="rank"> #{f.rank}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
