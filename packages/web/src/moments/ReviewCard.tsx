import { useState } from 'react';
import type { OutboxMoment } from './types.js';

interface Props {
  moment: OutboxMoment;
  /** Leads and admins decide; agents see the queue without the buttons. */
  canDecide: boolean;
  onApprove(edits: { subject?: string; body?: string }): Promise<void>;
  onSkip(): Promise<void>;
}

/** One moment waiting for a person: why it fires, the words it would send (editable), approve or skip. */
export function ReviewCard({ moment, canDecide, onApprove, onSkip }: Props) {
  const [subject, setSubject] = useState(moment.subject);
  const [body, setBody] = useState(moment.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = moment.customerName ?? 'Unknown customer';
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  const edits = {
    ...(subject !== moment.subject && { subject }),
    ...(body !== moment.body && { body }),
  };
  return (
    <article className="card moment-card" aria-label={`${moment.type} moment for ${who}`}>
      <header>
        <strong>{who}</strong>{' '}
        <span className="muted">
          · {moment.type} · {moment.channel}
        </span>
        <p className="muted">
          Why: {moment.reason}. Goes out{' '}
          <time dateTime={moment.scheduledFor}>{new Date(moment.scheduledFor).toLocaleString()}</time> once
          approved.
        </p>
      </header>
      <label>
        Subject
        <input value={subject} onChange={(e) => setSubject(e.target.value)} disabled={!canDecide || busy} />
      </label>
      <label>
        Message
        <textarea
          value={body}
          rows={6}
          onChange={(e) => setBody(e.target.value)}
          disabled={!canDecide || busy}
        />
      </label>
      {error && <p role="alert">{error}</p>}
      {canDecide ? (
        <div className="moment-actions">
          <button type="button" disabled={busy} onClick={() => act(() => onApprove(edits))}>
            {Object.keys(edits).length > 0 ? 'Approve with my changes' : 'Approve'}
          </button>
          <button type="button" className="link" disabled={busy} onClick={() => act(onSkip)}>
            Skip
          </button>
        </div>
      ) : (
        <p className="muted">A lead approves or skips moments.</p>
      )}
    </article>
  );
}
