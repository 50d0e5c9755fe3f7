import type { Context } from 'hono';
import { getContext } from 'hono/context-storage';
import type { Store, Workspace } from '../storage/index.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/**
 * The workspace the signed-in caller (session or API key) acts in. Pass the handler's context;
 * without it, the request's context is found through Hono's context storage, so older routes that
 * only pass the store are scoped to the caller too, never to some other workspace.
 * @example const ws = store.forWorkspace((await currentWorkspace(store, c)).id);
 */
export async function currentWorkspace(_store: Store, c?: Context<AppEnv>): Promise<Workspace> {
  let context = c;
  if (!context) {
    try {
      context = getContext<AppEnv>();
    } catch {
      throw new ApiError('unauthorized', 'Not signed in');
    }
  }
  const principal = context.get('principal');
  if (!principal) throw new ApiError('unauthorized', 'Not signed in');
  return principal.workspace;
}
