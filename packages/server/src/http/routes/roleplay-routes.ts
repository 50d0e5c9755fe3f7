import { roleplay } from '@rapport/engine';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  builtInScenario,
  conversationScenario,
  PlayProblem,
  type PlayProblemCode,
  replyRoleplay,
  startRoleplay,
  workshopProgress,
} from '../../roleplay/index.js';
import type { RoleplaySession, Store } from '../../storage/index.js';
import { ApiError, type ErrorCode } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { roleAtLeast } from '../auth/principal.js';
import { principalOf, requireRole } from '../auth/require-role.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const startSessionBody = z
  .object({
    scenarioId: z.string().trim().min(1).max(200).optional(),
    conversationId: z.string().trim().min(1).max(100).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    assignmentId: z.string().min(1).max(100).optional(),
  })
  .refine((b) => (b.scenarioId === undefined) !== (b.conversationId === undefined), {
    error: 'give either scenarioId or conversationId',
    path: ['scenarioId'],
  });
export const replyBody = z.object({ reply: z.string().min(1, { error: 'must not be empty' }).max(5000) });
export const assignBody = z.object({
  workshop: z.string().trim().min(1).max(200),
  userIds: z.array(z.string().min(1).max(100)).min(1).max(500),
  scenarioIds: z.array(z.string().min(1).max(200)).min(1).max(100),
  dueOn: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
});
const sessionsQuery = z.object({
  userId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const assignmentsQuery = z.object({ workshop: z.string().min(1).max(200).optional() });

const TAG = 'Role-play';
export const roleplayDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/roleplay/scenarios',
    summary: 'The scenario library (facts stay hidden)',
    tag: TAG,
    access: 'agent',
  },
  { method: 'get', path: '/api/roleplay/scenarios/:id', summary: 'One scenario', tag: TAG, access: 'agent' },
  {
    method: 'post',
    path: '/api/roleplay/sessions',
    summary: 'Start a session on a scenario, or on a stored conversation that went badly',
    tag: TAG,
    access: 'agent',
    body: startSessionBody,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/roleplay/sessions',
    summary: 'Sessions played (your own; leads may pass userId)',
    tag: TAG,
    access: 'agent',
    query: sessionsQuery,
  },
  {
    method: 'get',
    path: '/api/roleplay/sessions/:id',
    summary: 'A session, with its debrief once ended',
    tag: TAG,
    access: 'agent',
  },
  {
    method: 'post',
    path: '/api/roleplay/sessions/:id/replies',
    summary: "Send the trainee's reply; the customer answers with their feeling after the turn",
    tag: TAG,
    access: 'agent',
    body: replyBody,
  },
  {
    method: 'post',
    path: '/api/roleplay/assignments',
    summary: 'Assign a workshop of scenarios to agents',
    tag: TAG,
    access: 'lead',
    body: assignBody,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/roleplay/assignments',
    summary: 'Assignments (yours; leads see everyone)',
    tag: TAG,
    access: 'agent',
    query: assignmentsQuery,
  },
  {
    method: 'delete',
    path: '/api/roleplay/assignments/:id',
    summary: 'Remove an assignment',
    tag: TAG,
    access: 'lead',
  },
  {
    method: 'get',
    path: '/api/roleplay/agents',
    summary: 'The people a lead can assign scenarios to',
    tag: TAG,
    access: 'lead',
  },
  {
    method: 'get',
    path: '/api/roleplay/workshops/:workshop/progress',
    summary: "Each agent's progress through a workshop",
    tag: TAG,
    access: 'lead',
  },
];

const STATUS_OF_PROBLEM = {
  unknown_scenario: 'not_found',
  finished: 'conflict',
  stale: 'conflict',
  not_practicable: 'invalid_input',
} as const satisfies Record<PlayProblemCode, ErrorCode>;

type Ctx = Context<AppEnv>;

/** What the trainee sees of a session: the transcript and feelings, not the facts still hidden. */
function sessionView(session: RoleplaySession) {
  const { scenario, state } = session;
  return {
    id: session.id,
    userId: session.userId,
    assignmentId: session.assignmentId,
    scenario: roleplay.scenarioView(scenario),
    status: state.status,
    emotion: state.emotion,
    intensity: state.intensity,
    opening: state.opening,
    start: scenario.start,
    discovered: state.discovered.length,
    resolved: state.resolved,
    turns: state.turns,
    score: session.score,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  };
}

/**
 * `/api/roleplay`: the scenario library, sessions (start, reply, debrief), scenarios from stored
 * conversations, and workshops (a lead assigns scenarios to agents and follows their progress).
 */
export function roleplayRoutes(store: Store): Hono<AppEnv> {
  const scope = (c: Ctx) => store.forWorkspace(principalOf(c).workspace.id);
  const userIdOf = (c: Ctx) => {
    const p = principalOf(c);
    return p.kind === 'session' ? p.user.id : null;
  };
  const isLead = (c: Ctx) => roleAtLeast(principalOf(c).role, 'lead');
  const play = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof PlayProblem) throw new ApiError(STATUS_OF_PROBLEM[error.code], error.message);
      throw error;
    }
  };
  /** A session the caller may see: their own, or any for a lead (or an integration's key). */
  const readable = async (c: Ctx) => {
    const session = await scope(c).roleplay.sessions.get(c.req.param('id') ?? '');
    const mine =
      session && (session.userId === userIdOf(c) || isLead(c) || principalOf(c).kind === 'api_key');
    if (!session || !mine) throw new ApiError('not_found', 'No such role-play session');
    return session;
  };

  return new Hono<AppEnv>()
    .get('/scenarios', (c) => c.json({ scenarios: roleplay.SCENARIOS.map(roleplay.scenarioView) }))
    .get('/scenarios/:id', (c) =>
      play(async () => c.json({ scenario: roleplay.scenarioView(builtInScenario(c.req.param('id'))) })),
    )
    .post('/sessions', async (c) => {
      const body = await readJson(c, startSessionBody);
      return play(async () => {
        const ws = scope(c);
        let scenario: roleplay.Scenario;
        if (body.conversationId !== undefined) {
          const made = await conversationScenario(ws, body.conversationId);
          if (!made.ok) throw new PlayProblem('not_practicable', made.problem.message);
          scenario = made.scenario;
        } else {
          scenario = builtInScenario(body.scenarioId as string);
        }
        if (body.assignmentId !== undefined) {
          const assignment = await ws.roleplay.assignments.get(body.assignmentId);
          if (!assignment || assignment.userId !== userIdOf(c)) {
            throw new ApiError('invalid_reference', 'No such assignment of yours');
          }
        }
        const session = await startRoleplay(ws, {
          scenario,
          seed: body.seed ?? Math.floor(Math.random() * 0x7fffffff),
          userId: userIdOf(c),
          ...(body.assignmentId !== undefined && { assignmentId: body.assignmentId }),
        });
        return c.json({ session: sessionView(session) }, 201);
      });
    })
    .get('/sessions', async (c) => {
      const query = sessionsQuery.parse(c.req.query());
      if (query.userId !== undefined && query.userId !== userIdOf(c) && !isLead(c)) {
        throw new ApiError('forbidden', "Only leads may see other agents' sessions");
      }
      const userId = query.userId ?? userIdOf(c) ?? undefined;
      const sessions = await scope(c).roleplay.sessions.list({
        ...(userId !== undefined && { userId }),
        ...(query.limit !== undefined && { limit: query.limit }),
      });
      return c.json({ sessions });
    })
    .get('/sessions/:id', async (c) => {
      const session = await readable(c);
      const ended = session.state.status !== 'active';
      return c.json({
        session: sessionView(session),
        debrief: ended ? roleplay.debrief(session.scenario, session.state) : null,
      });
    })
    .post('/sessions/:id/replies', async (c) => {
      const body = await readJson(c, replyBody);
      const session = await readable(c);
      if (session.userId !== userIdOf(c))
        throw new ApiError('forbidden', 'Only the trainee may reply in a session');
      return play(async () => {
        const outcome = await replyRoleplay(scope(c), session, body.reply);
        return c.json({
          session: sessionView(outcome.session),
          turn: outcome.turn,
          debrief: outcome.debrief,
        });
      });
    })
    .post('/assignments', requireRole('lead'), async (c) => {
      const body = await readJson(c, assignBody);
      for (const id of body.scenarioIds) {
        if (!roleplay.findScenario(id))
          throw new ApiError('invalid_input', `No scenario "${id}"`, { path: 'scenarioIds' });
      }
      const assignments = await scope(c).roleplay.assignments.assign({ ...body, assignedBy: userIdOf(c) });
      return c.json({ assignments }, 201);
    })
    .get('/assignments', async (c) => {
      const query = assignmentsQuery.parse(c.req.query());
      const mine = isLead(c) ? {} : { userId: userIdOf(c) ?? '' };
      return c.json({ assignments: await scope(c).roleplay.assignments.list({ ...query, ...mine }) });
    })
    .delete('/assignments/:id', requireRole('lead'), async (c) => {
      await scope(c).roleplay.assignments.remove(c.req.param('id'));
      return c.json({ removed: true });
    })
    .get('/agents', requireRole('lead'), async (c) => {
      const users = await scope(c).users.list();
      return c.json({ agents: users.map(({ id, name, role }) => ({ id, name, role })) });
    })
    .get('/workshops/:workshop/progress', requireRole('lead'), async (c) => {
      const workshop = c.req.param('workshop');
      return c.json({ workshop, agents: await workshopProgress(scope(c), workshop) });
    });
}
