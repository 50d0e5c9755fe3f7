import { redactSecrets } from '../../privacy/index.js';
import type { RepositoryContext } from './repository-context.js';

/**
 * Replaces card numbers and similar secrets in message bodies about to be stored, unless the
 * workspace turned redaction off. Every way a message is written (API, webhooks, imports, seed)
 * goes through the repositories, so none can skip it.
 */
export async function redactBodies(ctx: RepositoryContext, rows: { body: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const workspace = await ctx.db
    .selectFrom('workspaces')
    .select('redact_card_numbers')
    .where('id', '=', ctx.workspaceId)
    .executeTakeFirst();
  if (workspace && Number(workspace.redact_card_numbers) === 0) return;
  for (const row of rows) row.body = redactSecrets(row.body).text;
}
