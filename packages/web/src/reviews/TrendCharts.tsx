import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EMOTION_COLOURS, seriesColour, type TrendView, toChartRows } from './chart-data.js';

/** Posts per dominant emotion per period, stacked, with the same figures as a table. */
export function EmotionTrendChart({ trend }: { trend: TrendView }) {
  const { rows, keys } = toChartRows(trend);
  return (
    <figure className="card reviews-chart" aria-labelledby="emotions-caption">
      <figcaption id="emotions-caption">
        <strong>Emotions over time</strong> <span className="muted">(posts by their strongest emotion)</span>
      </figcaption>
      <div aria-hidden="true" data-chart="emotions">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d7dbe0" />
            <XAxis dataKey="period" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {keys.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="posts"
                fill={EMOTION_COLOURS[key] ?? '#9ca3af'}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TrendTable caption="Posts by strongest emotion and period" rows={rows} keys={keys} label={(k) => k} />
    </figure>
  );
}

/** Complaints per reason per period: the largest reasons as lines, the rest summed as "other". */
export function ReasonTrendChart({ trend, names }: { trend: TrendView; names: Record<string, string> }) {
  const { rows, keys } = toChartRows(trend, 6);
  const label = (key: string) => (key === 'other' ? 'other reasons' : (names[key] ?? key));
  return (
    <figure className="card reviews-chart" aria-labelledby="reasons-caption">
      <figcaption id="reasons-caption">
        <strong>Complaint reasons over time</strong>
      </figcaption>
      <div aria-hidden="true" data-chart="reasons">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d7dbe0" />
            <XAxis dataKey="period" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {keys.map((key, i) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={label(key)}
                stroke={key === 'other' ? '#9ca3af' : seriesColour(i)}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <TrendTable caption="Complaints by reason and period" rows={rows} keys={keys} label={label} />
    </figure>
  );
}

function TrendTable({
  caption,
  rows,
  keys,
  label,
}: {
  caption: string;
  rows: ReturnType<typeof toChartRows>['rows'];
  keys: string[];
  label: (key: string) => string;
}) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {keys.map((k) => (
            <th key={k} scope="col">
              {label(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.period}>
            <th scope="row">{row.period}</th>
            {keys.map((k) => (
              <td key={k}>{row[k] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
