import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ConversationTable } from '../schema.js';
import { clampLimit, type ListOptions } from './customers-repository.js';
import { CHANNELS, CONVERSATION_STATUSES, externalRef, id, timestamp } from './inputs.js';
import { guard, notFound, parseInput, type RepositoryContext } from './repository-context.js';

export type Channel = (typeof CHANNELS)[number];
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export interface Conversation {
  id: string;
  workspaceId: string;
  customerId: string | null;
  assignedUserId: string | null;
  channel: Channel;
  status: ConversationStatus;
  subject: string | null;
  external: { source: string; id: string } | null;
  createdAt: string;
  updatedAt: string;
}

const fields = {
  customerId: id.nullable().optional(),
  assignedUserId: id.nullable().optional(),
  channel: z.enum(CHANNELS),
  status: z.enum(CONVERSATION_STATUSES).optional(),
  subject: z.string().max(1000).nullable().optional(),
  /** When the conversation started at its source (imports); now when omitted. */
  createdAt: timestamp.optional(),
};
const conversationInput = z.object({ ...fields, external: externalRef.nullable().optional() });
const conversationPatch = z.object(fields).omit({ createdAt: true }).partial();
const conversationUpsert = z.object({ ...fields, external: externalRef });

export type ConversationInput = z.input<typeof conversationInput>;
export type ConversationPatch = z.input<typeof conversationPatch>;
export type ConversationUpsert = z.input<typeof conversationUpsert>;

export interface ConversationListOptions extends ListOptions {
  status?: ConversationStatus;
  customerId?: string;
}

export interface ConversationsRepository {
  create(input: ConversationInput): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  getByExternalId(source: string, externalId: string): Promise<Conversation | undefined>;
  /** Most recently updated first. */
  list(options?: ConversationListOptions): Promise<Conversation[]>;
  update(id: string, patch: ConversationPatch): Promise<Conversation>;
  upsertByExternalId(input: ConversationUpsert): Promise<{ conversation: Conversation; created: boolean }>;
  /** Marks the conversation as changed now (a message arrived). */
  touch(id: string): Promise<void>;
}

export function conversationsRepository(ctx: RepositoryContext): ConversationsRepository {
  const { db, workspaceId } = ctx;
  const scoped = () => db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspaceId);

  const insertRow = (v: z.output<typeof conversationInput>) => {
    const now = ctx.now();
    return {
      id: ctx.newId(),
      workspace_id: workspaceId,
      customer_id: v.customerId ?? null,
      assigned_user_id: v.assignedUserId ?? null,
      channel: v.channel,
      status: v.status ?? 'open',
      subject: v.subject ?? null,
      external_source: v.external?.source ?? null,
      external_id: v.external?.id ?? null,
      created_at: v.createdAt ?? now,
      updated_at: v.createdAt ?? now,
    };
  };

  return {
    create: (input) =>
      guard(ctx, 'conversation', async () => {
        const row = await db
          .insertInto('conversations')
          .values(insertRow(parseInput(conversationInput, input, 'conversation')))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toConversation(row);
      }),
    get: async (conversationId) => {
      const row = await scoped().where('id', '=', conversationId).executeTakeFirst();
      return row && toConversation(row);
    },
    getByExternalId: async (source, externalId) => {
      const row = await scoped()
        .where('external_source', '=', source)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && toConversation(row);
    },
    list: async ({ limit = 100, offset = 0, status, customerId } = {}) => {
      let query = scoped();
      if (status) query = query.where('status', '=', status);
      if (customerId) query = query.where('customer_id', '=', customerId);
      const rows = await query
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(clampLimit(limit))
        .offset(Math.max(0, Math.trunc(offset)))
        .execute();
      return rows.map(toConversation);
    },
    update: (conversationId, patch) =>
      guard(ctx, 'conversation', async () => {
        const v = parseInput(conversationPatch, patch, 'conversation');
        const row = await db
          .updateTable('conversations')
          .set({
            ...(v.customerId !== undefined && { customer_id: v.customerId }),
            ...(v.assignedUserId !== undefined && { assigned_user_id: v.assignedUserId }),
            ...(v.channel !== undefined && { channel: v.channel }),
            ...(v.status !== undefined && { status: v.status }),
            ...(v.subject !== undefined && { subject: v.subject }),
            updated_at: ctx.now(),
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', conversationId)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('conversation', conversationId);
        return toConversation(row);
      }),
    upsertByExternalId: (input) =>
      guard(ctx, 'conversation', async () => {
        const v = parseInput(conversationUpsert, input, 'conversation');
        const values = insertRow(v);
        const row = await db
          .insertInto('conversations')
          .values(values)
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'external_source', 'external_id']).doUpdateSet((eb) => ({
              channel: eb.ref('excluded.channel'),
              ...(v.customerId !== undefined && { customer_id: eb.ref('excluded.customer_id') }),
              ...(v.assignedUserId !== undefined && {
                assigned_user_id: eb.ref('excluded.assigned_user_id'),
              }),
              ...(v.status !== undefined && { status: eb.ref('excluded.status') }),
              ...(v.subject !== undefined && { subject: eb.ref('excluded.subject') }),
              updated_at: ctx.now(),
            })),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        return { conversation: toConversation(row), created: row.id === values.id };
      }),
    touch: async (conversationId) => {
      await db
        .updateTable('conversations')
        .set({ updated_at: ctx.now() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', conversationId)
        .execute();
    },
  };
}

function toConversation(row: Selectable<ConversationTable>): Conversation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    customerId: row.customer_id,
    assignedUserId: row.assigned_user_id,
    channel: row.channel as Channel,
    status: row.status as ConversationStatus,
    subject: row.subject,
    external:
      row.external_source && row.external_id ? { source: row.external_source, id: row.external_id } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
