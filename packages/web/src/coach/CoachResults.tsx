import { Timing } from '../app/Timing.js';
import type { CoachCheckView, EngineState } from '../engine/types.js';
import { HighlightedText } from '../highlight/HighlightedText.js';
import { CheckList } from './CheckList.js';
import { checkMarks, coachSummary } from './check-order.js';
import { ScoreBar } from './ScoreBar.js';
import type { CoachState } from './use-coach.js';

interface Props {
  engine: EngineState;
  state: CoachState;
  draft: string;
  onApply: (check: CoachCheckView) => void;
  onShow: (check: CoachCheckView) => void;
}

/** The live coaching panel: score, the draft with what each check found, and the checks. */
export function CoachResults({ engine, state, draft, onApply, onShow }: Props) {
  return (
    <div className="card results">
      <p className="summary" role="status" aria-live="polite" aria-atomic="true">
        {statusLine(engine, state)}
      </p>
      {state.status === 'done' && (
        <>
          <ScoreBar score={state.result.score} working={state.result.working} />
          <h3>Your draft</h3>
          <HighlightedText
            text={draft}
            marks={checkMarks(state.result)}
            label="Draft with coaching highlights"
          />
          <h3>Checks</h3>
          <CheckList checks={state.result.checks} onApply={onApply} onShow={onShow} />
          <Timing verb="Coached" ms={state.ms} />
        </>
      )}
    </div>
  );
}

function statusLine(engine: EngineState, state: CoachState): string {
  if (engine.status === 'failed') return `The engine could not load: ${engine.message}`;
  switch (state.status) {
    case 'empty':
      return 'Type a reply: coaching updates as you write.';
    case 'waiting':
      return 'Loading the engine…';
    case 'unavailable':
      return 'The reply coach is not part of this build.';
    case 'failed':
      return `The coach could not read this draft: ${state.message}`;
    case 'done':
      return coachSummary(state.result);
  }
}
