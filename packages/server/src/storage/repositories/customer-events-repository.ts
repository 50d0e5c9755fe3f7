import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CustomerEventTable } from '../schema.js';
import { StorageError } from '../storage-error.js';
import { attributes, timestamp } from './inputs.js';
import {
  guard,
  inTransaction,
  parseInput,
  parseJsonObject,
  type RepositoryContext,
} from './repository-context.js';

/** Something that happened to a customer; `sequence` numbers their events of one type from 1. */
export interface StoredCustomerEvent {
  id: string;
  customerId: string;
  type: string;
  sequence: number;
  occurredAt: string;
  data: Record<string, unknown>;
  idempotencyKey: string | null;
  createdAt: string;
}

const eventInput = z.object({
  customerId: z.string().min(1).max(100),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
      error: 'must be a lower-case dotted name such as order.placed or custom.webinar_attended',
    })
    .max(100),
  occurredAt: timestamp,
  data: attributes.optional(),
  /** Posting the same event twice with one key records it once. */
  idempotencyKey: z.string().min(1).max(200).optional(),
});
export type CustomerEventInput = z.input<typeof eventInput>;

export interface CustomerEventsRepository {
  /** Records an event (once per idempotency key) and numbers it among the customer's events of its type. */
  record(input: CustomerEventInput): Promise<{ event: StoredCustomerEvent; created: boolean }>;
  /** Events that happened at or after `since` (ISO), oldest first. */
  listSince(since: string, options?: { limit?: number }): Promise<StoredCustomerEvent[]>;
}

export function customerEventsRepository(ctx: RepositoryContext): CustomerEventsRepository {
  const { workspaceId } = ctx;
  return {
    record: (input) =>
      guard(ctx, 'customer event', async () => {
        const v = parseInput(eventInput, input, 'customer event');
        // Two writers numbering the same customer's events can pick the same sequence; the unique
        // constraint refuses the second, which then counts again.
        for (let attempt = 0; ; attempt++) {
          try {
            return await inTransaction(ctx, async (db) => {
              if (v.idempotencyKey !== undefined) {
                const seen = await db
                  .selectFrom('customer_events')
                  .selectAll()
                  .where('workspace_id', '=', workspaceId)
                  .where('idempotency_key', '=', v.idempotencyKey)
                  .executeTakeFirst();
                if (seen) return { event: toEvent(seen), created: false };
              }
              const { n } = await db
                .selectFrom('customer_events')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('workspace_id', '=', workspaceId)
                .where('customer_id', '=', v.customerId)
                .where('type', '=', v.type)
                .executeTakeFirstOrThrow();
              const row = await db
                .insertInto('customer_events')
                .values({
                  id: ctx.newId(),
                  workspace_id: workspaceId,
                  customer_id: v.customerId,
                  type: v.type,
                  sequence: Number(n) + 1,
                  occurred_at: v.occurredAt,
                  data: JSON.stringify(v.data ?? {}),
                  idempotency_key: v.idempotencyKey ?? null,
                  created_at: ctx.now(),
                })
                .returningAll()
                .executeTakeFirstOrThrow();
              return { event: toEvent(row), created: true };
            });
          } catch (error) {
            const mapped = error instanceof StorageError ? error : ctx.mapError(error);
            if (mapped?.code === 'unique_violation' && attempt < 3 && !ctx.db.isTransaction) continue;
            throw error;
          }
        }
      }),
    listSince: async (since, { limit = 10_000 } = {}) =>
      (
        await ctx.db
          .selectFrom('customer_events')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('occurred_at', '>=', since)
          .orderBy('occurred_at')
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toEvent),
  };
}

function toEvent(row: Selectable<CustomerEventTable>): StoredCustomerEvent {
  return {
    id: row.id,
    customerId: row.customer_id,
    type: row.type,
    sequence: Number(row.sequence),
    occurredAt: row.occurred_at,
    data: parseJsonObject(row.data),
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
  };
}
