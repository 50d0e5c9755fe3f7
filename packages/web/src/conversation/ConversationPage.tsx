import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';
import type { Thread } from '../api/types.js';
import type { EngineState } from '../engine/types.js';
import { CustomerPanel } from './CustomerPanel.js';
import { JourneyChart } from './JourneyChart.js';
import { MessageList } from './MessageList.js';
import { ReplyBox } from './ReplyBox.js';

interface Props {
  api: Api;
  engine: EngineState;
  conversationId: string;
}

type Load =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'done'; thread: Thread };

/**
 * One conversation: the messages with their evidence, the journey as a chart, the reply box with
 * live coaching, and the customer's profile beside it.
 */
export function ConversationPage({ api, engine, conversationId }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const reload = useCallback(
    () =>
      api.get<Thread>(`api/conversations/${encodeURIComponent(conversationId)}/thread`).then(
        (thread) => setLoad({ status: 'done', thread }),
        (err: unknown) =>
          setLoad({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
      ),
    [api, conversationId],
  );
  useEffect(() => {
    setLoad({ status: 'loading' });
    void reload();
  }, [reload]);

  if (load.status === 'loading') return <p role="status">Loading the conversation…</p>;
  if (load.status === 'failed') return <p role="alert">Could not open this conversation: {load.message}</p>;
  const { thread } = load;
  const lastCustomer = [...thread.messages].reverse().find((m) => m.authorKind === 'customer');
  const send = async (body: string) => {
    await api.post(`api/conversations/${encodeURIComponent(conversationId)}/messages`, {
      authorKind: 'agent',
      body,
    });
    await reload();
  };

  return (
    <section className="page conversation" aria-labelledby="conversation-title">
      <p>
        <a href="#/inbox">← Inbox</a>
      </p>
      <h2 id="conversation-title">{thread.conversation.subject ?? 'Conversation'}</h2>
      <div className="conversation-grid">
        <div className="conversation-main">
          <div className="card">
            <JourneyChart journey={thread.journey} />
          </div>
          <div className="card">
            <MessageList thread={thread} />
          </div>
          <ReplyBox
            engine={engine}
            customer={lastCustomer?.body ?? ''}
            customerName={thread.customer?.name.split(' ')[0] ?? ''}
            onSend={send}
          />
        </div>
        <CustomerPanel api={api} thread={thread} />
      </div>
    </section>
  );
}
