import { team } from '@rapport/engine';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { TeamReviewTable } from '../../team-tables.js';
import { id } from '../inputs.js';
import { guard, parseInput, parseJsonObject, type RepositoryContext } from '../repository-context.js';

/** A lead's own review of a conversation: per metric, whether the agent did it. */
export interface TeamReview {
  id: string;
  conversationId: string;
  reviewerId: string;
  ratings: Partial<Record<team.MetricId, boolean>>;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

const ratings = z
  .partialRecord(z.enum(team.METRIC_IDS), z.boolean())
  .refine((value) => Object.keys(value).length > 0, { error: 'must rate at least one metric' });

const reviewInput = z.object({
  conversationId: id,
  reviewerId: id,
  ratings,
  note: z.string().max(5000).nullable().optional(),
});

export type TeamReviewInput = z.input<typeof reviewInput>;

export interface TeamReviewsRepository {
  /** Saves the reviewer's review of the conversation, replacing their earlier one. */
  save(input: TeamReviewInput): Promise<TeamReview>;
  /** Reviews of conversations active in [from, to) (created before `to`, updated since `from`). */
  listForPeriod(from: string, to: string): Promise<TeamReview[]>;
}

export function teamReviewsRepository(ctx: RepositoryContext): TeamReviewsRepository {
  const { db, workspaceId } = ctx;
  return {
    save: (input) =>
      guard(ctx, 'review', async () => {
        const v = parseInput(reviewInput, input, 'review');
        const now = ctx.now();
        const row = await db
          .insertInto('team_reviews')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            conversation_id: v.conversationId,
            reviewer_id: v.reviewerId,
            ratings: JSON.stringify(v.ratings),
            note: v.note ?? null,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'conversation_id', 'reviewer_id']).doUpdateSet((eb) => ({
              ratings: eb.ref('excluded.ratings'),
              note: eb.ref('excluded.note'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        return toReview(row);
      }),
    listForPeriod: async (from, to) => {
      const rows = await db
        .selectFrom('team_reviews as r')
        .innerJoin('conversations as c', (join) =>
          join.onRef('c.id', '=', 'r.conversation_id').onRef('c.workspace_id', '=', 'r.workspace_id'),
        )
        .selectAll('r')
        .where('r.workspace_id', '=', workspaceId)
        .where('c.created_at', '<', to)
        .where('c.updated_at', '>=', from)
        .orderBy('r.created_at')
        .orderBy('r.id')
        .execute();
      return rows.map(toReview);
    },
  };
}

function toReview(row: Selectable<TeamReviewTable>): TeamReview {
  const stored = parseJsonObject(row.ratings);
  const ratings: Partial<Record<team.MetricId, boolean>> = {};
  for (const metric of team.METRIC_IDS) {
    if (typeof stored[metric] === 'boolean') ratings[metric] = stored[metric];
  }
  return {
    id: row.id,
    conversationId: row.conversation_id,
    reviewerId: row.reviewer_id,
    ratings,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
