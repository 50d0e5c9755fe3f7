import { Hono } from 'hono';
import { z } from 'zod';
import { newToken } from '../../auth/index.js';
import { type Store, WEBHOOK_SOURCES, type WebhookSource } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { principalOf, requireRole } from '../auth/require-role.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const inboundSecretBody = z.object({
  /** Leave out to have Rapport generate one (then copy it into the help desk). */
  secret: z.string().min(16, { error: 'must be at least 16 characters' }).max(500).optional(),
});
export const outboundBody = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  secret: z.string().min(16, { error: 'must be at least 16 characters' }).max(500).optional(),
});

export const integrationDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/integrations',
    summary: 'Inbound webhook URLs and outbound targets',
    tag: 'Integrations',
    access: 'admin',
  },
  {
    method: 'put',
    path: '/api/integrations/inbound/:source',
    summary: 'Set (or generate) the secret a help desk signs its webhooks with',
    tag: 'Integrations',
    access: 'admin',
    body: inboundSecretBody,
  },
  {
    method: 'post',
    path: '/api/integrations/outbound',
    summary: 'Add a URL that receives signed message.analyzed events',
    tag: 'Integrations',
    access: 'admin',
    body: outboundBody,
  },
  {
    method: 'get',
    path: '/api/integrations/outbound/deliveries',
    summary:
      'Recent outbound webhook deliveries, newest first: status (pending, sent, failed), attempts, next attempt, last HTTP status and error',
    tag: 'Integrations',
    access: 'admin',
  },
  {
    method: 'delete',
    path: '/api/integrations/outbound/:id',
    summary: 'Remove an outbound target',
    tag: 'Integrations',
    access: 'admin',
    status: 204,
  },
];

/**
 * `/api/integrations` (admins): the secrets help desks sign inbound webhooks with, and the
 * outbound targets analyses are posted to. Secrets are shown when set, never listed again.
 */
export function integrationRoutes(store: Store): Hono<AppEnv> {
  const scope = (c: Parameters<typeof principalOf>[0]) => store.forWorkspace(principalOf(c).workspace.id);
  return new Hono<AppEnv>()
    .use(requireRole('admin'))
    .get('/', async (c) => {
      const ws = scope(c);
      const slug = principalOf(c).workspace.slug;
      const configured = await ws.webhooks.listInboundSources();
      return c.json({
        inbound: WEBHOOK_SOURCES.map((source) => ({
          source,
          configured: configured.includes(source),
          path: `/api/webhooks/${source}/${slug}`,
        })),
        outbound: (await ws.webhooks.listOutbound()).map(({ id, url, createdAt }) => ({
          id,
          url,
          createdAt,
        })),
      });
    })
    .put('/inbound/:source', async (c) => {
      const source = c.req.param('source');
      if (!(WEBHOOK_SOURCES as readonly string[]).includes(source)) {
        throw new ApiError(
          'not_found',
          `No webhook for "${source}"; use one of ${WEBHOOK_SOURCES.join(', ')}`,
        );
      }
      const body = await readJson(c, inboundSecretBody);
      const secret = body.secret ?? newToken('whsec_');
      await scope(c).webhooks.setInboundSecret(source as WebhookSource, secret);
      return c.json({ source, secret, path: `/api/webhooks/${source}/${principalOf(c).workspace.slug}` });
    })
    .post('/outbound', async (c) => {
      const body = await readJson(c, outboundBody);
      const target = await scope(c).webhooks.addOutbound({
        url: body.url,
        secret: body.secret ?? newToken('whsec_'),
      });
      return c.json({ outbound: target }, 201);
    })
    .get('/outbound/deliveries', async (c) => {
      const status = c.req.query('status');
      if (status !== undefined && !['pending', 'sent', 'failed'].includes(status)) {
        throw new ApiError('invalid_input', 'status must be one of pending, sent, failed', {
          field: 'status',
        });
      }
      const limit = c.req.query('limit');
      if (limit !== undefined && !/^[1-9]\d{0,2}$/.test(limit)) {
        throw new ApiError('invalid_input', 'limit must be a whole number from 1 to 500', {
          field: 'limit',
        });
      }
      const deliveries = await scope(c).outboundDeliveries.list({
        ...(status && { status: status as 'pending' | 'sent' | 'failed' }),
        ...(limit && { limit: Number(limit) }),
      });
      return c.json({ deliveries });
    })
    .delete('/outbound/:id', async (c) => {
      await scope(c).webhooks.removeOutbound(c.req.param('id'));
      return c.body(null, 204);
    });
}
