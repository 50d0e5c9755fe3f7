import { Hono } from 'hono';
import { z } from 'zod';
import { hashToken, newToken } from '../../auth/index.js';
import { type Store, USER_ROLES } from '../../storage/index.js';
import type { AppEnv } from '../app-env.js';
import { principalOf, requireRole } from '../auth/require-role.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const createApiKeyBody = z.object({
  name: z.string().trim().min(1, { error: 'is required' }).max(200),
  role: z.enum(USER_ROLES).default('agent'),
});

const KEY_PREFIX = 'rk_';

export const apiKeyDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/api-keys',
    summary: 'List API keys (never the keys themselves)',
    tag: 'API keys',
    access: 'admin',
  },
  {
    method: 'post',
    path: '/api/api-keys',
    summary: 'Create an API key; the key is in this answer only',
    tag: 'API keys',
    access: 'admin',
    body: createApiKeyBody,
  },
  {
    method: 'delete',
    path: '/api/api-keys/:id',
    summary: 'Revoke an API key at once',
    tag: 'API keys',
    access: 'admin',
    status: 200,
  },
];

/** `/api/api-keys` (admins): create a key (its secret is in this one answer only), list, revoke. */
export function apiKeyRoutes(store: Store): Hono<AppEnv> {
  const scope = (c: Parameters<typeof principalOf>[0]) => store.forWorkspace(principalOf(c).workspace.id);
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => c.json({ apiKeys: await scope(c).apiKeys.list() }))
    .post('/', async (c) => {
      const body = await readJson(c, createApiKeyBody);
      const principal = principalOf(c);
      const key = newToken(KEY_PREFIX);
      const apiKey = await scope(c).apiKeys.create({
        ...body,
        prefix: key.slice(0, KEY_PREFIX.length + 6),
        keyHash: hashToken(key),
        createdByUserId: principal.kind === 'session' ? principal.user.id : null,
      });
      return c.json({ apiKey, key }, 201);
    })
    .delete('/:id', async (c) => c.json({ apiKey: await scope(c).apiKeys.revoke(c.req.param('id')) }));
}
