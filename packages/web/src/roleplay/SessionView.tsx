import type { roleplay } from '@rapport/engine';
import { type FormEvent, useState } from 'react';
import { FeelingBadge } from './FeelingBadge.js';

interface Props {
  scenario: roleplay.Scenario;
  state: roleplay.SessionState;
  onReply: (reply: string) => void;
  onStop: () => void;
}

/** A session in progress: the brief, the conversation with the customer's feeling after each reply, and the reply box. */
export function SessionView({ scenario, state, onReply, onStop }: Props) {
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const first = scenario.persona.name.split(' ')[0];
  const active = state.status === 'active';
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim() === '') return;
    onReply(draft);
    setDraft('');
    setHint(null);
  };
  return (
    <div className="roleplay-session">
      <div className="card brief">
        <h3>{scenario.title}</h3>
        <p>
          <strong>{scenario.persona.name}</strong> — {scenario.persona.summary}
        </p>
        <p>{scenario.brief}</p>
        <p>
          <strong>Goal:</strong> {scenario.goal.summary} ({scenario.turnLimit} replies at most)
        </p>
      </div>
      <ol className="transcript" aria-label="Conversation">
        <li className="bubble customer">
          <span className="who">{first}</span>
          <p>{state.opening}</p>
          <FeelingBadge emotion={scenario.start.emotion} intensity={scenario.start.intensity} />
        </li>
        {state.turns.flatMap((t) => [
          <li key={`r${t.index}`} className="bubble trainee">
            <span className="who">You</span>
            <p>{t.reply}</p>
            <span className="muted">coach {t.coach.score}/100</span>
          </li>,
          <li key={`c${t.index}`} className="bubble customer">
            <span className="who">{first}</span>
            <p>{t.customer}</p>
            <FeelingBadge emotion={t.emotion} intensity={t.intensity} delta={t.reaction.delta} />
          </li>,
        ])}
      </ol>
      {active && (
        <form className="card reply-form" onSubmit={send}>
          <label htmlFor="roleplay-reply">Your reply to {first}</label>
          <textarea id="roleplay-reply" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <div className="actions">
            <button type="submit" disabled={draft.trim() === ''}>
              Send
            </button>
            <button type="button" className="secondary" onClick={() => setHint(hintFor(scenario, state))}>
              Hint
            </button>
            <button type="button" className="secondary" onClick={onStop}>
              Stop and debrief
            </button>
          </div>
          {hint && (
            <p className="hint" role="note">
              {hint}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

function hintFor(s: roleplay.Scenario, state: roleplay.SessionState): string {
  const missing = s.goal.facts.find((id) => !state.discovered.includes(id));
  const fact = s.facts.find((f) => f.id === missing);
  if (fact) return `There is something you do not know yet. Try asking, e.g. “${fact.ask}”`;
  if (!state.resolved) return `You know enough. Offer a way forward: ${s.options.join(' or ')}.`;
  return 'The fix is offered: acknowledge how they feel and say what happens next.';
}
