import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { optOutCustomer } from '../../moments/opt-out.js';
import { planWorkspace, scheduleMoments } from '../../moments/plan-workspace.js';
import { loadRules } from '../../moments/rules/load-rules.js';
import { parseRules } from '../../moments/rules/parse-rules.js';
import { OPT_OUT_SCOPES, OUTBOX_STATUSES, type Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { principalOf, requireRole } from '../auth/require-role.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

const rulesBody = z.object({ format: z.enum(['yaml', 'json']), source: z.string().min(1).max(200_000) });
const previewQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) });
const outboxQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
const reviewBody = z.object({
  subject: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(10_000).optional(),
});
const eventBody = z.object({
  customerId: z.string().min(1).max(100),
  type: z.string().min(1).max(100),
  occurredAt: z.string().optional(),
  data: z.record(z.string(), z.json()).optional(),
  idempotencyKey: z.string().min(1).max(200).optional(),
});
const optOutBody = z.object({
  customerId: z.string().min(1).max(100),
  type: z.enum(OPT_OUT_SCOPES).default('all'),
});

/**
 * `/api/moments`: the workspace's rules (YAML or JSON, validated with line numbers), a dry-run
 * preview, custom events, the outbox and its review queue, and opt-outs. Leads and admins change
 * rules and review; agents and integrations read, post events and record opt-outs.
 */
export function momentRoutes(store: Store): Hono<AppEnv> {
  const scopeOf = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  const reviewerOf = (c: Context<AppEnv>) => {
    const principal = principalOf(c);
    return principal.kind === 'session' ? principal.user.email : `api key ${principal.apiKeyName}`;
  };
  return new Hono<AppEnv>()
    .get('/rules', async (c) => {
      const { format, source, custom, ruleSet } = await loadRules(await scopeOf(c));
      return c.json({ format, source, custom, ruleSet });
    })
    .put('/rules', requireRole('lead'), async (c) => {
      const { format, source } = await readJson(c, rulesBody);
      const parsed = parseRules(source, format);
      if (!parsed.ok) {
        const first = parsed.problems[0];
        throw new ApiError(
          'invalid_input',
          `The rules have ${parsed.problems.length} problem(s); the first: ${first?.path || 'document'}${first?.line ? ` (line ${first.line})` : ''}: ${first?.message}`,
          { problems: parsed.problems },
        );
      }
      const saved = await (await scopeOf(c)).moments.rules.put({ format, source });
      return c.json({ ...saved, ruleSet: parsed.ruleSet });
    })
    .delete('/rules', requireRole('lead'), async (c) => {
      await (await scopeOf(c)).moments.rules.reset();
      return c.body(null, 204);
    })
    .get('/preview', async (c) => {
      const { days } = previewQuery.parse(c.req.query());
      const workspace = await currentWorkspace(store, c);
      const plan = await planWorkspace(store.forWorkspace(workspace.id), {
        now: new Date(),
        horizonDays: days,
        workspaceName: workspace.name,
      });
      return c.json({ days, ...plan });
    })
    .post('/events', async (c) => {
      const body = await readJson(c, eventBody);
      const result = await (await scopeOf(c)).moments.events.record({
        ...body,
        occurredAt: body.occurredAt ?? new Date().toISOString(),
      });
      return c.json(result, result.created ? 201 : 200);
    })
    .get('/outbox', async (c) => {
      const { status, limit } = outboxQuery.parse(c.req.query());
      const items = await (await scopeOf(c)).moments.outbox.list({ ...(status && { status }), limit });
      return c.json({ moments: items });
    })
    .get('/queue', async (c) => {
      const scope = await scopeOf(c);
      const items = await scope.moments.outbox.list({ status: 'review', limit: 1000 });
      // Reviewers need to know who a moment is for; names only, no contact details.
      const names: Record<string, string> = {};
      for (const id of new Set(items.map((i) => i.customerId))) {
        names[id] = (await scope.customers.get(id))?.name ?? 'Unknown customer';
      }
      return c.json({ moments: items.map((i) => ({ ...i, customerName: names[i.customerId] })) });
    })
    .post('/schedule', requireRole('lead'), async (c) => {
      const workspace = await currentWorkspace(store, c);
      const { added } = await scheduleMoments(store.forWorkspace(workspace.id), {
        now: new Date(),
        horizonDays: 2,
        workspaceName: workspace.name,
      });
      return c.json({ added });
    })
    .post('/queue/:id/approve', requireRole('lead'), async (c) => {
      const edits = await readJson(c, reviewBody);
      const item = await (await scopeOf(c)).moments.outbox.approve(c.req.param('id'), {
        reviewer: reviewerOf(c),
        ...edits,
      });
      return c.json({ moment: item });
    })
    .post('/queue/:id/skip', requireRole('lead'), async (c) => {
      const item = await (await scopeOf(c)).moments.outbox.skip(c.req.param('id'), {
        reviewer: reviewerOf(c),
      });
      return c.json({ moment: item });
    })
    .get('/opt-outs', async (c) => {
      const customerId = c.req.query('customerId');
      return c.json({ optOuts: await (await scopeOf(c)).moments.optOuts.list(customerId) });
    })
    .post('/opt-outs', async (c) => {
      const { customerId, type } = await readJson(c, optOutBody);
      const { cancelled } = await optOutCustomer(await scopeOf(c), customerId, type);
      return c.json({ customerId, type, cancelled }, 201);
    })
    .delete('/opt-outs/:customerId', async (c) => {
      const type = z.enum(OPT_OUT_SCOPES).default('all').parse(c.req.query('type'));
      const removed = await (await scopeOf(c)).moments.optOuts.remove(c.req.param('customerId'), type);
      if (!removed) throw new ApiError('not_found', `No ${type} opt-out for that customer`);
      return c.body(null, 204);
    });
}

const TAG = 'Moments';

export const momentDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/moments/rules',
    summary: 'The rules in force (the defaults until set)',
    tag: TAG,
    access: 'agent',
  },
  {
    method: 'put',
    path: '/api/moments/rules',
    summary: 'Validate and save the rules (YAML or JSON); 422 lists every problem with its path and line',
    tag: TAG,
    access: 'lead',
    body: rulesBody,
  },
  {
    method: 'delete',
    path: '/api/moments/rules',
    summary: 'Back to the default rules',
    tag: TAG,
    access: 'lead',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/moments/preview',
    summary: 'Dry run: what would fire in the next N days, when and why, and what is held back',
    tag: TAG,
    access: 'agent',
    query: previewQuery,
  },
  {
    method: 'post',
    path: '/api/moments/events',
    summary: 'Record a customer event (order.placed, offer.used, conversation.ended, complaint, custom.*)',
    tag: TAG,
    access: 'agent',
    body: eventBody,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/moments/outbox',
    summary: 'Moments by status, with attempts and the last error',
    tag: TAG,
    access: 'agent',
    query: outboxQuery,
  },
  { method: 'get', path: '/api/moments/queue', summary: 'The review queue', tag: TAG, access: 'agent' },
  {
    method: 'post',
    path: '/api/moments/schedule',
    summary: 'Put moments due in the next two days into the outbox now (the worker does this every minute)',
    tag: TAG,
    access: 'lead',
  },
  {
    method: 'post',
    path: '/api/moments/queue/:id/approve',
    summary: 'Approve a moment for sending, optionally with a new subject or body',
    tag: TAG,
    access: 'lead',
    body: reviewBody,
  },
  {
    method: 'post',
    path: '/api/moments/queue/:id/skip',
    summary: 'Skip a moment in review',
    tag: TAG,
    access: 'lead',
  },
  {
    method: 'get',
    path: '/api/moments/opt-outs',
    summary: 'Opt-outs (of one customer with ?customerId=)',
    tag: TAG,
    access: 'agent',
  },
  {
    method: 'post',
    path: '/api/moments/opt-outs',
    summary: 'Opt a customer out (all moments or one type); queued ones are cancelled',
    tag: TAG,
    access: 'agent',
    body: optOutBody,
    status: 201,
  },
  {
    method: 'delete',
    path: '/api/moments/opt-outs/:customerId',
    summary: 'Remove an opt-out (?type=)',
    tag: TAG,
    access: 'agent',
    status: 204,
  },
];
