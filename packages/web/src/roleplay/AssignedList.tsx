import type { roleplay } from '@rapport/engine';
import type { Assignment, SessionSummary } from './training-api.js';

interface Props {
  assignments: readonly Assignment[];
  sessions: readonly SessionSummary[];
  scenarios: readonly roleplay.ScenarioView[];
  onStart: (scenarioId: string, assignmentId: string) => void;
}

/** What a lead asked this agent to practise, with what they have already solved. */
export function AssignedList({ assignments, sessions, scenarios, onStart }: Props) {
  if (assignments.length === 0) return null;
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  return (
    <section className="card assigned" aria-labelledby="assigned-title">
      <h3 id="assigned-title">Assigned to you</h3>
      {assignments.map((a) => (
        <div key={a.id}>
          <p>
            <strong>{a.workshop}</strong>
            {a.dueOn && <span className="muted"> · due {a.dueOn}</span>}
          </p>
          <ul className="plain-list" aria-label={`Workshop ${a.workshop}`}>
            {a.scenarioIds.map((id) => {
              const solved = sessions.some((s) => s.scenarioId === id && s.status === 'solved');
              return (
                <li key={id}>
                  <span className={solved ? 'done' : undefined}>{solved ? '✓ solved' : '○ to do'}</span>{' '}
                  {titleOf(id)}{' '}
                  <button type="button" className="link" onClick={() => onStart(id, a.id)}>
                    Practise
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
