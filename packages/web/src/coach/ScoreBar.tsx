import type { CoachView } from '../engine/types.js';
import { humanize } from '../read/humanize.js';

/** The coach's 0..100 score as a number and a bar, with its working: points earned and any cap. */
export function ScoreBar({ score, working }: { score: number; working: CoachView['working'] }) {
  const value = Math.round(Math.min(100, Math.max(0, score)));
  const tone = value >= 80 ? 'good' : value >= 55 ? 'fair' : 'poor';
  return (
    <div className={`score score-${tone}`}>
      <div className="score-line">
        <span className="score-number" data-testid="coach-score">
          {value}
        </span>
        <span className="score-of">/ 100</span>
        <meter className="score-bar" min={0} max={100} value={value} aria-label="Reply score" />
      </div>
      <p className="score-working muted">
        {round(working.earned)} of {round(working.possible)} points on the checks that apply
        {working.cap &&
          `; capped at ${working.cap.limit} because of ${working.cap.because.map(humanize).join(' and ')}`}
        .
      </p>
    </div>
  );
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
