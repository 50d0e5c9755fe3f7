import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { customerProfile, exportCustomer, findCustomer } from '../../customers/index.js';
import type { Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/require-role.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const privacySettingsBody = z.object({ redactCardNumbers: z.boolean() }).strict();

export const customerDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/customers/:id/profile',
    summary:
      'What the customer told us about themselves (facts with evidence and confidence); id or source:external-id',
    tag: 'Customers',
    access: 'agent',
  },
  {
    method: 'get',
    path: '/api/customers/:id/export',
    summary: 'Everything stored about the customer, as JSON (data-subject access request)',
    tag: 'Customers',
    access: 'admin',
  },
  {
    method: 'delete',
    path: '/api/customers/:id',
    summary: 'Erase the customer: messages, analyses, facts and conversations, for good',
    tag: 'Customers',
    access: 'admin',
  },
  {
    method: 'get',
    path: '/api/privacy/settings',
    summary: 'Whether card numbers are redacted before storage',
    tag: 'Customers',
    access: 'agent',
  },
  {
    method: 'put',
    path: '/api/privacy/settings',
    summary: 'Turn card-number redaction on or off for the workspace',
    tag: 'Customers',
    access: 'admin',
    body: privacySettingsBody,
  },
];

/**
 * `/api/customers/:id/...` and `/api/privacy/settings`: customer memory, export and erasure.
 * Mounted at `/api`.
 */
export function customerRoutes(store: Store, clock: () => Date = () => new Date()): Hono<AppEnv> {
  const scope = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  return new Hono<AppEnv>()
    .get('/customers/:id/profile', async (c) => {
      const profile = await customerProfile(await scope(c), c.req.param('id'));
      if (!profile) throw new ApiError('not_found', 'No such customer');
      return c.json(profile);
    })
    .get('/customers/:id/export', requireRole('admin'), async (c) => {
      const data = await exportCustomer(await scope(c), c.req.param('id'), clock());
      if (!data) throw new ApiError('not_found', 'No such customer');
      c.header('Content-Disposition', `attachment; filename="customer-${data.customer.id}.json"`);
      return c.json(data);
    })
    .delete('/customers/:id', requireRole('admin'), async (c) => {
      const ws = await scope(c);
      const customer = await findCustomer(ws, c.req.param('id'));
      if (!customer) throw new ApiError('not_found', 'No such customer');
      return c.json({ erased: await ws.privacy.eraseCustomer(customer.id) });
    })
    .get('/privacy/settings', async (c) => c.json(await (await scope(c)).privacy.settings()))
    .put('/privacy/settings', requireRole('admin'), async (c) => {
      const body = await readJson(c, privacySettingsBody);
      return c.json(await (await scope(c)).privacy.updateSettings(body));
    });
}
