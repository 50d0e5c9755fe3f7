import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { RoleplayAssignmentTable } from '../roleplay-tables.js';
import { calendarDate, id } from './inputs.js';
import { guard, inTransaction, notFound, parseInput, type RepositoryContext } from './repository-context.js';

/** One agent's share of a workshop: the scenarios a lead asked them to practise. */
export interface RoleplayAssignment {
  id: string;
  workspaceId: string;
  workshop: string;
  userId: string;
  assignedBy: string | null;
  scenarioIds: string[];
  dueOn: string | null;
  createdAt: string;
  updatedAt: string;
}

const scenarioId = z.string().trim().min(1).max(200);
const assignInput = z.object({
  workshop: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  userIds: z.array(id).min(1, { error: 'must name at least one agent' }).max(500),
  scenarioIds: z.array(scenarioId).min(1, { error: 'must name at least one scenario' }).max(100),
  assignedBy: id.nullable().optional(),
  dueOn: calendarDate.nullable().optional(),
});

export type RoleplayAssignInput = z.input<typeof assignInput>;

export interface RoleplayAssignmentsRepository {
  /**
   * Gives each agent the workshop's scenarios, all or none. Assigning the same workshop to an agent
   * again replaces their scenario list (and due date) rather than adding a second assignment.
   */
  assign(input: RoleplayAssignInput): Promise<RoleplayAssignment[]>;
  get(id: string): Promise<RoleplayAssignment | undefined>;
  /** Oldest first. */
  list(options?: { workshop?: string; userId?: string }): Promise<RoleplayAssignment[]>;
  /** Removes the assignment; sessions played for it stay, no longer linked to it. */
  remove(id: string): Promise<void>;
}

export function roleplayAssignmentsRepository(ctx: RepositoryContext): RoleplayAssignmentsRepository {
  const { db, workspaceId } = ctx;
  const scoped = () =>
    db.selectFrom('roleplay_assignments').selectAll().where('workspace_id', '=', workspaceId);
  return {
    assign: (input) =>
      guard(ctx, 'roleplay assignment', async () => {
        const v = parseInput(assignInput, input, 'roleplay assignment');
        const scenarios = JSON.stringify([...new Set(v.scenarioIds)]);
        const now = ctx.now();
        return inTransaction(ctx, async (trx) => {
          const out: RoleplayAssignment[] = [];
          for (const userId of new Set(v.userIds)) {
            const row = await trx
              .insertInto('roleplay_assignments')
              .values({
                id: ctx.newId(),
                workspace_id: workspaceId,
                workshop: v.workshop,
                user_id: userId,
                assigned_by: v.assignedBy ?? null,
                scenario_ids: scenarios,
                due_on: v.dueOn ?? null,
                created_at: now,
                updated_at: now,
              })
              .onConflict((oc) =>
                oc.columns(['workspace_id', 'workshop', 'user_id']).doUpdateSet((eb) => ({
                  scenario_ids: eb.ref('excluded.scenario_ids'),
                  due_on: eb.ref('excluded.due_on'),
                  assigned_by: eb.ref('excluded.assigned_by'),
                  updated_at: eb.ref('excluded.updated_at'),
                })),
              )
              .returningAll()
              .executeTakeFirstOrThrow();
            out.push(toAssignment(row));
          }
          return out;
        });
      }),
    get: async (assignmentId) => {
      const row = await scoped().where('id', '=', assignmentId).executeTakeFirst();
      return row && toAssignment(row);
    },
    list: async ({ workshop, userId } = {}) => {
      let query = scoped();
      if (workshop !== undefined) query = query.where('workshop', '=', workshop);
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toAssignment);
    },
    remove: (assignmentId) =>
      guard(ctx, 'roleplay assignment', () =>
        inTransaction(ctx, async (trx) => {
          await trx
            .updateTable('roleplay_sessions')
            .set({ assignment_id: null })
            .where('workspace_id', '=', workspaceId)
            .where('assignment_id', '=', assignmentId)
            .execute();
          const result = await trx
            .deleteFrom('roleplay_assignments')
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', assignmentId)
            .executeTakeFirst();
          if (Number(result.numDeletedRows) === 0) throw notFound('roleplay assignment', assignmentId);
        }),
      ),
  };
}

function toAssignment(row: Selectable<RoleplayAssignmentTable>): RoleplayAssignment {
  let scenarioIds: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.scenario_ids);
    if (Array.isArray(parsed)) scenarioIds = parsed.filter((s): s is string => typeof s === 'string');
  } catch {
    // A damaged list reads as empty rather than failing the whole workshop.
  }
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workshop: row.workshop,
    userId: row.user_id,
    assignedBy: row.assigned_by,
    scenarioIds,
    dueOn: row.due_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
