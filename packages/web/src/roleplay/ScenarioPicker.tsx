import type { roleplay } from '@rapport/engine';

interface Props {
  scenarios: readonly roleplay.ScenarioView[];
  onStart: (id: string) => void;
}

/** The scenario library as a list of cards: who the customer is, what is at stake, the goal. */
export function ScenarioPicker({ scenarios, onStart }: Props) {
  return (
    <ul className="scenario-list" aria-label="Scenarios">
      {scenarios.map((s) => (
        <li key={s.id} className="card scenario-card">
          <h3 className="scenario-title">{s.title}</h3>
          <p className="muted">
            {s.industry} · {s.persona.name} ({s.persona.archetype})
          </p>
          <p>{s.persona.summary}</p>
          <button type="button" onClick={() => onStart(s.id)} aria-label={`Practise: ${s.title}`}>
            Practise
          </button>
        </li>
      ))}
    </ul>
  );
}
