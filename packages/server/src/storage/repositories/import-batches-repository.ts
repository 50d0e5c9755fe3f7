import { z } from 'zod';
import {
  analysisRow,
  type BatchResult,
  conversationRow,
  customerRow,
  type ImportAnalysisRow,
  type ImportBatch,
  messageRow,
} from './import-batch-rows.js';
import { lastById, upsertConversations, upsertCustomers, upsertMessages } from './import-batch-upserts.js';
import { guard, inTransaction, parseInput, type RepositoryContext } from './repository-context.js';

export type {
  BatchResult,
  ChangedMessage,
  ImportAnalysisRow,
  ImportBatch,
  ImportConversationRow,
  ImportCustomerRow,
  ImportMessageRow,
  WriteCounts,
  WrittenIds,
} from './import-batch-rows.js';

// Importers write thousands of rows a second, so this repository upserts a whole batch per table
// in one statement each, inside one transaction. An upsert only touches a row whose imported
// values differ from what is stored (`is distinct from`), so importing the same file twice
// changes nothing and the counts say so. Absent values never blank stored ones (`coalesce`).

export interface ImportBatchesRepository {
  /** Upserts a batch's customers, conversations and messages together: all stored or none. */
  write(batch: ImportBatch): Promise<BatchResult>;
  /** Stores analyses of many messages at once, replacing older ones. */
  saveAnalyses(rows: readonly ImportAnalysisRow[]): Promise<void>;
}

export function importBatchesRepository(ctx: RepositoryContext): ImportBatchesRepository {
  const { workspaceId } = ctx;
  return {
    write: (batch) =>
      guard(ctx, 'import', async () => {
        const source = z.string().min(1).max(100).parse(batch.source);
        const customers = lastById(batch.customers.map((r) => parseInput(customerRow, r, 'customer')));
        const conversations = lastById(
          batch.conversations.map((r) => parseInput(conversationRow, r, 'conversation')),
        );
        const messages = lastById(batch.messages.map((r) => parseInput(messageRow, r, 'message')));
        return inTransaction(ctx, async (db) => {
          const customerResult = await upsertCustomers(db, ctx, source, customers);
          const conversationResult = await upsertConversations(
            db,
            ctx,
            source,
            conversations,
            customerResult.ids,
          );
          const messageResult = await upsertMessages(db, ctx, source, messages, conversationResult.ids);
          return {
            customers: customerResult.counts,
            conversations: conversationResult.counts,
            messages: messageResult.counts,
            written: { customers: customerResult.written, conversations: conversationResult.written },
            changedMessages: messageResult.changed.map((m) => ({
              ...m,
              customerId: conversationResult.customerOf.get(m.conversationId) ?? null,
            })),
          };
        });
      }),
    saveAnalyses: (rows) =>
      guard(ctx, 'analysis', async () => {
        if (rows.length === 0) return;
        const now = ctx.now();
        const values = rows.map((r) => {
          const v = parseInput(analysisRow, r, 'analysis');
          return {
            message_id: v.messageId,
            workspace_id: workspaceId,
            model_version: v.modelVersion,
            analysis: JSON.stringify(v.analysis),
            created_at: now,
          };
        });
        await ctx.db
          .insertInto('message_analyses')
          .values(values)
          .onConflict((oc) =>
            oc
              .column('message_id')
              .doUpdateSet((eb) => ({
                model_version: eb.ref('excluded.model_version'),
                analysis: eb.ref('excluded.analysis'),
                created_at: eb.ref('excluded.created_at'),
              }))
              .where('message_analyses.workspace_id', '=', workspaceId),
          )
          .execute();
      }),
  };
}
