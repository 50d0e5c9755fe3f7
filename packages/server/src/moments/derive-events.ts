import { conversationJourney } from '../journey/index.js';
import type { WorkspaceScope } from '../storage/index.js';

const PAGE = 200;
/** A first customer message this upset (mood −1..1) opens a complaint. */
const COMPLAINT_MOOD = -0.3;

/**
 * Turns stored conversations into the events moment rules listen to, so recovery and
 * first-complaint moments work without any integration posting events:
 * - `complaint` when a conversation's first customer message is clearly upset;
 * - `conversation.ended` when a conversation is solved or closed, with `ending` set to how the
 *   customer will likely remember it (`positive`, `mixed`, `negative`; peak-end rule).
 * Each is recorded once per conversation (idempotency key), however often this runs.
 * @example await deriveConversationEvents(scope, { since: '2026-03-01T00:00:00.000Z' })
 */
export async function deriveConversationEvents(
  scope: WorkspaceScope,
  { since }: { since: string },
): Promise<number> {
  let recorded = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await scope.conversations.list({ limit: PAGE, offset });
    for (const conversation of page) {
      // Newest first: the first conversation older than `since` ends the scan.
      if (conversation.updatedAt < since) return recorded;
      if (!conversation.customerId) continue;
      const read = await conversationJourney(scope, conversation.id);
      const first = read?.journey.turns[0];
      if (!read || !first) continue;
      if (first.mood <= COMPLAINT_MOOD) {
        const { created } = await scope.moments.events.record({
          customerId: conversation.customerId,
          type: 'complaint',
          occurredAt: first.at ?? conversation.createdAt,
          data: { conversationId: conversation.id, emotion: first.emotion ?? 'negative' },
          idempotencyKey: `complaint:${conversation.id}`,
        });
        if (created) recorded++;
      }
      if (conversation.status === 'solved' || conversation.status === 'closed') {
        const { created } = await scope.moments.events.record({
          customerId: conversation.customerId,
          type: 'conversation.ended',
          occurredAt: conversation.updatedAt,
          data: { conversationId: conversation.id, ending: read.journey.remembered.label },
          idempotencyKey: `conversation.ended:${conversation.id}`,
        });
        if (created) recorded++;
      }
    }
    if (page.length < PAGE) return recorded;
  }
}
