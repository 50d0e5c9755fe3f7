import type { MiddlewareHandler } from 'hono';
import { hashToken, safeEqual } from '../../auth/index.js';
import type { Store, UserRole } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import type { Principal } from './principal.js';
import { CSRF_HEADER, readSessionCookie } from './session-cookie.js';

export interface AuthenticateOptions {
  store: Store;
  /** Paths under the protected prefix that anyone may call (sign-in, inbound webhooks). */
  publicPaths?: readonly (string | RegExp)[];
  clock?: () => Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the caller from `Authorization: Bearer <api key>` or the session cookie and puts the
 * `principal` (workspace, role, user or key) on the context; anything else is 401. Requests
 * that change something on a cookie session must echo its CSRF token in `X-CSRF-Token`: the
 * cookie travels by itself, the token only with code that could read it (ours).
 * @example app.use('/api/*', authenticate({ store, publicPaths: ['/api/auth/sign-in'] }));
 */
export function authenticate({
  store,
  publicPaths = [],
  clock = () => new Date(),
}: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (publicPaths.some((p) => (typeof p === 'string' ? p === path : p.test(path)))) return next();

    const principal = await findPrincipal(c.req.header('authorization'), readSessionCookie(c));
    if (!principal)
      throw new ApiError('unauthorized', 'Sign in, or send an API key as "Authorization: Bearer <key>"');
    if (principal.kind === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? '';
      if (!safeEqual(sent, principal.csrfToken)) {
        throw new ApiError('forbidden', `Missing or wrong ${CSRF_HEADER} header for this session`);
      }
    }
    c.set('principal', principal);
    return next();
  };

  async function findPrincipal(authorization: string | undefined, cookie: string | undefined) {
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const key = await store.auth.useApiKey(hashToken(bearer));
      const workspace = key && (await store.workspaces.get(key.workspaceId));
      if (!key || !workspace) throw new ApiError('unauthorized', 'This API key is unknown or revoked');
      return {
        kind: 'api_key',
        workspace,
        role: key.role as UserRole,
        apiKeyId: key.id,
        apiKeyName: key.name,
      } satisfies Principal;
    }
    if (!cookie) return undefined;
    const tokenHash = hashToken(cookie);
    const session = await store.auth.getSession(tokenHash, clock().toISOString());
    if (!session) return undefined;
    const [workspace, user] = await Promise.all([
      store.workspaces.get(session.workspaceId),
      store.forWorkspace(session.workspaceId).users.get(session.userId),
    ]);
    if (!workspace || !user) return undefined;
    return {
      kind: 'session',
      workspace,
      role: user.role,
      user,
      csrfToken: session.csrfToken,
      tokenHash,
    } satisfies Principal;
  }
}
