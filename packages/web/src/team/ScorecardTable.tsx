import { team } from '@rapport/engine';
import { percent } from './team-report.js';

/** The figures behind the chart: rate, hits over applicable replies, conversations, goal. */
export function ScorecardTable({ card, caption }: { card: team.Scorecard; caption: string }) {
  return (
    <table className="team-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Rate</th>
          <th scope="col">Replies</th>
          <th scope="col">Conversations</th>
          <th scope="col">Goal</th>
        </tr>
      </thead>
      <tbody>
        {team.METRIC_IDS.map((m) => {
          const f = card.metrics[m];
          return (
            <tr key={m}>
              <th scope="row" title={team.METRIC_INFO[m].definition}>
                {team.METRIC_INFO[m].label}
              </th>
              <td className={f.smallSample ? 'small-sample' : undefined}>
                {percent(f.value)}
                {f.smallSample && f.value !== null && <span className="muted"> (small sample)</span>}
                {f.rank !== null && <span className="rank"> #{f.rank}</span>}
              </td>
              <td>
                {f.hits} / {f.applicable}
              </td>
              <td>{f.conversations}</td>
              <td>
                {f.goal === null ? '—' : percent(f.goal)}
                {f.meetsGoal !== null && (
                  <span className={f.meetsGoal ? 'goal-met' : 'goal-missed'}>
                    {f.meetsGoal ? ' met' : ' below'}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
