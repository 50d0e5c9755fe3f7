import { type Analysis, analyze as defaultAnalyze, type Journey, journey } from '@rapport/engine';
import type { Conversation, Message, WorkspaceScope } from '../storage/index.js';

/** A stored conversation's journey, with the messages it was read from. */
export interface ConversationJourney {
  conversation: Conversation;
  messages: Array<Pick<Message, 'id' | 'authorKind' | 'body' | 'createdAt'>>;
  journey: Journey;
}

/**
 * Finds a conversation by its id, or by `source:external-id` (`zendesk:48213`) as the help desk
 * names it.
 */
export async function findConversation(
  scope: WorkspaceScope,
  ref: string,
): Promise<Conversation | undefined> {
  const byId = await scope.conversations.get(ref);
  if (byId) return byId;
  const colon = ref.indexOf(':');
  if (colon <= 0) return undefined;
  return scope.conversations.getByExternalId(ref.slice(0, colon), ref.slice(colon + 1));
}

/**
 * The journey of one stored conversation, read from its stored analyses; customer messages
 * stored without one (typed in before analysis existed) are analysed now with `analyze`.
 * @example const j = await conversationJourney(scope, 'zendesk:48213'); j?.journey.remembered.label
 */
export async function conversationJourney(
  scope: WorkspaceScope,
  ref: string,
  options: { analyze?: (text: string) => Analysis } = {},
): Promise<ConversationJourney | undefined> {
  const conversation = await findConversation(scope, ref);
  if (!conversation) return undefined;
  const [messages, analyses] = await Promise.all([
    scope.messages.listByConversation(conversation.id, { limit: 10_000 }),
    scope.analyses.listByConversation(conversation.id),
  ]);
  const byMessage = new Map(analyses.map((a) => [a.messageId, a.analysis]));
  const result = journey(
    messages.map((m) => {
      const analysis = byMessage.get(m.id);
      return {
        id: m.id,
        author: m.authorKind,
        at: m.createdAt,
        text: m.body,
        ...(analysis && { analysis }),
      };
    }),
    { analyze: options.analyze ?? defaultAnalyze },
  );
  return {
    conversation,
    messages: messages.map((m) => ({
      id: m.id,
      authorKind: m.authorKind,
      body: m.body,
      createdAt: m.createdAt,
    })),
    journey: result,
  };
}
