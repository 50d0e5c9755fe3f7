import { team } from '@rapport/engine';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const COLOURS = ['#3b6fd4', '#d9822b', '#2f9e6e', '#b04a8c', '#7a5cc9', '#c2453d', '#3a9fb5', '#8a8f2b'];

/** One bar per metric (the rate), grey where the sample is small, with the figures as a table for screen readers. */
export function ScorecardChart({ card, label }: { card: team.Scorecard; label: string }) {
  const rows = team.METRIC_IDS.map((m) => ({
    metric: team.METRIC_INFO[m].label,
    rate: card.metrics[m].value === null ? 0 : Math.round((card.metrics[m].value ?? 0) * 100),
    small: card.metrics[m].smallSample,
  }));
  return (
    <figure className="card team-chart" aria-label={`${label}: rate per metric`}>
      <div aria-hidden="true" data-chart="scorecard">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 40 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d7dbe0" />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="metric" width={130} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${v}%`} />
            <Bar dataKey="rate" isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.metric} fill={row.small ? '#c3cad6' : '#3b6fd4'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Each metric's weekly rate as a line. */
export function TrendChart({ weeks }: { weeks: readonly team.Scorecard[] }) {
  const rows = weeks.map((w) => {
    const row: Record<string, string | number | null> = { week: w.week ?? '' };
    for (const m of team.METRIC_IDS) {
      const v = w.metrics[m].value;
      row[m] = v === null ? null : Math.round(v * 100);
    }
    return row;
  });
  return (
    <figure className="card team-chart" aria-label="Weekly trends">
      <div aria-hidden="true" data-chart="trends">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d7dbe0" />
            <XAxis dataKey="week" tick={{ fontSize: 12 }} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {team.METRIC_IDS.map((m, i) => (
              <Line
                key={m}
                dataKey={m}
                name={team.METRIC_INFO[m].label}
                stroke={COLOURS[i % COLOURS.length]}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
