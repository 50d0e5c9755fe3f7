import type { Selectable } from 'kysely';
import type { OutboundDeliveryTable } from '../outbound-delivery-table.js';
import type { RepositoryContext } from './repository-context.js';

/** One event owed to one outbound target, as an admin sees it (the body stays in the queue). */
export interface OutboundDelivery {
  id: string;
  webhookId: string;
  event: string;
  status: OutboundDeliveryTable['status'];
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A delivery a worker now holds, with what it needs to send it. */
export interface ClaimedDelivery extends OutboundDelivery {
  body: string;
  url: string;
  secret: string;
}

export interface OutboundDeliveriesRepository {
  /** Queues each event for every outbound target the workspace has now; returns the rows. */
  enqueue(events: ReadonlyArray<{ event: string; body: string }>): Promise<OutboundDelivery[]>;
  /**
   * Takes up to `limit` pending deliveries due by `now` (oldest first), counts the attempt and
   * hides each until `leaseUntil`; a row two workers race for goes to one of them only. With
   * `ids`, takes those (still pending and not held by another worker) whether due or not: a
   * request sends what it just queued at once.
   */
  claimDue(options: {
    now: string;
    leaseUntil: string;
    limit: number;
    ids?: readonly string[];
  }): Promise<ClaimedDelivery[]>;
  markSent(id: string, status: number): Promise<void>;
  /** Back to the queue, due again at `retryAt`, with why this attempt failed. */
  markRetry(id: string, outcome: { status: number | null; error: string; retryAt: string }): Promise<void>;
  /** Given up: stays listed with its last status and error. */
  markFailed(id: string, outcome: { status: number | null; error: string }): Promise<void>;
  /** Newest first, optionally one status only. */
  list(options?: { status?: OutboundDeliveryTable['status']; limit?: number }): Promise<OutboundDelivery[]>;
}

function toDelivery(row: Omit<Selectable<OutboundDeliveryTable>, 'body' | 'workspace_id'>): OutboundDelivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    event: row.event,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const LISTED = [
  'id',
  'webhook_id',
  'event',
  'status',
  'attempts',
  'next_attempt_at',
  'last_status',
  'last_error',
  'created_at',
  'updated_at',
] as const;

export function outboundDeliveriesRepository(ctx: RepositoryContext): OutboundDeliveriesRepository {
  const { db, workspaceId } = ctx;
  const finish = (id: string, set: Partial<Selectable<OutboundDeliveryTable>>) =>
    db
      .updateTable('outbound_deliveries')
      .set({ ...set, updated_at: ctx.now() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  return {
    async enqueue(events) {
      if (events.length === 0) return [];
      const targets = await db
        .selectFrom('outbound_webhooks')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .execute();
      if (targets.length === 0) return [];
      const now = ctx.now();
      const rows = events.flatMap(({ event, body }) =>
        targets.map((t) => ({
          id: ctx.newId(),
          workspace_id: workspaceId,
          webhook_id: t.id,
          event,
          body,
          status: 'pending' as const,
          attempts: 0,
          next_attempt_at: now,
          last_status: null,
          last_error: null,
          created_at: now,
          updated_at: now,
        })),
      );
      await db.insertInto('outbound_deliveries').values(rows).execute();
      return rows.map(toDelivery);
    },
    async claimDue({ now, leaseUntil, limit, ids }) {
      let due = db
        .selectFrom('outbound_deliveries')
        .select(['id', 'next_attempt_at'])
        .where('workspace_id', '=', workspaceId)
        .where('status', '=', 'pending');
      if (ids === undefined) due = due.where('next_attempt_at', '<=', now);
      else {
        if (ids.length === 0) return [];
        due = due.where('id', 'in', ids).where('attempts', '=', 0);
      }
      const candidates = await due.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
      const claimed: string[] = [];
      for (const row of candidates) {
        // Only the worker whose update still sees the row as it was read gets it.
        const result = await db
          .updateTable('outbound_deliveries')
          .set((eb) => ({ next_attempt_at: leaseUntil, attempts: eb('attempts', '+', 1), updated_at: now }))
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', row.id)
          .where('status', '=', 'pending')
          .where('next_attempt_at', '=', row.next_attempt_at)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) claimed.push(row.id);
      }
      if (claimed.length === 0) return [];
      const rows = await db
        .selectFrom('outbound_deliveries as d')
        .innerJoin('outbound_webhooks as w', 'w.id', 'd.webhook_id')
        .select([...LISTED.map((c) => `d.${c}` as const), 'd.body', 'w.url', 'w.secret'])
        .where('d.workspace_id', '=', workspaceId)
        .where('d.id', 'in', claimed)
        .orderBy('d.created_at')
        .execute();
      return rows.map((r) => ({ ...toDelivery(r), body: r.body, url: r.url, secret: r.secret }));
    },
    markSent: async (id, status) => {
      await finish(id, { status: 'sent', last_status: status, last_error: null });
    },
    markRetry: async (id, { status, error, retryAt }) => {
      await finish(id, {
        status: 'pending',
        last_status: status,
        last_error: error,
        next_attempt_at: retryAt,
      });
    },
    markFailed: async (id, { status, error }) => {
      await finish(id, { status: 'failed', last_status: status, last_error: error });
    },
    async list({ status, limit = 100 } = {}) {
      let query = db
        .selectFrom('outbound_deliveries')
        .select([...LISTED])
        .where('workspace_id', '=', workspaceId);
      if (status !== undefined) query = query.where('status', '=', status);
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.max(1, Math.min(500, limit)))
        .execute();
      return rows.map(toDelivery);
    },
  };
}
