import { extractFacts, mergeFacts } from '@rapport/engine';
import type { Message, WorkspaceScope } from '../storage/index.js';

/**
 * Reads what a customer says about themselves in new messages (preferences, life events,
 * deadlines…) and merges it into what is remembered about them. Returns how many facts changed.
 * @example await rememberFacts(ws, customer.id, [message]);
 */
export async function rememberFacts(
  ws: WorkspaceScope,
  customerId: string,
  messages: readonly Pick<Message, 'id' | 'body' | 'createdAt' | 'authorKind'>[],
): Promise<number> {
  const incoming = messages
    .filter((m) => m.authorKind === 'customer')
    .flatMap((m) =>
      extractFacts(m.body).map((fact) => ({ fact, source: { messageId: m.id, at: m.createdAt } })),
    );
  if (incoming.length === 0) return 0;
  const changed = mergeFacts(await ws.customerFacts.listByCustomer(customerId), incoming);
  if (changed.length === 0) return 0;
  return (await ws.customerFacts.save(customerId, changed)).length;
}
