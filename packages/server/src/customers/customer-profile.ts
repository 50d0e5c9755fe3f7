import type { FactKind } from '@rapport/engine';
import type { Customer, CustomerFact, WorkspaceScope } from '../storage/index.js';

/** What Rapport remembers about a customer, for an agent about to answer them. */
export interface CustomerProfile {
  customer: Customer;
  /** Facts by kind, most confident first. */
  facts: Partial<Record<FactKind, CustomerFact[]>>;
  conversations: { total: number; open: number; lastContactAt: string | null };
}

/**
 * Finds a customer by id, or by `source:external-id` (`zendesk:9001`) as the help desk names them.
 */
export async function findCustomer(scope: WorkspaceScope, ref: string): Promise<Customer | undefined> {
  const byId = await scope.customers.get(ref);
  if (byId) return byId;
  const colon = ref.indexOf(':');
  if (colon <= 0) return undefined;
  return scope.customers.getByExternalId(ref.slice(0, colon), ref.slice(colon + 1));
}

/**
 * A customer's profile: who they are, the facts and preferences they told us (each with the
 * message it came from and a confidence) and how much they have been in touch.
 * @example const p = await customerProfile(scope, 'zendesk:9001'); p?.facts.contact_preference
 */
export async function customerProfile(
  scope: WorkspaceScope,
  ref: string,
): Promise<CustomerProfile | undefined> {
  const customer = await findCustomer(scope, ref);
  if (!customer) return undefined;
  const [facts, conversations] = await Promise.all([
    scope.customerFacts.listByCustomer(customer.id),
    scope.conversations.list({ customerId: customer.id, limit: 1000 }),
  ]);
  const byKind: Partial<Record<FactKind, CustomerFact[]>> = {};
  for (const fact of [...facts].sort((a, b) => b.confidence - a.confidence)) {
    const list = byKind[fact.kind] ?? [];
    list.push(fact);
    byKind[fact.kind] = list;
  }
  return {
    customer,
    facts: byKind,
    conversations: {
      total: conversations.length,
      open: conversations.filter((c) => c.status === 'open' || c.status === 'pending').length,
      lastContactAt: conversations[0]?.updatedAt ?? null,
    },
  };
}
