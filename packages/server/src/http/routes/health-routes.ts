import { Hono } from 'hono';
import type { Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';

/** `/healthz`: 200 when the database answers, 503 otherwise (load balancers take it out). */
export function healthRoutes(store: Store): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    try {
      await store.ping();
    } catch (error) {
      throw new ApiError('unavailable', 'The database does not answer', undefined, { cause: error });
    }
    return c.json({ status: 'ok', database: store.dialect });
  });
}
