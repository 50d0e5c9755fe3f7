import { sql } from 'kysely';
import type { RepositoryContext } from '../repository-context.js';

export interface MomentsCreatedRepository {
  /**
   * Moments sent in [from, to), in all and per person who approved them in the review queue
   * (`reviewed_by`): the moments an agent or lead created for customers.
   */
  count(from: string, to: string): Promise<{ total: number; byReviewer: Map<string, number> }>;
}

export function momentsCreatedRepository(ctx: RepositoryContext): MomentsCreatedRepository {
  const { db, workspaceId } = ctx;
  return {
    // Plain SQL: the outbox table belongs to the moments capability (migration 0004-moments).
    count: async (from, to) => {
      const { rows } = await sql<{ reviewed_by: string | null; n: number | string }>`
        select reviewed_by, count(*) as n from moment_outbox
        where workspace_id = ${workspaceId} and status = 'sent' and sent_at >= ${from} and sent_at < ${to}
        group by reviewed_by`.execute(db);
      const byReviewer = new Map<string, number>();
      let total = 0;
      for (const row of rows) {
        total += Number(row.n);
        if (row.reviewed_by !== null) byReviewer.set(row.reviewed_by, Number(row.n));
      }
      return { total, byReviewer };
    },
  };
}
