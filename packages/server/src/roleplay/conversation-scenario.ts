import { roleplay } from '@rapport/engine';
import { StorageError, type WorkspaceScope } from '../storage/index.js';

/**
 * A practice scenario from one of the workspace's stored conversations (its messages and their
 * stored analyses), with the engine's verdict on whether it went badly.
 * Throws `not_found` for an unknown conversation; other problems come back as data.
 * @example const made = await conversationScenario(store.forWorkspace(id), conversationId);
 */
export async function conversationScenario(
  scope: WorkspaceScope,
  conversationId: string,
): Promise<roleplay.ScenarioFromConversation> {
  const conversation = await scope.conversations.get(conversationId);
  if (!conversation) {
    throw new StorageError('not_found', `No conversation with id ${conversationId} in this workspace`, {
      entity: 'conversation',
    });
  }
  const [messages, analyses, customer] = await Promise.all([
    scope.messages.listByConversation(conversationId),
    scope.analyses.listByConversation(conversationId),
    conversation.customerId ? scope.customers.get(conversation.customerId) : Promise.resolve(undefined),
  ]);
  return roleplay.scenarioFromConversation({
    conversationId,
    messages: messages.map((m) => ({ id: m.id, authorKind: m.authorKind, body: m.body })),
    analyses: analyses.map((a) => ({ messageId: a.messageId, analysis: a.analysis })),
    subject: conversation.subject,
    customerName: customer?.name ?? null,
  });
}
