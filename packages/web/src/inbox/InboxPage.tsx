import { useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';
import type { InboxItem } from '../api/types.js';
import { EmotionBadge, RiskBadge } from './RiskBadge.js';

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; items: InboxItem[] };

/**
 * The inbox: every conversation with who, what, how the customer feels now and how risky it is.
 * Riskiest first among those waiting for a reply, so the agent starts where it matters.
 */
export function InboxPage({ api }: { api: Api }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api.get<{ conversations: InboxItem[] }>('api/inbox').then(
      ({ conversations }) => live && setLoad({ status: 'done', items: sortForTriage(conversations) }),
      (err: unknown) =>
        live && setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section className="page" aria-labelledby="inbox-title">
      <h2 id="inbox-title">Inbox</h2>
      {load.status === 'loading' && <p role="status">Loading conversations…</p>}
      {load.status === 'failed' && <p role="alert">Could not load the inbox: {load.message}</p>}
      {load.status === 'done' && load.items.length === 0 && <p>No conversations yet.</p>}
      {load.status === 'done' && load.items.length > 0 && (
        <ul className="inbox" aria-label="Conversations">
          {load.items.map((item) => (
            <li key={item.id} className={`inbox-row${item.awaitingReply ? ' awaiting' : ''}`}>
              <a href={`#/conversations/${item.id}`} className="inbox-link">
                <span className="inbox-who">
                  <strong>{item.customer?.name ?? 'Unknown customer'}</strong>
                  <span className="muted"> · {item.channel}</span>
                  {item.awaitingReply && <span className="awaiting-tag">awaiting reply</span>}
                </span>
                <span className="inbox-subject">{item.subject ?? '(no subject)'}</span>
                <span className="inbox-preview muted">{item.lastMessage?.preview}</span>
              </a>
              <span className="inbox-signals">
                <EmotionBadge emotion={item.mood.emotion} />
                <RiskBadge escalation={item.risk.escalation} />
                <time className="muted" dateTime={item.updatedAt}>
                  {new Date(item.updatedAt).toLocaleDateString()}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function sortForTriage(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.awaitingReply) - Number(a.awaitingReply) ||
      b.risk.escalation - a.risk.escalation ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
}
