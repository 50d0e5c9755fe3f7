import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Thread } from '../api/types.js';

interface Props {
  journey: Thread['journey'];
}

/**
 * The customer's mood (-1 upset … +1 pleased) and escalation risk at each of their messages, with
 * the same figures as a table for screen readers and anyone who prefers numbers.
 */
export function JourneyChart({ journey }: Props) {
  const data = journey.turns.map((turn, index) => ({
    name: `#${index + 1}`,
    mood: round(turn.mood),
    escalation: round(turn.escalation),
    emotion: turn.emotion ?? 'calm',
  }));
  if (data.length === 0) return <p className="muted">The customer has not written yet.</p>;
  return (
    <figure className="journey" aria-labelledby="journey-caption">
      <figcaption id="journey-caption">
        <strong>Journey:</strong> {journey.remembered.message}
      </figcaption>
      <div className="journey-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d7dbe0" />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tick={{ fontSize: 12 }} />
            <ReferenceLine y={0} stroke="#6b7280" />
            <Tooltip />
            <Legend />
            <Line
              type="monotone"
              dataKey="mood"
              name="Mood"
              stroke="#1d4ed8"
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="escalation"
              name="Escalation risk"
              stroke="#dc2626"
              strokeDasharray="5 3"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {/* A table ignores width: the hidden wrapper keeps it from widening the page on phones. */}
      <div className="visually-hidden">
        <table>
          <caption>Customer mood and escalation risk by message</caption>
          <thead>
            <tr>
              <th scope="col">Message</th>
              <th scope="col">Mood</th>
              <th scope="col">Emotion</th>
              <th scope="col">Escalation risk</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.name}>
                <td>{d.name}</td>
                <td>{d.mood}</td>
                <td>{d.emotion}</td>
                <td>{d.escalation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
