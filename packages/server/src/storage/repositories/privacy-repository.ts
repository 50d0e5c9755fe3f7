import { SqliteAdapter, sql } from 'kysely';
import { z } from 'zod';
import { guard, inTransaction, notFound, parseInput, type RepositoryContext } from './repository-context.js';

/** A workspace's privacy choices. */
export interface PrivacySettings {
  /** Replace card numbers in message text before it is stored (on unless turned off). */
  redactCardNumbers: boolean;
}

const settingsPatch = z.object({ redactCardNumbers: z.boolean() }).partial().strict();
export type PrivacySettingsPatch = z.input<typeof settingsPatch>;

/** What an erasure removed, row counts by table. */
export interface ErasureReport {
  customers: number;
  conversations: number;
  messages: number;
  analyses: number;
  facts: number;
  /** Role-play sessions played on a scenario made from one of the customer's conversations. */
  practiceSessions: number;
}

export interface PrivacyRepository {
  settings(): Promise<PrivacySettings>;
  updateSettings(patch: PrivacySettingsPatch): Promise<PrivacySettings>;
  /**
   * Deletes a customer for good: their facts, conversations, the messages in them and those
   * messages' analyses, role-play sessions whose scenario was made from those conversations (the
   * session keeps a copy of the customer's words), and the customer row, in one transaction;
   * their moments and events go with the row. Other customers are untouched.
   */
  eraseCustomer(customerId: string): Promise<ErasureReport>;
}

export function privacyRepository(ctx: RepositoryContext): PrivacyRepository {
  const { db, workspaceId } = ctx;
  const read = async () => {
    const row = await db
      .selectFrom('workspaces')
      .select('redact_card_numbers')
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    if (!row) throw notFound('workspace', workspaceId);
    return { redactCardNumbers: Number(row.redact_card_numbers) !== 0 };
  };
  return {
    settings: read,
    updateSettings: (patch) =>
      guard(ctx, 'privacy settings', async () => {
        const v = parseInput(settingsPatch, patch, 'privacy settings');
        if (v.redactCardNumbers !== undefined) {
          await db
            .updateTable('workspaces')
            .set({ redact_card_numbers: v.redactCardNumbers ? 1 : 0, updated_at: ctx.now() })
            .where('id', '=', workspaceId)
            .execute();
        }
        return read();
      }),
    eraseCustomer: (customerId) =>
      inTransaction(ctx, async (trx) => {
        const customer = await trx
          .selectFrom('customers')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', customerId)
          .executeTakeFirst();
        if (!customer) throw notFound('customer', customerId);
        // SQLite otherwise leaves deleted text readable in free pages until they are reused.
        if (trx.getExecutor().adapter instanceof SqliteAdapter) {
          await sql`pragma secure_delete = on`.execute(trx);
        }
        const conversationIds = trx
          .selectFrom('conversations')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', '=', customerId);
        const messageIds = trx
          .selectFrom('messages')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('conversation_id', 'in', conversationIds);
        // A scenario made from a conversation is `conversation-<id>`, and its sessions hold a
        // snapshot of the customer's messages (see engine roleplay/from-conversation.ts).
        const scenarioIds = (await conversationIds.execute()).map((c) => `conversation-${c.id}`);
        const practiceSessions =
          scenarioIds.length === 0
            ? { numDeletedRows: 0n }
            : await trx
                .deleteFrom('roleplay_sessions')
                .where('workspace_id', '=', workspaceId)
                .where('scenario_id', 'in', scenarioIds)
                .executeTakeFirst();
        // Deleted child first, explicitly, so the counts are real and nothing relies on cascades.
        const analyses = await trx
          .deleteFrom('message_analyses')
          .where('workspace_id', '=', workspaceId)
          .where('message_id', 'in', messageIds)
          .executeTakeFirst();
        const messages = await trx
          .deleteFrom('messages')
          .where('workspace_id', '=', workspaceId)
          .where('conversation_id', 'in', conversationIds)
          .executeTakeFirst();
        const facts = await trx
          .deleteFrom('customer_facts')
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', '=', customerId)
          .executeTakeFirst();
        const conversations = await trx
          .deleteFrom('conversations')
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', '=', customerId)
          .executeTakeFirst();
        const customers = await trx
          .deleteFrom('customers')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', customerId)
          .executeTakeFirst();
        return {
          customers: Number(customers.numDeletedRows),
          conversations: Number(conversations.numDeletedRows),
          messages: Number(messages.numDeletedRows),
          analyses: Number(analyses.numDeletedRows),
          facts: Number(facts.numDeletedRows),
          practiceSessions: Number(practiceSessions.numDeletedRows),
        };
      }),
  };
}
