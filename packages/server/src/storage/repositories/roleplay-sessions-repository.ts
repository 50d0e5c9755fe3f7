import type { roleplay } from '@rapport/engine';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { RoleplaySessionTable } from '../roleplay-tables.js';
import { id } from './inputs.js';
import { guard, notFound, parseInput, type RepositoryContext } from './repository-context.js';

export type RoleplayStatus = roleplay.SessionStatus;

/** A session without its transcript, for lists and progress. */
export interface RoleplaySessionSummary {
  id: string;
  workspaceId: string;
  userId: string | null;
  assignmentId: string | null;
  scenarioId: string;
  status: RoleplayStatus;
  turns: number;
  score: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A stored session: the scenario it was played on and the engine's state. */
export interface RoleplaySession extends RoleplaySessionSummary {
  scenario: roleplay.Scenario;
  state: roleplay.SessionState;
}

// The engine owns these shapes; the store insists only on what it indexes and gives back.
const scenario = z.custom<roleplay.Scenario>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
  { error: 'must be a scenario object with an id' },
);
const state = z.custom<roleplay.SessionState>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as { turns?: unknown }).turns) &&
    ['active', 'solved', 'left', 'timeout'].includes((v as { status?: string }).status ?? ''),
  { error: 'must be a session state with turns and a status' },
);
const sessionInput = z.object({
  userId: id.nullable().optional(),
  assignmentId: id.nullable().optional(),
  scenario,
  state,
});
const sessionUpdate = z.object({ state, score: z.number().int().min(0).max(100).nullable().optional() });

export type RoleplaySessionInput = z.input<typeof sessionInput>;
export type RoleplaySessionUpdate = z.input<typeof sessionUpdate>;

export interface RoleplaySessionsRepository {
  create(input: RoleplaySessionInput): Promise<RoleplaySession>;
  get(id: string): Promise<RoleplaySession | undefined>;
  /**
   * Stores the next state, only if the stored one still has `expectTurns` turns: two replies sent
   * at once cannot overwrite each other. Returns null when someone else moved it on first.
   */
  advance(id: string, expectTurns: number, update: RoleplaySessionUpdate): Promise<RoleplaySession | null>;
  /** Most recently played first. */
  list(options?: {
    userId?: string;
    scenarioIds?: readonly string[];
    limit?: number;
  }): Promise<RoleplaySessionSummary[]>;
}

const SUMMARY_COLUMNS = [
  'id',
  'workspace_id',
  'user_id',
  'assignment_id',
  'scenario_id',
  'status',
  'turns',
  'score',
  'created_at',
  'updated_at',
] as const;

export function roleplaySessionsRepository(ctx: RepositoryContext): RoleplaySessionsRepository {
  const { db, workspaceId } = ctx;
  const get = async (sessionId: string) => {
    const row = await db
      .selectFrom('roleplay_sessions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row && toSession(row);
  };
  return {
    create: (input) =>
      guard(ctx, 'roleplay session', async () => {
        const v = parseInput(sessionInput, input, 'roleplay session');
        const now = ctx.now();
        const row = await db
          .insertInto('roleplay_sessions')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            user_id: v.userId ?? null,
            assignment_id: v.assignmentId ?? null,
            scenario_id: v.scenario.id,
            scenario: JSON.stringify(v.scenario),
            state: JSON.stringify(v.state),
            status: v.state.status,
            turns: v.state.turns.length,
            score: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toSession(row);
      }),
    get,
    advance: (sessionId, expectTurns, update) =>
      guard(ctx, 'roleplay session', async () => {
        const v = parseInput(sessionUpdate, update, 'roleplay session');
        const row = await db
          .updateTable('roleplay_sessions')
          .set({
            state: JSON.stringify(v.state),
            status: v.state.status,
            turns: v.state.turns.length,
            score: v.score ?? null,
            updated_at: ctx.now(),
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', sessionId)
          .where('turns', '=', expectTurns)
          .returningAll()
          .executeTakeFirst();
        if (row) return toSession(row);
        if (!(await get(sessionId))) throw notFound('roleplay session', sessionId);
        return null;
      }),
    list: async ({ userId, scenarioIds, limit = 100 } = {}) => {
      let query = db
        .selectFrom('roleplay_sessions')
        .select(SUMMARY_COLUMNS)
        .where('workspace_id', '=', workspaceId);
      if (userId) query = query.where('user_id', '=', userId);
      if (scenarioIds) {
        if (scenarioIds.length === 0) return [];
        query = query.where('scenario_id', 'in', [...scenarioIds]);
      }
      const rows = await query
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.min(1000, Math.max(1, Math.trunc(limit))))
        .execute();
      return rows.map(toSummary);
    },
  };
}

function toSummary(
  row: Pick<Selectable<RoleplaySessionTable>, (typeof SUMMARY_COLUMNS)[number]>,
): RoleplaySessionSummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    assignmentId: row.assignment_id,
    scenarioId: row.scenario_id,
    status: row.status as RoleplayStatus,
    turns: Number(row.turns),
    score: row.score === null ? null : Number(row.score),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSession(row: Selectable<RoleplaySessionTable>): RoleplaySession {
  return {
    ...toSummary(row),
    scenario: JSON.parse(row.scenario) as roleplay.Scenario,
    state: JSON.parse(row.state) as roleplay.SessionState,
  };
}
