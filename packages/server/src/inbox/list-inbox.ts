import type { CxEmotion, SentimentLabel } from '@rapport/engine';
import type { ConversationStatus, WorkspaceScope } from '../storage/index.js';
import { journeyOf } from './load-thread.js';

/** One row of the inbox: who, what about, how they feel now and how risky it is, at a glance. */
export interface InboxItem {
  id: string;
  subject: string | null;
  status: ConversationStatus;
  channel: string;
  updatedAt: string;
  customer: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  messageCount: number;
  lastMessage: { authorKind: string; preview: string; createdAt: string } | null;
  /** The customer's latest reading: strongest emotion and sentiment. */
  mood: { emotion: CxEmotion | null; sentiment: SentimentLabel | null; upset: number };
  risk: { escalation: number; churn: number };
  remembered: string;
  /** True when the customer wrote last: someone owes them an answer. */
  awaitingReply: boolean;
}

const PREVIEW = 140;

/**
 * The workspace's conversations, most recent activity first, each summarised from its stored
 * analyses through the engine's journey (peak, end, risk).
 */
export async function listInbox(
  ws: WorkspaceScope,
  options: { status?: ConversationStatus; limit?: number } = {},
): Promise<InboxItem[]> {
  const conversations = await ws.conversations.list({
    limit: options.limit ?? 50,
    ...(options.status && { status: options.status }),
  });
  // Four queries for the whole page, however many rows it has (not two per conversation).
  const ids = conversations.map((c) => c.id);
  const customerIds = conversations.flatMap((c) => (c.customerId ? [c.customerId] : []));
  const [customers, users, messagesOf, analysesOf] = await Promise.all([
    ws.customers.getMany(customerIds),
    ws.users.list(),
    ws.messages.listByConversations(ids),
    ws.analyses.listByConversations(ids),
  ]);
  const customerName = new Map(customers.map((c) => [c.id, c.name]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  return conversations.map((conversation) => {
    const messages = messagesOf.get(conversation.id) ?? [];
    const analyses = analysesOf.get(conversation.id) ?? [];
    const byMessage = new Map(analyses.map((a) => [a.messageId, a.analysis]));
    const journey = journeyOf(messages.map((m) => ({ ...m, analysis: byMessage.get(m.id) ?? null })));
    const last = messages.at(-1);
    const lastCustomer = [...messages].reverse().find((m) => m.authorKind === 'customer');
    const lastReading = lastCustomer ? byMessage.get(lastCustomer.id) : undefined;
    return {
      id: conversation.id,
      subject: conversation.subject,
      status: conversation.status,
      channel: conversation.channel,
      updatedAt: conversation.updatedAt,
      customer: conversation.customerId
        ? {
            id: conversation.customerId,
            name: customerName.get(conversation.customerId) ?? 'Unknown customer',
          }
        : null,
      assignee: conversation.assignedUserId
        ? { id: conversation.assignedUserId, name: userName.get(conversation.assignedUserId) ?? 'Unknown' }
        : null,
      messageCount: messages.length,
      lastMessage: last
        ? {
            authorKind: last.authorKind,
            preview: last.body.length > PREVIEW ? `${last.body.slice(0, PREVIEW - 1)}…` : last.body,
            createdAt: last.createdAt,
          }
        : null,
      mood: {
        emotion: journey.end?.emotion ?? null,
        sentiment: lastReading?.sentiment.label ?? null,
        upset: journey.end?.upset ?? 0,
      },
      risk: { escalation: journey.risk.escalation, churn: journey.risk.churn },
      remembered: journey.remembered.label,
      awaitingReply: last?.authorKind === 'customer',
    };
  });
}
