import type { roleplay } from '@rapport/engine';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { AgentProgress, Assignment, Person, TrainingApi } from './training-api.js';

interface Props {
  training: TrainingApi;
  scenarios: readonly roleplay.ScenarioView[];
}

/** For leads: assign a workshop of scenarios to agents, and see how far each agent has got. */
export function WorkshopPanel({ training, scenarios }: Props) {
  const [people, setPeople] = useState<Person[]>([]);
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [progress, setProgress] = useState<AgentProgress[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    training.assignments().then(setAssignments, (e: Error) => setError(e.message));
  }, [training]);
  useEffect(() => {
    training.agents().then(setPeople, (e: Error) => setError(e.message));
    reload();
  }, [training, reload]);
  useEffect(() => {
    if (selected === null) return;
    training.progress(selected).then(setProgress, (e: Error) => setError(e.message));
  }, [training, selected]);
  const workshops = [...new Set(assignments.map((a) => a.workshop))];
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;

  const assign = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const workshop = String(form.get('workshop') ?? '').trim();
    const dueOn = String(form.get('dueOn') ?? '');
    setError(null);
    try {
      await training.assign({
        workshop,
        userIds: form.getAll('userIds').map(String),
        scenarioIds: form.getAll('scenarioIds').map(String),
        ...(dueOn !== '' && { dueOn }),
      });
      reload();
      setSelected(workshop);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="card workshops" aria-labelledby="workshops-title">
      <h3 id="workshops-title">Workshops</h3>
      <form onSubmit={assign} aria-label="Assign a workshop">
        <label htmlFor="workshop-name">Workshop name</label>
        <input id="workshop-name" name="workshop" type="text" required />
        <fieldset>
          <legend>Agents</legend>
          {people.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" name="userIds" value={p.id} /> {p.name} ({p.role})
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Scenarios</legend>
          {scenarios.map((s) => (
            <label key={s.id} className="check">
              <input type="checkbox" name="scenarioIds" value={s.id} /> {s.title}
            </label>
          ))}
        </fieldset>
        <label htmlFor="workshop-due">Due (optional)</label>
        <input id="workshop-due" name="dueOn" type="date" />
        <p className="actions">
          <button type="submit">Assign</button>
        </p>
      </form>
      {error && <p role="alert">{error}</p>}
      {workshops.length > 0 && (
        <p>
          Progress of{' '}
          {workshops.map((w) => (
            <button
              key={w}
              type="button"
              className="secondary"
              onClick={() => setSelected(w)}
              aria-pressed={w === selected}
            >
              {w}
            </button>
          ))}
        </p>
      )}
      {selected && progress && (
        <table className="progress" aria-label={`Progress in ${selected}`}>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Solved</th>
              <th scope="col">Scenarios (best score)</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((a) => (
              <tr key={a.userId}>
                <th scope="row">{a.name}</th>
                <td>
                  {a.completed} of {a.total}
                </td>
                <td>
                  {a.scenarios
                    .map(
                      (s) =>
                        `${titleOf(s.scenarioId)}: ${s.solved ? '✓' : s.attempts > 0 ? '…' : '○'}${s.bestScore === null ? '' : ` ${s.bestScore}`}`,
                    )
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
