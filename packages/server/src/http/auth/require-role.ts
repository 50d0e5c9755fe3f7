import type { Context, MiddlewareHandler } from 'hono';
import type { UserRole } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { type Principal, roleAtLeast } from './principal.js';

/**
 * Lets the request through only for `role` or above (admin ⊃ lead ⊃ agent); 403 otherwise.
 * @example routes.post('/', requireRole('admin'), createKey);
 */
export function requireRole(role: UserRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roleAtLeast(principalOf(c).role, role)) {
      throw new ApiError('forbidden', `This needs the ${role} role or above`);
    }
    return next();
  };
}

/** The authenticated caller; 401 when a route was mounted outside `authenticate` by mistake. */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new ApiError('unauthorized', 'Not signed in');
  return principal;
}
