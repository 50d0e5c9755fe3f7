import type { roleplay } from '@rapport/engine';

const OUTCOME: Record<roleplay.SessionStatus, string> = {
  solved: 'Solved',
  left: 'The customer left',
  timeout: 'Out of turns',
  active: 'Stopped early',
};

/** The debrief: score with its working, turning points quoted, what worked, and the rewrite. */
export function DebriefPanel({ debrief }: { debrief: roleplay.Debrief }) {
  return (
    <section className="card debrief" aria-labelledby="debrief-title">
      <h3 id="debrief-title">Debrief: {OUTCOME[debrief.outcome]}</h3>
      <p data-testid="debrief-summary">{debrief.summary}</p>
      <p className="muted">
        Replies {debrief.working.coachMean}/100 · outcome {debrief.working.outcomePoints}/100 · facts found{' '}
        {debrief.factsFound.found} of {debrief.factsFound.total}
      </p>
      {debrief.turningPoints.length > 0 && (
        <>
          <h4>Turning points</h4>
          <ul className="plain-list turning-points">
            {debrief.turningPoints.map((p) => (
              <li key={p.turn}>
                Reply {p.turn}: <q>{p.quote}</q> {p.direction} the customer ({p.from.emotion}{' '}
                {p.from.intensity.toFixed(2)} → {p.to.emotion} {p.to.intensity.toFixed(2)})
              </li>
            ))}
          </ul>
        </>
      )}
      {debrief.worked.length > 0 && (
        <p>
          <strong>What worked:</strong> {debrief.worked.map((w) => w.id.replace('_', ' ')).join(', ')}
        </p>
      )}
      {debrief.toWorkOn.length > 0 && (
        <p>
          <strong>To work on:</strong> {debrief.toWorkOn.map((w) => w.id.replace('_', ' ')).join(', ')}
        </p>
      )}
      {debrief.weakest && (
        <>
          <h4>Your weakest reply ({debrief.weakest.score}/100)</h4>
          <blockquote>{debrief.weakest.reply}</blockquote>
          <h4>A stronger version ({debrief.weakest.rewriteScore}/100)</h4>
          <blockquote data-testid="rewrite">{debrief.weakest.rewrite}</blockquote>
        </>
      )}
    </section>
  );
}
