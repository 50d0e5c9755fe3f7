import { Hono } from 'hono';
import { z } from 'zod';
import { listInbox, loadThread } from '../../inbox/index.js';
import { CONVERSATION_STATUSES, type Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/require-role.js';
import type { RouteDoc } from '../openapi/index.js';

export const inboxQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const inboxDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/inbox',
    summary: 'Conversations with the customer’s current emotion, sentiment and risk at a glance',
    tag: 'Conversations',
    access: 'agent',
    query: inboxQuery,
  },
  {
    method: 'get',
    path: '/api/conversations/:id/thread',
    summary:
      'A conversation with messages, analyses (evidence spans), customer, remembered facts and journey',
    tag: 'Conversations',
    access: 'agent',
  },
];

/** `/api/inbox` and `/api/conversations/:id/thread`: what the web app's inbox and conversation view read. */
export function inboxRoutes(store: Store): Hono<AppEnv> {
  const scope = (c: Parameters<typeof principalOf>[0]) => store.forWorkspace(principalOf(c).workspace.id);
  return new Hono<AppEnv>()
    .get('/inbox', async (c) => {
      const query = inboxQuery.parse(c.req.query());
      return c.json({ conversations: await listInbox(scope(c), query) });
    })
    .get('/conversations/:id/thread', async (c) => {
      const thread = await loadThread(scope(c), c.req.param('id'));
      if (!thread) throw new ApiError('not_found', 'No such conversation');
      return c.json(thread);
    });
}
