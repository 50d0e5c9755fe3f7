import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { AUTHOR_KINDS, CHANNELS, CONVERSATION_STATUSES, type Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const listQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export const createBody = z.object({
  channel: z.enum(CHANNELS),
  subject: z.string().max(1000).optional(),
  customerId: z.string().optional(),
});
export const messageBody = z.object({
  authorKind: z.enum(AUTHOR_KINDS),
  body: z.string().max(100_000),
  authorUserId: z.string().optional(),
});

export const conversationDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/conversations',
    summary: 'List conversations, newest activity first',
    tag: 'Conversations',
    access: 'agent',
    query: listQuery,
  },
  {
    method: 'post',
    path: '/api/conversations',
    summary: 'Open a conversation',
    tag: 'Conversations',
    access: 'agent',
    body: createBody,
  },
  {
    method: 'get',
    path: '/api/conversations/:id',
    summary: 'One conversation',
    tag: 'Conversations',
    access: 'agent',
  },
  {
    method: 'get',
    path: '/api/conversations/:id/messages',
    summary: 'Its messages, oldest first',
    tag: 'Conversations',
    access: 'agent',
  },
  {
    method: 'post',
    path: '/api/conversations/:id/messages',
    summary: 'Append a message',
    tag: 'Conversations',
    access: 'agent',
    body: messageBody,
  },
];

/** `/api/conversations`: list and open conversations, read and append their messages. */
export function conversationRoutes(store: Store): Hono<AppEnv> {
  const scope = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = listQuery.parse(c.req.query());
      return c.json({ conversations: await (await scope(c)).conversations.list(query) });
    })
    .post('/', async (c) => {
      const body = await readJson(c, createBody);
      return c.json({ conversation: await (await scope(c)).conversations.create(body) }, 201);
    })
    .get('/:id', async (c) => {
      const conversation = await (await scope(c)).conversations.get(c.req.param('id'));
      if (!conversation) throw new ApiError('not_found', 'No such conversation');
      return c.json({ conversation });
    })
    .get('/:id/messages', async (c) => {
      const ws = await scope(c);
      const id = c.req.param('id');
      if (!(await ws.conversations.get(id))) throw new ApiError('not_found', 'No such conversation');
      return c.json({ messages: await ws.messages.listByConversation(id) });
    })
    .post('/:id/messages', async (c) => {
      const body = await readJson(c, messageBody);
      const ws = await scope(c);
      const id = c.req.param('id');
      if (!(await ws.conversations.get(id))) throw new ApiError('not_found', 'No such conversation');
      // A reply sent from a signed-in session is that person's, unless the body names the author.
      const principal = c.get('principal');
      const author =
        body.authorKind === 'agent' && body.authorUserId === undefined && principal?.kind === 'session'
          ? { authorUserId: principal.user.id }
          : {};
      const message = await ws.messages.create({ ...body, ...author, conversationId: id });
      return c.json({ message }, 201);
    });
}
