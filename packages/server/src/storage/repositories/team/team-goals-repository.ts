import { team } from '@rapport/engine';
import { z } from 'zod';
import { id } from '../inputs.js';
import { guard, parseInput, type RepositoryContext } from '../repository-context.js';

const goalInput = z.object({
  metric: z.enum(team.METRIC_IDS),
  target: z
    .number()
    .min(0, { error: 'must be between 0 and 1' })
    .max(1, { error: 'must be between 0 and 1' }),
  agentId: id.nullable().optional(),
});

export type TeamGoalInput = z.input<typeof goalInput>;

export interface TeamGoalsRepository {
  /** Sets the target for a metric, for one agent or (agentId null) the team, replacing the old one. */
  set(input: TeamGoalInput): Promise<team.Goal>;
  /** Removes a goal; true when there was one. */
  remove(metric: team.MetricId, agentId: string | null): Promise<boolean>;
  list(): Promise<team.Goal[]>;
}

export function teamGoalsRepository(ctx: RepositoryContext): TeamGoalsRepository {
  const { db, workspaceId } = ctx;
  return {
    set: (input) =>
      guard(ctx, 'goal', async () => {
        const v = parseInput(goalInput, input, 'goal');
        const now = ctx.now();
        await db
          .insertInto('team_goals')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            metric: v.metric,
            agent_key: v.agentId ?? '',
            target: v.target,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'metric', 'agent_key']).doUpdateSet((eb) => ({
              target: eb.ref('excluded.target'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
        return { metric: v.metric, target: v.target, agentId: v.agentId ?? null };
      }),
    remove: async (metric, agentId) => {
      const result = await db
        .deleteFrom('team_goals')
        .where('workspace_id', '=', workspaceId)
        .where('metric', '=', metric)
        .where('agent_key', '=', agentId ?? '')
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    list: async () => {
      const rows = await db
        .selectFrom('team_goals')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('metric')
        .orderBy('agent_key')
        .execute();
      return rows.map((row) => ({
        metric: row.metric as team.MetricId,
        target: Number(row.target),
        agentId: row.agent_key === '' ? null : row.agent_key,
      }));
    },
  };
}
