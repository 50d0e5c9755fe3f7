import type {
  Conversation,
  Customer,
  CustomerFact,
  Message,
  StoredAnalysis,
  WorkspaceScope,
} from '../storage/index.js';
import { findCustomer } from './customer-profile.js';

/** Everything stored about one customer, as a data-subject access request should return it. */
export interface CustomerExport {
  format: 'rapport.customer-export.v1';
  exportedAt: string;
  customer: Customer;
  facts: CustomerFact[];
  conversations: Array<
    Conversation & {
      messages: Array<Message & { analysis: StoredAnalysis['analysis'] | null }>;
    }
  >;
}

const PAGE = 1000;

/**
 * Collects everything stored about a customer: their record, remembered facts, and every
 * conversation with its messages and their analyses. `now` stamps the export (no clock here).
 * @example writeFileSync('ann.json', JSON.stringify(await exportCustomer(scope, id, new Date())))
 */
export async function exportCustomer(
  scope: WorkspaceScope,
  ref: string,
  now: Date,
): Promise<CustomerExport | undefined> {
  const customer = await findCustomer(scope, ref);
  if (!customer) return undefined;
  const conversations: Conversation[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await scope.conversations.list({ customerId: customer.id, limit: PAGE, offset });
    conversations.push(...page);
    if (page.length < PAGE) break;
  }
  const withMessages: CustomerExport['conversations'] = [];
  for (const conversation of conversations.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const [messages, analyses] = await Promise.all([
      scope.messages.listByConversation(conversation.id, { limit: 10_000 }),
      scope.analyses.listByConversation(conversation.id),
    ]);
    const byMessage = new Map(analyses.map((a) => [a.messageId, a.analysis]));
    withMessages.push({
      ...conversation,
      messages: messages.map((m) => ({ ...m, analysis: byMessage.get(m.id) ?? null })),
    });
  }
  return {
    format: 'rapport.customer-export.v1',
    exportedAt: now.toISOString(),
    customer,
    facts: await scope.customerFacts.listByCustomer(customer.id),
    conversations: withMessages,
  };
}
