import type { Thread, ThreadMessage } from '../api/types.js';
import { HighlightedText } from '../highlight/HighlightedText.js';
import { EmotionBadge } from '../inbox/RiskBadge.js';
import { marksFor } from '../read/analysis-marks.js';

interface Props {
  thread: Thread;
}

/** The conversation, oldest first; the customer's words carry their evidence highlighted. */
export function MessageList({ thread }: Props) {
  const effects = new Map(thread.journey.replies.map((r) => [r.replyId, r.effect]));
  return (
    <ol className="messages" aria-label="Messages">
      {thread.messages.map((m) => (
        <li key={m.id} className={`message from-${m.authorKind}`} data-message-id={m.id}>
          <div className="message-head">
            <strong>{author(m, thread)}</strong>
            <time className="muted" dateTime={m.createdAt}>
              {new Date(m.createdAt).toLocaleString()}
            </time>
            {m.analysis && <EmotionBadge emotion={m.analysis.emotions[0]?.label ?? null} />}
            {effects.get(m.id) && effects.get(m.id) !== 'unknown' && (
              <span className={`effect effect-${effects.get(m.id)}`}>{effects.get(m.id)}</span>
            )}
          </div>
          {m.analysis ? (
            <HighlightedText
              text={m.body}
              marks={marksFor(m.analysis)}
              label={`Message from ${author(m, thread)} with evidence`}
            />
          ) : (
            <p className="message-body">{m.body}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function author(m: ThreadMessage, thread: Thread): string {
  if (m.authorKind === 'customer') return thread.customer?.name ?? 'Customer';
  if (m.authorKind === 'system') return 'System';
  return m.authorUserId && m.authorUserId === thread.assignee?.id ? thread.assignee.name : 'Agent';
}
