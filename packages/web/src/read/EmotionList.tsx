import type { EmotionFinding } from '@rapport/engine';
import { Meter } from './Meter.js';

/** The customer-service emotions found, strongest first, each with its bar. */
export function EmotionList({ emotions }: { emotions: readonly EmotionFinding[] }) {
  if (emotions.length === 0) return <p className="muted">No emotion stands out.</p>;
  return (
    <ul className="plain-list" aria-label="Emotions">
      {emotions.map((e) => (
        <li key={e.label}>
          <Meter label={e.label} value={e.score} tone={e.label} />
        </li>
      ))}
    </ul>
  );
}
