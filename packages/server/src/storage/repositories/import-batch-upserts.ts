import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../schema.js';
import type {
  ChangedMessage,
  conversationRow,
  customerRow,
  messageRow,
  WriteCounts,
  WrittenIds,
} from './import-batch-rows.js';
import type { RepositoryContext } from './repository-context.js';

// Importers write thousands of rows a second, so this repository upserts a whole batch per table
// in one statement each, inside one transaction. An upsert only touches a row whose imported
// values differ from what is stored (`is distinct from`), so importing the same file twice
// changes nothing and the counts say so. Absent values never blank stored ones (`coalesce`).

type Parsed<S extends z.ZodType> = z.output<S>;

export async function upsertCustomers(
  db: Kysely<Database>,
  ctx: RepositoryContext,
  source: string,
  rows: Parsed<typeof customerRow>[],
) {
  const ids = new Map<string, string>();
  if (rows.length === 0) return { ids, counts: zero(), written: noIds() };
  const now = ctx.now();
  const values = rows.map((r) => ({
    id: ctx.newId(),
    workspace_id: ctx.workspaceId,
    name: r.name,
    email: r.email ?? null,
    time_zone: r.timeZone ?? null,
    birthday: null,
    customer_since: null,
    attributes: '{}',
    external_source: source,
    external_id: r.externalId,
    created_at: now,
    updated_at: now,
  }));
  const written = await db
    .insertInto('customers')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'external_source', 'external_id'])
        .doUpdateSet({
          name: sql`excluded.name`,
          email: sql`coalesce(excluded.email, customers.email)`,
          time_zone: sql`coalesce(excluded.time_zone, customers.time_zone)`,
          updated_at: sql`excluded.updated_at`,
        })
        .where(
          sql<boolean>`customers.name is distinct from excluded.name
            or coalesce(excluded.email, customers.email) is distinct from customers.email
            or coalesce(excluded.time_zone, customers.time_zone) is distinct from customers.time_zone`,
        ),
    )
    .returning(['id', 'external_id'])
    .execute();
  const stored = await db
    .selectFrom('customers')
    .select(['id', 'external_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('external_source', '=', source)
    .where(
      'external_id',
      'in',
      rows.map((r) => r.externalId),
    )
    .execute();
  for (const row of stored) if (row.external_id) ids.set(row.external_id, row.id);
  return { ids, counts: countWrites(values, written, rows.length), written: writtenIds(values, written) };
}

export async function upsertConversations(
  db: Kysely<Database>,
  ctx: RepositoryContext,
  source: string,
  rows: Parsed<typeof conversationRow>[],
  customerIds: ReadonlyMap<string, string>,
) {
  const ids = new Map<string, string>();
  const customerOf = new Map<string, string | null>();
  if (rows.length === 0) return { ids, customerOf, counts: zero(), written: noIds() };
  const now = ctx.now();
  const values = rows.map((r) => ({
    id: ctx.newId(),
    workspace_id: ctx.workspaceId,
    customer_id: r.customerExternalId ? (customerIds.get(r.customerExternalId) ?? null) : null,
    assigned_user_id: null,
    channel: r.channel,
    status: r.status,
    subject: r.subject ?? null,
    external_source: source,
    external_id: r.externalId,
    created_at: r.createdAt ?? now,
    updated_at: r.updatedAt ?? r.createdAt ?? now,
  }));
  const written = await db
    .insertInto('conversations')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'external_source', 'external_id'])
        .doUpdateSet({
          customer_id: sql`coalesce(excluded.customer_id, conversations.customer_id)`,
          channel: sql`excluded.channel`,
          status: sql`excluded.status`,
          subject: sql`coalesce(excluded.subject, conversations.subject)`,
          // Only ever forward: a batch holding older rows of a conversation must not move it back.
          updated_at: sql`case when excluded.updated_at > conversations.updated_at then excluded.updated_at else conversations.updated_at end`,
        })
        .where(
          sql<boolean>`coalesce(excluded.customer_id, conversations.customer_id) is distinct from conversations.customer_id
            or conversations.channel is distinct from excluded.channel
            or conversations.status is distinct from excluded.status
            or coalesce(excluded.subject, conversations.subject) is distinct from conversations.subject
            or excluded.updated_at > conversations.updated_at`,
        ),
    )
    .returning(['id', 'external_id'])
    .execute();
  const stored = await db
    .selectFrom('conversations')
    .select(['id', 'external_id', 'customer_id'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('external_source', '=', source)
    .where(
      'external_id',
      'in',
      rows.map((r) => r.externalId),
    )
    .execute();
  for (const row of stored) {
    if (row.external_id) ids.set(row.external_id, row.id);
    customerOf.set(row.id, row.customer_id);
  }
  return {
    ids,
    customerOf,
    counts: countWrites(values, written, rows.length),
    written: writtenIds(values, written),
  };
}

export async function upsertMessages(
  db: Kysely<Database>,
  ctx: RepositoryContext,
  source: string,
  rows: Parsed<typeof messageRow>[],
  conversationIds: ReadonlyMap<string, string>,
) {
  if (rows.length === 0) return { changed: [], counts: zero() };
  const now = ctx.now();
  const values = rows.map((r) => {
    const conversationId = conversationIds.get(r.conversationExternalId);
    if (conversationId === undefined) {
      throw new Error(
        `message ${r.externalId} refers to conversation ${r.conversationExternalId}, not in the batch`,
      );
    }
    return {
      id: ctx.newId(),
      workspace_id: ctx.workspaceId,
      conversation_id: conversationId,
      author_kind: r.authorKind,
      author_user_id: null,
      body: r.body,
      external_source: source,
      external_id: r.externalId,
      created_at: r.createdAt ?? now,
    };
  });
  const written = await db
    .insertInto('messages')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'external_source', 'external_id'])
        .doUpdateSet({
          body: sql`excluded.body`,
          author_kind: sql`excluded.author_kind`,
          created_at: sql`excluded.created_at`,
        })
        .where(
          sql<boolean>`messages.body is distinct from excluded.body
            or messages.author_kind is distinct from excluded.author_kind
            or messages.created_at is distinct from excluded.created_at`,
        ),
    )
    .returning(['id', 'external_id', 'conversation_id', 'author_kind', 'body', 'created_at'])
    .execute();
  const createdIds = new Set(values.map((v) => v.id));
  const changed: Omit<ChangedMessage, 'customerId'>[] = written.map((row) => ({
    id: row.id,
    externalId: row.external_id ?? '',
    conversationId: row.conversation_id,
    authorKind: row.author_kind as ChangedMessage['authorKind'],
    body: row.body,
    createdAt: row.created_at,
    created: createdIds.has(row.id),
  }));
  return { changed, counts: countWrites(values, written, rows.length) };
}

function countWrites(values: readonly { id: string }[], written: readonly { id: string }[], total: number) {
  const createdIds = new Set(values.map((v) => v.id));
  const created = written.filter((w) => createdIds.has(w.id)).length;
  return { created, updated: written.length - created, unchanged: total - written.length };
}

function writtenIds(
  values: readonly { id: string }[],
  written: readonly { id: string; external_id: string | null }[],
): WrittenIds {
  const createdIds = new Set(values.map((v) => v.id));
  const ids: WrittenIds = { created: [], updated: [] };
  for (const w of written) (createdIds.has(w.id) ? ids.created : ids.updated).push(w.external_id ?? '');
  return ids;
}

function noIds(): WrittenIds {
  return { created: [], updated: [] };
}

export function zero(): WriteCounts {
  return { created: 0, updated: 0, unchanged: 0 };
}

/** The last row for each external id: the same row twice in one statement is an error in PostgreSQL. */
export function lastById<T extends { externalId: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.externalId, r])).values()];
}
