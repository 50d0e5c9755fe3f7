import { useEffect, useRef, useState } from 'react';
import { applySuggestion, locateSpan } from '../coach/apply-suggestion.js';
import { CoachResults } from '../coach/CoachResults.js';
import { ComposeButton } from '../coach/ComposeButton.js';
import type { CoachFields } from '../coach/coach-fields.js';
import { useCoach } from '../coach/use-coach.js';
import { useComposer } from '../coach/use-composer.js';
import type { CoachCheckView, EngineState } from '../engine/types.js';
import { useDebounced } from '../hooks/use-debounced.js';

interface Props {
  engine: EngineState;
  /** The customer's latest message: what the reply answers. */
  customer: string;
  customerName: string;
  onSend: (body: string) => Promise<void>;
}

/**
 * The reply editor of a conversation, coached live in the browser as the agent types (the same
 * coach, suggestions and composer as the coaching page), with a send button.
 */
export function ReplyBox({ engine, customer, customerName, onSend }: Props) {
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState('');
  const [select, setSelect] = useState<{ start: number; end: number } | null>(null);
  const [sending, setSending] = useState<'idle' | 'sending' | 'sent' | { error: string }>('idle');
  const fields: CoachFields = { customer, customerName, draft };
  const onChange = (patch: Partial<CoachFields>) => {
    if (patch.draft !== undefined) setDraft(patch.draft);
  };
  const settledDraft = useDebounced(draft, 150);
  const state = useCoach(engine, settledDraft, customer, customerName);
  const composer = useComposer(engine.status === 'ready' ? engine.engine.compose : null, fields, onChange);

  useEffect(() => {
    const el = draftRef.current;
    if (!select || !el) return;
    el.focus();
    el.setSelectionRange(select.start, select.end);
    setSelect(null);
  }, [select]);

  const onApply = (check: CoachCheckView) => {
    if (!check.suggestion) return;
    const applied = applySuggestion(draft, check.suggestion);
    setDraft(applied.draft);
    setSelect({ start: applied.start, end: applied.end });
  };
  const onShow = (check: CoachCheckView) => {
    const first = check.spans.map((s) => locateSpan(draft, s)).find((s) => s !== null);
    if (first) setSelect(first);
  };
  const send = async () => {
    setSending('sending');
    try {
      await onSend(draft.trim());
      setDraft('');
      composer.release();
      setSending('sent');
    } catch (err) {
      setSending({ error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div className="reply layout">
      <div className="card">
        <label htmlFor="reply-draft">Your reply</label>
        <textarea
          id="reply-draft"
          ref={draftRef}
          rows={8}
          value={draft}
          onChange={(e) => {
            composer.release();
            setSending('idle');
            setDraft(e.target.value);
          }}
          placeholder="Write your reply; the coach reads it as you type…"
          aria-describedby="reply-hint"
        />
        <p id="reply-hint" className="muted">
          Coaching runs in your browser; the reply leaves it only when you send.
        </p>
        <div className="actions">
          <button type="button" onClick={send} disabled={draft.trim() === '' || sending === 'sending'}>
            {sending === 'sending' ? 'Sending…' : 'Send reply'}
          </button>
          <ComposeButton composer={composer} customer={customer} />
        </div>
        <p className="send-status" role="status" aria-live="polite">
          {sending === 'sent'
            ? 'Reply sent.'
            : typeof sending === 'object'
              ? `Not sent: ${sending.error}`
              : ''}
        </p>
      </div>
      <CoachResults engine={engine} state={state} draft={settledDraft} onApply={onApply} onShow={onShow} />
    </div>
  );
}
