import type { RepositoryContext } from './repository-context.js';

export type RulesFormat = 'yaml' | 'json';

/** A workspace's moment rules document, exactly as written (so comments in YAML survive). */
export interface StoredMomentRules {
  format: RulesFormat;
  source: string;
  updatedAt: string;
}

export interface MomentRulesRepository {
  /** The workspace's own rules, or undefined when it uses the defaults. */
  get(): Promise<StoredMomentRules | undefined>;
  /** Saves a document the caller has already validated. */
  put(rules: { format: RulesFormat; source: string }): Promise<StoredMomentRules>;
  /** Back to the default rule set. */
  reset(): Promise<void>;
}

export function momentRulesRepository(ctx: RepositoryContext): MomentRulesRepository {
  const { db, workspaceId } = ctx;
  return {
    get: async () => {
      const row = await db
        .selectFrom('moment_rules')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return row && { format: row.format as RulesFormat, source: row.source, updatedAt: row.updated_at };
    },
    put: async ({ format, source }) => {
      const updatedAt = ctx.now();
      await db
        .insertInto('moment_rules')
        .values({ workspace_id: workspaceId, format, source, updated_at: updatedAt })
        .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ format, source, updated_at: updatedAt }))
        .execute();
      return { format, source, updatedAt };
    },
    reset: async () => {
      await db.deleteFrom('moment_rules').where('workspace_id', '=', workspaceId).execute();
    },
  };
}
