import { PostgresAdapter, type QueryCreator, type Selectable, type Updateable } from 'kysely';
import type { Database, MomentOutboxTable } from '../schema.js';
import { StorageError } from '../storage-error.js';
import { guard, inTransaction, notFound, type RepositoryContext } from './repository-context.js';

export const OUTBOX_STATUSES = [
  'review',
  'pending',
  'sending',
  'sent',
  'failed',
  'skipped',
  'cancelled',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One moment on its way out. `idempotencyKey` (rule + customer + occurrence) is unique per workspace. */
export interface OutboxItem {
  id: string;
  idempotencyKey: string;
  ruleId: string;
  customerId: string;
  type: string;
  channel: 'email' | 'webhook';
  status: OutboxStatus;
  scheduledFor: string;
  recipient: string | null;
  webhookUrl: string | null;
  subject: string;
  body: string;
  reason: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  reviewedBy: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxEntry {
  idempotencyKey: string;
  ruleId: string;
  customerId: string;
  type: string;
  channel: 'email' | 'webhook';
  needsReview: boolean;
  scheduledFor: string;
  recipient: string | null;
  webhookUrl: string | null;
  subject: string;
  body: string;
  reason: string;
}

export interface ClaimOptions {
  /** Who holds the lease (a worker id); only it may complete the item. */
  owner: string;
  /** ISO instant: items due by then are claimed; leases that ended by then are taken over. */
  now: string;
  /** ISO instant the lease ends; longer than any delivery's time-out. */
  leaseUntil: string;
  limit: number;
}

export interface MomentOutboxRepository {
  /** Adds entries whose key is new; returns how many were added (a known key is left as it is). */
  enqueue(entries: readonly OutboxEntry[]): Promise<number>;
  get(id: string): Promise<OutboxItem | undefined>;
  list(options?: { status?: OutboxStatus; limit?: number }): Promise<OutboxItem[]>;
  /** Every item scheduled at or after `since`, for planning (keys and monthly counts). */
  listScheduledSince(since: string): Promise<OutboxItem[]>;
  /**
   * Leases due items to one worker. On PostgreSQL concurrent workers skip each other's rows
   * (`FOR UPDATE SKIP LOCKED`); on SQLite the single UPDATE runs under the database's one writer lock.
   */
  claim(options: ClaimOptions): Promise<OutboxItem[]>;
  /** Completes a leased item; false when the lease was lost (another worker took it over). */
  markSent(id: string, owner: string, at: string): Promise<boolean>;
  /** Returns a leased item to the queue for another try at `retryAt`, recording why. */
  markRetry(id: string, owner: string, error: string, retryAt: string): Promise<boolean>;
  /** Gives up on a leased item; the error stays visible on it. */
  markFailed(id: string, owner: string, error: string): Promise<boolean>;
  /** Stops a leased item from going out (the customer opted out meanwhile). */
  markCancelled(id: string, owner: string, why: string): Promise<boolean>;
  /** A reviewer lets a queued moment go out, optionally with their own wording. */
  approve(id: string, review: { reviewer: string; subject?: string; body?: string }): Promise<OutboxItem>;
  /** A reviewer decides it should not go out. */
  skip(id: string, review: { reviewer: string }): Promise<OutboxItem>;
  /** Cancels every queued (not yet leased) moment of a customer who opted out. */
  cancelForCustomer(customerId: string, type: string | 'all', why: string): Promise<number>;
}

export function momentOutboxRepository(ctx: RepositoryContext): MomentOutboxRepository {
  const { db, workspaceId } = ctx;
  const scoped = () => db.selectFrom('moment_outbox').selectAll().where('workspace_id', '=', workspaceId);
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  const finishLeased = async (id: string, owner: string, set: Updateable<MomentOutboxTable>) => {
    const result = await db
      .updateTable('moment_outbox')
      .set({ ...set, lease_owner: null, lease_expires_at: null, updated_at: ctx.now() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  };

  const review = async (id: string, set: Updateable<MomentOutboxTable>) =>
    guard(ctx, 'moment', async () => {
      const row = await db
        .updateTable('moment_outbox')
        .set({ ...set, updated_at: ctx.now() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', 'review')
        .returningAll()
        .executeTakeFirst();
      if (row) return toItem(row);
      const current = await scoped().where('id', '=', id).executeTakeFirst();
      if (!current) throw notFound('moment', id);
      throw new StorageError('invalid_input', `Moment ${id} is ${current.status}, not waiting for review`, {
        entity: 'moment',
        issues: [
          {
            path: 'status',
            message: `is ${current.status}; only moments in review can be approved or skipped`,
          },
        ],
      });
    });

  return {
    enqueue: (entries) =>
      // One transaction for the lot: all-or-nothing, and one commit instead of one per row.
      guard(ctx, 'moment', () =>
        inTransaction(ctx, async (trx) => {
          let added = 0;
          for (const e of entries) {
            const now = ctx.now();
            const result = await trx
              .insertInto('moment_outbox')
              .values({
                id: ctx.newId(),
                workspace_id: workspaceId,
                idempotency_key: e.idempotencyKey,
                rule_id: e.ruleId,
                customer_id: e.customerId,
                moment_type: e.type,
                channel: e.channel,
                status: e.needsReview ? 'review' : 'pending',
                scheduled_for: e.scheduledFor,
                recipient: e.recipient,
                webhook_url: e.webhookUrl,
                subject: e.subject,
                body: e.body,
                reason: e.reason,
                attempts: 0,
                next_attempt_at: e.scheduledFor,
                created_at: now,
                updated_at: now,
              })
              .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
              .executeTakeFirst();
            added += Number(result.numInsertedOrUpdatedRows ?? 0n);
          }
          return added;
        }),
      ),
    get: async (id) => {
      const row = await scoped().where('id', '=', id).executeTakeFirst();
      return row && toItem(row);
    },
    list: async ({ status, limit = 100 } = {}) => {
      let query = scoped();
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query
        .orderBy('scheduled_for')
        .orderBy('id')
        .limit(Math.min(1000, Math.max(1, limit)))
        .execute();
      return rows.map(toItem);
    },
    listScheduledSince: async (since) =>
      (await scoped().where('scheduled_for', '>=', since).orderBy('scheduled_for').execute()).map(toItem),
    claim: async ({ owner, now, leaseUntil, limit }) => {
      const due = (handle: QueryCreator<Database>) =>
        handle
          .selectFrom('moment_outbox')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
              eb.and([eb('status', '=', 'sending'), eb('lease_expires_at', '<=', now)]),
            ]),
          )
          .orderBy('next_attempt_at')
          .limit(limit);
      const lease = {
        status: 'sending',
        lease_owner: owner,
        lease_expires_at: leaseUntil,
        updated_at: ctx.now(),
      } as const;
      // PostgreSQL: the rows are picked once in a CTE. Inside `WHERE id IN (…)` the locking subquery
      // may be re-run for each outer row, skip the rows this statement already took, and so claim
      // far more than `limit` (the two-worker test caught one worker taking everything).
      const rows = isPostgres
        ? await db
            .with('picked', (qc) => due(qc).forUpdate().skipLocked())
            .updateTable('moment_outbox')
            .from('picked')
            .set((eb) => ({ ...lease, attempts: eb('moment_outbox.attempts', '+', 1) }))
            .whereRef('moment_outbox.id', '=', 'picked.id')
            .where('moment_outbox.workspace_id', '=', workspaceId)
            .returningAll('moment_outbox')
            .execute()
        : await db
            .updateTable('moment_outbox')
            .set((eb) => ({ ...lease, attempts: eb('attempts', '+', 1) }))
            .where('workspace_id', '=', workspaceId)
            .where('id', 'in', due(db))
            .returningAll()
            .execute();
      return rows.map(toItem).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt));
    },
    markSent: (id, owner, at) => finishLeased(id, owner, { status: 'sent', sent_at: at, last_error: null }),
    markRetry: (id, owner, error, retryAt) =>
      finishLeased(id, owner, { status: 'pending', last_error: error, next_attempt_at: retryAt }),
    markFailed: (id, owner, error) => finishLeased(id, owner, { status: 'failed', last_error: error }),
    markCancelled: (id, owner, why) => finishLeased(id, owner, { status: 'cancelled', last_error: why }),
    approve: (id, { reviewer, subject, body }) =>
      review(id, {
        status: 'pending',
        reviewed_by: reviewer,
        ...(subject !== undefined && { subject }),
        ...(body !== undefined && { body }),
      }),
    skip: (id, { reviewer }) => review(id, { status: 'skipped', reviewed_by: reviewer }),
    cancelForCustomer: async (customerId, type, why) => {
      let query = db
        .updateTable('moment_outbox')
        .set({ status: 'cancelled', last_error: why, updated_at: ctx.now() })
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', '=', customerId)
        .where('status', 'in', ['review', 'pending']);
      if (type !== 'all') query = query.where('moment_type', '=', type);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

function toItem(row: Selectable<MomentOutboxTable>): OutboxItem {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    ruleId: row.rule_id,
    customerId: row.customer_id,
    type: row.moment_type,
    channel: row.channel as OutboxItem['channel'],
    status: row.status as OutboxStatus,
    scheduledFor: row.scheduled_for,
    recipient: row.recipient,
    webhookUrl: row.webhook_url,
    subject: row.subject,
    body: row.body,
    reason: row.reason,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    reviewedBy: row.reviewed_by,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
