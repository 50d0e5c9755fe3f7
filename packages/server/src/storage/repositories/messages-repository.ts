import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Database, MessageTable } from '../schema.js';
import { AUTHOR_KINDS, externalRef, id, timestamp } from './inputs.js';
import { redactBodies } from './redact-bodies.js';
import { guard, inTransaction, notFound, parseInput, type RepositoryContext } from './repository-context.js';

export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export interface Message {
  id: string;
  workspaceId: string;
  conversationId: string;
  authorKind: AuthorKind;
  authorUserId: string | null;
  body: string;
  external: { source: string; id: string } | null;
  createdAt: string;
}

const fields = {
  conversationId: id,
  authorKind: z.enum(AUTHOR_KINDS),
  authorUserId: id.nullable().optional(),
  // Bodies are customer text: any content is allowed, only the size is bounded.
  body: z.string().max(100_000),
  /** When it was written at its source (imports); now when omitted. */
  createdAt: timestamp.optional(),
};
const messageInput = z.object({ ...fields, external: externalRef.nullable().optional() });
const messageUpsert = z.object({ ...fields, external: externalRef });

export type MessageInput = z.input<typeof messageInput>;
export type MessageUpsert = z.input<typeof messageUpsert>;

export interface MessagesRepository {
  /** Appends a message and marks its conversation as updated, together. */
  create(input: MessageInput): Promise<Message>;
  /** Appends several messages in one transaction: all are stored or none. */
  createMany(inputs: readonly MessageInput[]): Promise<Message[]>;
  get(id: string): Promise<Message | undefined>;
  getByExternalId(source: string, externalId: string): Promise<Message | undefined>;
  /** A conversation's messages in the order they were written. */
  listByConversation(conversationId: string, options?: { limit?: number }): Promise<Message[]>;
  /** Messages of several conversations in one query, by conversation id, each in order (for lists). */
  listByConversations(conversationIds: readonly string[]): Promise<Map<string, Message[]>>;
  /** Stores the message once per external id; a repeat updates the body (an edit at the source). */
  upsertByExternalId(input: MessageUpsert): Promise<{ message: Message; created: boolean }>;
}

export function messagesRepository(ctx: RepositoryContext): MessagesRepository {
  const { workspaceId } = ctx;
  const scoped = () => ctx.db.selectFrom('messages').selectAll().where('workspace_id', '=', workspaceId);

  const insertRow = (v: z.output<typeof messageInput>) => ({
    id: ctx.newId(),
    workspace_id: workspaceId,
    conversation_id: v.conversationId,
    author_kind: v.authorKind,
    author_user_id: v.authorUserId ?? null,
    body: v.body,
    external_source: v.external?.source ?? null,
    external_id: v.external?.id ?? null,
    created_at: v.createdAt ?? ctx.now(),
  });

  const touch = async (db: Kysely<Database>, conversationIds: Iterable<string>) => {
    const ids = [...new Set(conversationIds)];
    if (ids.length === 0) return;
    const result = await db
      .updateTable('conversations')
      .set({ updated_at: ctx.now() })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .executeTakeFirst();
    // The foreign key already refuses unknown conversations; this catches none being touched at all.
    if (Number(result.numUpdatedRows) !== ids.length) throw notFound('conversation', ids.join(', '));
  };

  const insertMany = (inputs: readonly unknown[]) =>
    guard(ctx, 'message', async () => {
      const values = inputs.map((input) => insertRow(parseInput(messageInput, input, 'message')));
      await redactBodies(ctx, values);
      if (values.length === 0) return [];
      return inTransaction(ctx, async (db) => {
        const rows = await db.insertInto('messages').values(values).returningAll().execute();
        await touch(
          db,
          values.map((v) => v.conversation_id),
        );
        const byId = new Map(rows.map((row) => [row.id, row]));
        return values.map((v) => toMessage(byId.get(v.id) ?? v));
      });
    });

  return {
    create: async (input) => {
      const [message] = await insertMany([input]);
      if (!message) throw new Error('insert returned no row');
      return message;
    },
    createMany: (inputs) => insertMany(inputs),
    get: async (messageId) => {
      const row = await scoped().where('id', '=', messageId).executeTakeFirst();
      return row && toMessage(row);
    },
    getByExternalId: async (source, externalId) => {
      const row = await scoped()
        .where('external_source', '=', source)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && toMessage(row);
    },
    listByConversation: async (conversationId, { limit = 1000 } = {}) =>
      (
        await scoped()
          .where('conversation_id', '=', conversationId)
          .orderBy('created_at')
          .orderBy('id')
          .limit(Math.min(10_000, Math.max(1, Math.trunc(limit))))
          .execute()
      ).map(toMessage),
    listByConversations: async (conversationIds) => {
      const grouped = new Map<string, Message[]>(conversationIds.map((id) => [id, []]));
      if (conversationIds.length === 0) return grouped;
      const rows = await scoped()
        .where('conversation_id', 'in', [...new Set(conversationIds)])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      for (const row of rows) grouped.get(row.conversation_id)?.push(toMessage(row));
      return grouped;
    },
    upsertByExternalId: (input) =>
      guard(ctx, 'message', async () => {
        const values = insertRow(parseInput(messageUpsert, input, 'message'));
        await redactBodies(ctx, [values]);
        return inTransaction(ctx, async (db) => {
          const row = await db
            .insertInto('messages')
            .values(values)
            .onConflict((oc) =>
              oc
                .columns(['workspace_id', 'external_source', 'external_id'])
                .doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
            )
            .returningAll()
            .executeTakeFirstOrThrow();
          const created = row.id === values.id;
          if (created) await touch(db, [row.conversation_id]);
          return { message: toMessage(row), created };
        });
      }),
  };
}

function toMessage(row: Selectable<MessageTable>): Message {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    authorKind: row.author_kind as AuthorKind,
    authorUserId: row.author_user_id,
    body: row.body,
    external:
      row.external_source && row.external_id ? { source: row.external_source, id: row.external_id } : null,
    createdAt: row.created_at,
  };
}
