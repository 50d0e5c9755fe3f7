import { useEffect, useRef, useState } from 'react';
import type { CoachCheckView, EngineState } from '../engine/types.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { applySuggestion, locateSpan } from './apply-suggestion.js';
import { CoachResults } from './CoachResults.js';
import { ComposeButton } from './ComposeButton.js';
import type { CoachFields } from './coach-fields.js';
import { COACH_EXAMPLES } from './examples.js';
import { useCoach } from './use-coach.js';
import { useComposer } from './use-composer.js';

interface Props {
  engine: EngineState;
  fields: CoachFields;
  onChange: (patch: Partial<CoachFields>) => void;
}

/** "Coach my reply": the customer's message, the agent's draft, and live coaching beside it. */
export function CoachPage({ engine, fields, onChange }: Props) {
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const [select, setSelect] = useState<{ start: number; end: number } | null>(null);
  const settledDraft = useDebounced(fields.draft, 150);
  const settledCustomer = useDebounced(fields.customer, 150);
  const state = useCoach(engine, settledDraft, settledCustomer, fields.customerName);
  const composer = useComposer(engine.status === 'ready' ? engine.engine.compose : null, fields, onChange);

  // Selecting text must wait until React has put the new draft into the textarea.
  useEffect(() => {
    const el = draftRef.current;
    if (!select || !el) return;
    el.focus();
    el.setSelectionRange(select.start, select.end);
    setSelect(null);
  }, [select]);

  const onApply = (check: CoachCheckView) => {
    if (!check.suggestion) return;
    const applied = applySuggestion(fields.draft, check.suggestion);
    onChange({ draft: applied.draft });
    setSelect({ start: applied.start, end: applied.end });
  };
  const onShow = (check: CoachCheckView) => {
    const first = check.spans.map((s) => locateSpan(fields.draft, s)).find((s) => s !== null);
    if (first) setSelect(first);
  };

  return (
    <section className="page" aria-labelledby="coach-title">
      <h2 id="coach-title">Coach my reply</h2>
      <div className="layout">
        <div className="card">
          <label htmlFor="coach-customer">Customer message</label>
          <textarea
            id="coach-customer"
            rows={5}
            value={fields.customer}
            onChange={(e) => onChange({ customer: e.target.value })}
            placeholder="What the customer wrote…"
          />
          <label htmlFor="coach-name">
            Customer name <span className="muted">(optional)</span>
          </label>
          <input
            id="coach-name"
            type="text"
            autoComplete="off"
            value={fields.customerName}
            onChange={(e) => onChange({ customerName: e.target.value })}
          />
          <label htmlFor="coach-draft">Your reply</label>
          <textarea
            id="coach-draft"
            ref={draftRef}
            rows={10}
            value={fields.draft}
            onChange={(e) => {
              composer.release();
              onChange({ draft: e.target.value });
            }}
            placeholder="Write your reply; the coach reads it as you type…"
            aria-describedby="coach-draft-hint"
          />
          <p id="coach-draft-hint" className="muted">
            Coaching runs in your browser; nothing you type leaves this page.
          </p>
          <div className="actions">
            <ComposeButton composer={composer} customer={fields.customer} />
            {COACH_EXAMPLES.map((ex) => (
              <button
                key={ex.title}
                type="button"
                className="secondary"
                onClick={() => {
                  composer.release();
                  onChange({ customer: ex.customer, customerName: ex.customerName, draft: ex.draft });
                }}
              >
                Example: {ex.title}
              </button>
            ))}
          </div>
        </div>
        <CoachResults engine={engine} state={state} draft={settledDraft} onApply={onApply} onShow={onShow} />
      </div>
    </section>
  );
}
