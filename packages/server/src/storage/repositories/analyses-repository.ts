import type { Analysis } from '@rapport/engine';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { MessageAnalysisTable } from '../schema.js';
import { StorageError } from '../storage-error.js';
import { id } from './inputs.js';
import { guard, parseInput, type RepositoryContext } from './repository-context.js';

/** The engine's reading of one message, with the model version that produced it. */
export interface StoredAnalysis {
  messageId: string;
  workspaceId: string;
  modelVersion: string;
  analysis: Analysis;
  createdAt: string;
}

const analysisInput = z.object({
  messageId: id,
  modelVersion: z.string().min(1).max(100),
  // The engine owns the shape; the store only insists on a JSON object it can give back.
  analysis: z.custom<Analysis>(
    (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
    {
      error: 'must be an analysis object',
    },
  ),
});

export type AnalysisInput = z.input<typeof analysisInput>;

export interface AnalysesRepository {
  /** Stores the message's analysis, replacing an older one (a re-analysis with a newer model). */
  save(input: AnalysisInput): Promise<StoredAnalysis>;
  get(messageId: string): Promise<StoredAnalysis | undefined>;
  /** Analyses of a conversation's messages, in message order. */
  listByConversation(conversationId: string): Promise<StoredAnalysis[]>;
  /** The same for several conversations in one query, by conversation id (for lists). */
  listByConversations(conversationIds: readonly string[]): Promise<Map<string, StoredAnalysis[]>>;
}

export function analysesRepository(ctx: RepositoryContext): AnalysesRepository {
  // Analyses with their message's conversation, in message order.
  const listFor = async (conversationIds: readonly string[]) => {
    if (conversationIds.length === 0) return [];
    const rows = await ctx.db
      .selectFrom('message_analyses')
      .innerJoin('messages', (join) =>
        join
          .onRef('messages.id', '=', 'message_analyses.message_id')
          .onRef('messages.workspace_id', '=', 'message_analyses.workspace_id'),
      )
      .selectAll('message_analyses')
      .select('messages.conversation_id')
      .where('message_analyses.workspace_id', '=', ctx.workspaceId)
      .where('messages.conversation_id', 'in', [...new Set(conversationIds)])
      .orderBy('messages.created_at')
      .orderBy('messages.id')
      .execute();
    return rows.map(({ conversation_id, ...row }) => ({ row, conversationId: conversation_id }));
  };
  const { db, workspaceId } = ctx;
  return {
    save: (input) =>
      guard(ctx, 'analysis', async () => {
        const v = parseInput(analysisInput, input, 'analysis');
        const row = await db
          .insertInto('message_analyses')
          .values({
            message_id: v.messageId,
            workspace_id: workspaceId,
            model_version: v.modelVersion,
            analysis: JSON.stringify(v.analysis),
            created_at: ctx.now(),
          })
          .onConflict((oc) =>
            oc
              .column('message_id')
              .doUpdateSet((eb) => ({
                model_version: eb.ref('excluded.model_version'),
                analysis: eb.ref('excluded.analysis'),
                created_at: eb.ref('excluded.created_at'),
              }))
              // Without this a workspace could overwrite another's analysis by guessing its message id.
              .where('message_analyses.workspace_id', '=', workspaceId),
          )
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          throw new StorageError(
            'foreign_key_violation',
            'A referenced row does not exist in this workspace',
            {
              entity: 'analysis',
            },
          );
        }
        return toStored(row);
      }),
    get: async (messageId) => {
      const row = await db
        .selectFrom('message_analyses')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      return row && toStored(row);
    },
    listByConversation: async (conversationId) =>
      (await listFor([conversationId])).map(({ row }) => toStored(row)),
    listByConversations: async (conversationIds) => {
      const grouped = new Map<string, StoredAnalysis[]>(conversationIds.map((id) => [id, []]));
      for (const { row, conversationId } of await listFor(conversationIds))
        grouped.get(conversationId)?.push(toStored(row));
      return grouped;
    },
  };
}

function toStored(row: Selectable<MessageAnalysisTable>): StoredAnalysis {
  return {
    messageId: row.message_id,
    workspaceId: row.workspace_id,
    modelVersion: row.model_version,
    analysis: JSON.parse(row.analysis) as Analysis,
    createdAt: row.created_at,
  };
}
