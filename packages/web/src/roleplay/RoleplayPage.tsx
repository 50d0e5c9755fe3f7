import type { roleplay } from '@rapport/engine';
import { useEffect, useMemo, useState } from 'react';
import type { Api } from '../api/api-client.js';
import { AssignedList } from './AssignedList.js';
import { DebriefPanel } from './DebriefPanel.js';
import { ScenarioPicker } from './ScenarioPicker.js';
import { SessionView } from './SessionView.js';
import { type Assignment, type SessionSummary, trainingApi } from './training-api.js';
import { useRoleplay } from './use-roleplay.js';
import { WorkshopPanel } from './WorkshopPanel.js';
import './roleplay.css';

interface Props {
  /** The API when signed in: sessions are then stored, so leads see progress. Null from static files. */
  api: Api | null;
  role: 'agent' | 'lead' | 'admin' | null;
}

interface Playing {
  scenario: roleplay.Scenario;
  state: roleplay.SessionState;
  stopped: boolean;
  /** The stored copy's id, when signed in; null while it is being created or when it failed. */
  remoteId: Promise<string | null>;
}

/**
 * "Practise": role-play with a simulated customer whose feelings respond to each reply, then a
 * debrief. The engine runs in the browser, so replies get an answer at once, with or without the
 * server; when signed in, each reply is also sent to the server, which replays it with the same
 * engine and seed and stores the session for the agent's workshop progress.
 */
export function RoleplayPage({ api, role }: Props) {
  const loaded = useRoleplay();
  const training = useMemo(() => (api ? trainingApi(api) : null), [api]);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const views = useMemo(
    () => (loaded.status === 'ready' ? loaded.roleplay.SCENARIOS.map(loaded.roleplay.scenarioView) : []),
    [loaded],
  );
  const ended = Boolean(playing && (playing.stopped || playing.state.status !== 'active'));
  const debrief = useMemo(
    () =>
      loaded.status === 'ready' && playing && ended
        ? loaded.roleplay.debrief(playing.scenario, playing.state)
        : null,
    [loaded, playing, ended],
  );
  // The agent's assignments and results, reloaded whenever they come back to the list.
  useEffect(() => {
    if (!training || playing) return;
    training.assignments().then(setAssignments, () => setAssignments([]));
    training.sessions().then(setSessions, () => setSessions([]));
  }, [training, playing]);

  if (loaded.status === 'loading') return <p role="status">Loading scenarios…</p>;
  if (loaded.status === 'failed') return <p role="alert">The engine did not load: {loaded.message}</p>;
  const rp = loaded.roleplay;
  const isLead = role === 'lead' || role === 'admin';

  const start = (id: string, assignmentId?: string) => {
    const scenario = rp.findScenario(id);
    if (!scenario) return;
    // A fresh seed each time: the same scenario reads differently on a second try.
    const seed = Math.floor(Math.random() * 0x7fffffff);
    setSaveError(null);
    const remoteId = training
      ? training.start({ scenarioId: id, seed, ...(assignmentId && { assignmentId }) }).catch((e: Error) => {
          setSaveError(`This session is not being saved: ${e.message}`);
          return null;
        })
      : Promise.resolve(null);
    setPlaying({ scenario, state: rp.startSession(scenario, { seed }), stopped: false, remoteId });
  };
  const reply = (text: string) => {
    if (!playing) return;
    setPlaying({ ...playing, state: rp.respond(playing.scenario, playing.state, text) });
    // Sent in order: each reply waits for the session to exist, and the server refuses a reply
    // computed from a stale state, so the stored session is the one on screen.
    if (training) {
      const sent = playing.remoteId.then((id) =>
        id === null
          ? null
          : training.reply(id, text).then(
              () => id,
              (e: Error) => {
                setSaveError(`A reply was not saved: ${e.message}`);
                return null;
              },
            ),
      );
      setPlaying((p) => (p ? { ...p, remoteId: sent } : p));
    }
  };

  return (
    <section className="page roleplay" aria-labelledby="roleplay-title">
      <h2 id="roleplay-title">Practise with a customer</h2>
      {!playing ? (
        <>
          <p className="muted">
            Pick a customer. They feel what you write: acknowledgement and a fitting apology calm them,
            dismissive words and jargon inflame them, questions earn facts, options give them back some
            control.
          </p>
          <AssignedList assignments={assignments} sessions={sessions} scenarios={views} onStart={start} />
          {training && isLead && <WorkshopPanel training={training} scenarios={views} />}
          <ScenarioPicker scenarios={views} onStart={(id) => start(id)} />
        </>
      ) : (
        <>
          <p>
            <button type="button" className="link" onClick={() => setPlaying(null)}>
              ← All scenarios
            </button>
          </p>
          {saveError && <p role="alert">{saveError}</p>}
          <SessionView
            scenario={playing.scenario}
            state={playing.state}
            onReply={reply}
            onStop={() => setPlaying({ ...playing, stopped: true })}
          />
          {debrief && <DebriefPanel debrief={debrief} />}
          {ended && (
            <p>
              <button type="button" onClick={() => start(playing.scenario.id)}>
                Try again
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
