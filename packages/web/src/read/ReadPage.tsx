import { Timing } from '../app/Timing.js';
import type { EngineState } from '../engine/types.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { AnalysisView } from './AnalysisView.js';
import { EXAMPLES } from './examples.js';
import { summarize } from './summarize.js';
import { type AnalysisState, useAnalysis } from './use-analysis.js';

interface Props {
  engine: EngineState;
  message: string;
  onMessage: (text: string) => void;
}

/** "Read a message": paste what the customer wrote and see how they feel, and why. */
export function ReadPage({ engine, message, onMessage }: Props) {
  const settled = useDebounced(message, 150);
  const state = useAnalysis(engine, settled);
  return (
    <section className="page" aria-labelledby="read-title">
      <h2 id="read-title">Read a message</h2>
      <div className="layout">
        <div className="card">
          <label htmlFor="customer-message">Customer message</label>
          <textarea
            id="customer-message"
            value={message}
            onChange={(e) => onMessage(e.target.value)}
            rows={8}
            placeholder="Paste what the customer wrote…"
            spellCheck
          />
          <fieldset className="examples">
            <legend>Or try an example</legend>
            {EXAMPLES.map((ex) => (
              <button key={ex.title} type="button" className="secondary" onClick={() => onMessage(ex.text)}>
                {ex.title}
              </button>
            ))}
          </fieldset>
        </div>
        <div className="card results">
          <p className="summary" role="status" aria-live="polite" aria-atomic="true">
            {statusLine(engine, state)}
          </p>
          {state.status === 'done' && (
            <>
              <AnalysisView text={settled} analysis={state.analysis} />
              <p className="next-action">
                <a href="#/coach">Coach a reply to this message →</a>
              </p>
              <Timing verb="Read" ms={state.ms} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function statusLine(engine: EngineState, state: AnalysisState): string {
  if (engine.status === 'failed') return `The emotion engine could not load: ${engine.message}`;
  switch (state.status) {
    case 'empty':
      return 'Paste a customer message to see their emotions, the evidence and the risk.';
    case 'waiting':
      return 'Loading the emotion model…';
    case 'failed':
      return `The engine could not read this message: ${state.message}`;
    case 'done':
      return summarize(state.analysis);
  }
}
