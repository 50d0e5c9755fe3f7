import { Hono } from 'hono';
import type { Store } from '../../storage/index.js';
import type { AppEnv } from '../app-env.js';
import { currentWorkspace } from '../current-workspace.js';

/** `/api/workspaces/current`: the workspace this session works in. */
export function workspaceRoutes(store: Store): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/current', async (c) => {
    const { id, slug, name, createdAt } = await currentWorkspace(store, c);
    return c.json({ workspace: { id, slug, name, createdAt } });
  });
}
