import { FACT_KINDS, type FactKind, type RememberedFact } from '@rapport/engine';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CustomerFactTable } from '../schema.js';
import { id, timestamp } from './inputs.js';
import { guard, parseInput, type RepositoryContext } from './repository-context.js';

/** A remembered fact as stored: the engine's fact plus its row identity. */
export interface CustomerFact extends RememberedFact {
  id: string;
  workspaceId: string;
  customerId: string;
  createdAt: string;
  updatedAt: string;
}

const factInput = z.object({
  kind: z.enum(FACT_KINDS),
  key: z.string().min(1).max(200),
  value: z.string().min(1).max(500),
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1).max(100),
  evidence: z.string().max(1000),
  messageId: id.nullable(),
  timesSeen: z.number().int().min(1),
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
});

export type CustomerFactInput = z.input<typeof factInput>;

export interface CustomerFactsRepository {
  /** A customer's facts, by kind then key. */
  listByCustomer(customerId: string): Promise<CustomerFact[]>;
  /** The facts of several customers at once (importers merge a batch's new facts with these). */
  listByCustomers(customerIds: readonly string[]): Promise<CustomerFact[]>;
  /**
   * Writes facts as the engine's `mergeFacts()` left them: one row per (customer, kind, key),
   * replaced when it exists. All or nothing.
   */
  save(customerId: string, facts: readonly CustomerFactInput[]): Promise<CustomerFact[]>;
  /** The same for several customers in one statement (importers write a whole batch's facts). */
  saveMany(facts: readonly (CustomerFactInput & { customerId: string })[]): Promise<CustomerFact[]>;
}

export function customerFactsRepository(ctx: RepositoryContext): CustomerFactsRepository {
  const { db, workspaceId } = ctx;
  const scoped = () => db.selectFrom('customer_facts').selectAll().where('workspace_id', '=', workspaceId);
  const saveMany = (facts: readonly (CustomerFactInput & { customerId: string })[]) =>
    guard(ctx, 'customer fact', async () => {
      const now = ctx.now();
      const values = facts.map((input) => {
        const v = parseInput(factInput, input, 'customer fact');
        return {
          id: ctx.newId(),
          workspace_id: workspaceId,
          customer_id: parseInput(id, input.customerId, 'customer fact'),
          kind: v.kind,
          key: v.key,
          value: v.value,
          confidence: v.confidence,
          rule: v.rule,
          evidence: v.evidence,
          message_id: v.messageId,
          times_seen: v.timesSeen,
          first_seen_at: v.firstSeenAt,
          last_seen_at: v.lastSeenAt,
          created_at: now,
          updated_at: now,
        };
      });
      if (values.length === 0) return [];
      const rows = await db
        .insertInto('customer_facts')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'customer_id', 'kind', 'key']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            confidence: eb.ref('excluded.confidence'),
            rule: eb.ref('excluded.rule'),
            evidence: eb.ref('excluded.evidence'),
            message_id: eb.ref('excluded.message_id'),
            times_seen: eb.ref('excluded.times_seen'),
            first_seen_at: eb.ref('excluded.first_seen_at'),
            last_seen_at: eb.ref('excluded.last_seen_at'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .returningAll()
        .execute();
      return rows.map(toFact);
    });
  return {
    listByCustomer: async (customerId) =>
      (await scoped().where('customer_id', '=', customerId).orderBy('kind').orderBy('key').execute()).map(
        toFact,
      ),
    listByCustomers: async (customerIds) => {
      if (customerIds.length === 0) return [];
      const rows = await scoped()
        .where('customer_id', 'in', [...new Set(customerIds)])
        .orderBy('customer_id')
        .orderBy('kind')
        .orderBy('key')
        .execute();
      return rows.map(toFact);
    },
    save: (customerId, facts) => saveMany(facts.map((f) => ({ ...f, customerId }))),
    saveMany: (facts) => saveMany(facts),
  };
}

function toFact(row: Selectable<CustomerFactTable>): CustomerFact {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    customerId: row.customer_id,
    kind: row.kind as FactKind,
    key: row.key,
    value: row.value,
    confidence: Number(row.confidence),
    rule: row.rule,
    evidence: row.evidence,
    messageId: row.message_id,
    timesSeen: Number(row.times_seen),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
