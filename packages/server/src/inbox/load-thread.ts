import { type Analysis, type Journey, journey } from '@rapport/engine';
import type {
  Conversation,
  Customer,
  CustomerFact,
  Message,
  User,
  WorkspaceScope,
} from '../storage/index.js';

/** A message as the conversation view shows it: with its stored analysis when it has one. */
export interface ThreadMessage extends Message {
  analysis: Analysis | null;
}

/** Everything the conversation view needs in one answer. */
export interface Thread {
  conversation: Conversation;
  customer: Customer | null;
  /** What the customer told us about themselves (customer memory). */
  facts: CustomerFact[];
  assignee: Pick<User, 'id' | 'name'> | null;
  messages: ThreadMessage[];
  journey: Journey;
}

/**
 * Loads one conversation with its messages, their analyses, the customer and what we remember
 * about them, and the journey computed from the stored analyses (nothing is analysed again).
 * Undefined when the conversation is not in this workspace.
 */
export async function loadThread(ws: WorkspaceScope, conversationId: string): Promise<Thread | undefined> {
  const conversation = await ws.conversations.get(conversationId);
  if (!conversation) return undefined;
  const [messages, analyses, customer, assignee] = await Promise.all([
    ws.messages.listByConversation(conversationId),
    ws.analyses.listByConversation(conversationId),
    conversation.customerId ? ws.customers.get(conversation.customerId) : undefined,
    conversation.assignedUserId ? ws.users.get(conversation.assignedUserId) : undefined,
  ]);
  const facts = customer ? await ws.customerFacts.listByCustomer(customer.id) : [];
  const byMessage = new Map(analyses.map((a) => [a.messageId, a.analysis]));
  const withAnalyses = messages.map((m) => ({ ...m, analysis: byMessage.get(m.id) ?? null }));
  return {
    conversation,
    customer: customer ?? null,
    facts,
    assignee: assignee ? { id: assignee.id, name: assignee.name } : null,
    messages: withAnalyses,
    journey: journeyOf(withAnalyses),
  };
}

/** The journey from stored messages; a customer message without a stored analysis is read from its text. */
export function journeyOf(messages: readonly ThreadMessage[]): Journey {
  return journey(
    messages.map((m) => ({
      id: m.id,
      author: m.authorKind,
      at: m.createdAt,
      text: m.body,
      ...(m.analysis && { analysis: m.analysis }),
    })),
  );
}
