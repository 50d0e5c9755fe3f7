import { team } from '@rapport/engine';
import type { DigestView } from './team-report.js';

/** An agent's best moment, missed opportunity and the composer's rewrite, quoted. */
export function DigestCard({ digest }: { digest: DigestView }) {
  return (
    <article className="card digest" aria-label={`Coaching digest for ${digest.name}`}>
      <h4>Best moment</h4>
      {digest.best ? (
        <>
          <blockquote className="quote customer">{digest.best.customerQuote}</blockquote>
          <blockquote className="quote agent">
            {digest.best.quote} <span className="muted">(score {digest.best.score})</span>
          </blockquote>
        </>
      ) : (
        <p className="muted">No scored replies in this period.</p>
      )}
      <h4>Missed opportunity</h4>
      {digest.missed ? (
        <>
          <p className="muted">
            Missed:{' '}
            {digest.missed.missedMetrics.map((m) => team.METRIC_INFO[m].label.toLowerCase()).join(', ')}
          </p>
          <blockquote className="quote customer">{digest.missed.customerQuote}</blockquote>
          <blockquote className="quote agent">
            {digest.missed.quote} <span className="muted">(score {digest.missed.score})</span>
          </blockquote>
          <p className="label">Suggested rewrite (score {digest.missed.rewrite.score})</p>
          <blockquote className="quote rewrite">{digest.missed.rewrite.text}</blockquote>
        </>
      ) : (
        <p className="muted">No missed opportunity found in this period.</p>
      )}
    </article>
  );
}
