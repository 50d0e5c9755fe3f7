import { type Context, Hono } from 'hono';
import { conversationJourney } from '../../journey/index.js';
import type { Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';

export const journeyDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/conversations/:id/journey',
    summary:
      'The customer’s mood turn by turn, peak and end, what each reply did, how they will remember it, risk now',
    tag: 'Conversations',
    access: 'agent',
  },
];

/** `/api/conversations/:id/journey` (id or `source:external-id`). Mounted at `/api`. */
export function journeyRoutes(store: Store): Hono<AppEnv> {
  const scope = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  return new Hono<AppEnv>().get('/conversations/:id/journey', async (c) => {
    const result = await conversationJourney(await scope(c), c.req.param('id'));
    if (!result) throw new ApiError('not_found', 'No such conversation');
    return c.json(result);
  });
}
