import type { Analysis } from '@rapport/engine';
import { Meter } from './Meter.js';

/**
 * Overall sentiment: its label, its score on a scale from −1 (negative) to +1 (positive) drawn
 * from the centre outwards, and how intense the message is.
 */
export function SentimentPanel({ analysis }: { analysis: Analysis }) {
  const { label, score } = analysis.sentiment;
  const clamped = Math.min(1, Math.max(-1, score));
  const shown = `${clamped > 0 ? '+' : clamped < 0 ? '−' : ''}${Math.abs(clamped).toFixed(2)}`;
  const half = `${Math.abs(clamped) * 50}%`;
  return (
    <div>
      <p className="sentiment">
        <span className={`badge tone-${label}`}>{label}</span>
      </p>
      <div className={`meter tone-${label}`}>
        <span className="meter-label">score</span>
        <span className="diverging" aria-hidden="true">
          <span
            className="diverging-fill"
            style={clamped < 0 ? { right: '50%', width: half } : { left: '50%', width: half }}
          />
        </span>
        <span className="meter-value" data-testid="sentiment-score">
          <span className="visually-hidden">sentiment score </span>
          {shown}
          <span className="visually-hidden"> on a scale from −1 to +1</span>
        </span>
      </div>
      <Meter label="intensity" value={analysis.intensity} tone="intensity" />
    </div>
  );
}
