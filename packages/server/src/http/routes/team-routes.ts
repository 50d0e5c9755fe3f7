import { analyze, team } from '@rapport/engine';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Store, WorkspaceScope } from '../../storage/index.js';
import {
  buildDigest,
  buildTeamReport,
  periodInput,
  periodOf,
  renderCsv,
  renderHtml,
  scoreReplies,
} from '../../team/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { roleAtLeast } from '../auth/principal.js';
import { principalOf, requireRole } from '../auth/require-role.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

const reportQuery = periodInput.and(
  z.object({
    agentId: z.string().min(1).max(100).optional(),
    format: z.enum(['json', 'csv', 'html']).optional(),
    minConversations: z.coerce.number().int().min(1).max(10_000).optional(),
  }),
);
const scoreBody = z.object({ limit: z.number().int().min(1).max(100_000).optional() });
const goalBody = z.object({
  metric: z.enum(team.METRIC_IDS),
  target: z.number().min(0).max(1),
  agentId: z.string().min(1).max(100).nullable().optional(),
});
const goalQuery = z.object({ agentId: z.string().min(1).max(100).optional() });
const reviewBody = z.object({
  conversationId: z.string().min(1).max(100),
  ratings: z.partialRecord(z.enum(team.METRIC_IDS), z.boolean()),
  note: z.string().max(5000).nullable().optional(),
  /** Only for API keys, which have no user of their own: the lead who did the review. */
  reviewerId: z.string().min(1).max(100).optional(),
});

const periodQuery = z.object({
  from: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  to: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
});
const reportQueryDoc = periodQuery.extend({
  agentId: z.string().optional(),
  format: z.enum(['json', 'csv', 'html']).optional(),
  minConversations: z.coerce.number().int().min(1).optional(),
});

const TAG = 'Team';
export const teamDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/team/report',
    summary: 'Scorecards, assessment, weekly trends, calibration and digests (agents: their own)',
    tag: TAG,
    access: 'agent',
    query: reportQueryDoc,
  },
  {
    method: 'get',
    path: '/api/team/agents/:id/digest',
    summary: "An agent's coaching digest (agents: their own)",
    tag: TAG,
    access: 'agent',
    query: periodQuery,
  },
  {
    method: 'get',
    path: '/api/team/metrics',
    summary: 'Metric names and exact definitions',
    tag: TAG,
    access: 'agent',
  },
  {
    method: 'post',
    path: '/api/team/score',
    summary: 'Score new or changed conversations (bounded per call; answers remaining)',
    tag: TAG,
    access: 'lead',
    body: scoreBody,
  },
  { method: 'get', path: '/api/team/goals', summary: 'Goals per metric', tag: TAG, access: 'agent' },
  { method: 'put', path: '/api/team/goals', summary: 'Set a goal', tag: TAG, access: 'lead', body: goalBody },
  {
    method: 'delete',
    path: '/api/team/goals/:metric',
    summary: 'Remove a goal',
    tag: TAG,
    access: 'lead',
    query: goalQuery,
    status: 204,
  },
  {
    method: 'post',
    path: '/api/team/reviews',
    summary: "A lead's own review of a conversation, for calibration",
    tag: TAG,
    access: 'lead',
    body: reviewBody,
    status: 201,
  },
];

/**
 * `/api/team`: scorecards, reports (JSON, CSV, printable HTML), digests, goals and leads' reviews.
 * Agents see their own scorecard and digest; leads and admins see everyone's and change goals.
 */
export function teamRoutes(store: Store): Hono<AppEnv> {
  const scope = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  return new Hono<AppEnv>()
    .get('/metrics', (c) => c.json({ metrics: team.METRIC_INFO }))
    .get('/report', async (c) => {
      const query = reportQuery.parse(c.req.query());
      const agentId = visibleAgent(c, query.agentId);
      const ws = await scope(c);
      await assertAgent(ws, agentId);
      // What arrived since the last run is scored first, bounded so a large backlog (a fresh
      // import) cannot hold the request: the report then counts the rest in `unscored`.
      await scoreReplies(ws, { analyze, limit: 2000 });
      const report = await buildTeamReport(ws, {
        period: periodOf(query),
        ...(agentId !== undefined && { agentId }),
        ...(query.minConversations !== undefined && { minConversations: query.minConversations }),
      });
      if (query.format === 'csv') {
        return c.body(renderCsv(report), 200, { 'content-type': 'text/csv; charset=utf-8' });
      }
      if (query.format === 'html') {
        return c.html(renderHtml(report, { workspaceName: principalOf(c).workspace.name }));
      }
      return c.json({ report });
    })
    .get('/agents/:id/digest', async (c) => {
      const period = periodOf(periodInput.parse(c.req.query()));
      const agentId = visibleAgent(c, c.req.param('id')) ?? c.req.param('id');
      const ws = await scope(c);
      const agent = await assertAgent(ws, agentId);
      return c.json({ digest: await buildDigest(ws, { agentId, name: agent?.name ?? agentId, period }) });
    })
    .post('/score', requireRole('lead'), async (c) => {
      const body = await readJson(c, scoreBody);
      const ws = await scope(c);
      // Bounded per request so a large backlog does not hold a request open; call again for more.
      const result = await scoreReplies(ws, { analyze, limit: body.limit ?? 2000 });
      return c.json({ ...result, remaining: await ws.team.conversationScores.countStale() });
    })
    .get('/goals', async (c) => c.json({ goals: await (await scope(c)).team.goals.list() }))
    .put('/goals', requireRole('lead'), async (c) => {
      const body = await readJson(c, goalBody);
      const ws = await scope(c);
      if (body.agentId) await assertAgent(ws, body.agentId);
      return c.json({ goal: await ws.team.goals.set(body) });
    })
    .delete('/goals/:metric', requireRole('lead'), async (c) => {
      const metric = z.enum(team.METRIC_IDS).parse(c.req.param('metric'));
      const { agentId } = goalQuery.parse(c.req.query());
      const removed = await (await scope(c)).team.goals.remove(metric, agentId ?? null);
      if (!removed) throw new ApiError('not_found', 'No such goal');
      return c.body(null, 204);
    })
    .post('/reviews', requireRole('lead'), async (c) => {
      const body = await readJson(c, reviewBody);
      const principal = principalOf(c);
      const reviewerId = principal.kind === 'session' ? principal.user.id : body.reviewerId;
      if (!reviewerId)
        throw new ApiError('invalid_input', 'reviewerId: an API key must name the lead who reviewed');
      const ws = await scope(c);
      const reviewer = await ws.users.get(reviewerId);
      if (!reviewer || !roleAtLeast(reviewer.role, 'lead')) {
        throw new ApiError('invalid_input', 'reviewerId: must be a lead or an admin of this workspace');
      }
      if (!(await ws.conversations.get(body.conversationId))) {
        throw new ApiError('not_found', 'No such conversation');
      }
      const review = await ws.team.reviews.save({
        conversationId: body.conversationId,
        reviewerId,
        ratings: body.ratings,
        ...(body.note !== undefined && { note: body.note }),
      });
      return c.json({ review }, 201);
    });
}

/**
 * Which agent's figures the caller may see: leads and admins anyone's (or the team's when no
 * agent is named); an agent only their own, whatever they asked for.
 */
function visibleAgent(c: Context<AppEnv>, requested: string | undefined): string | undefined {
  const principal = principalOf(c);
  if (roleAtLeast(principal.role, 'lead')) return requested;
  if (principal.kind !== 'session')
    throw new ApiError('forbidden', 'Scorecards need a lead key or a signed-in agent');
  if (requested !== undefined && requested !== principal.user.id) {
    throw new ApiError('forbidden', 'Agents see their own scorecard only');
  }
  return principal.user.id;
}

async function assertAgent(ws: WorkspaceScope, agentId: string | undefined) {
  if (agentId === undefined) return undefined;
  const user = await ws.users.get(agentId);
  if (!user) throw new ApiError('not_found', `No user ${agentId} in this workspace`);
  return user;
}
