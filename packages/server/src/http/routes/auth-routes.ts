import { Hono } from 'hono';
import { z } from 'zod';
import { hashToken, newToken, verifyPassword } from '../../auth/index.js';
import type { Store, User, Workspace } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { principalOf } from '../auth/require-role.js';
import { clearSessionCookie, SESSION_TTL_MS, writeSessionCookie } from '../auth/session-cookie.js';
import type { RouteDoc } from '../openapi/index.js';
import { readJson } from '../read-json.js';

export const signInBody = z.object({
  email: z.string().trim().min(1, { error: 'is required' }).max(320),
  password: z.string().min(1, { error: 'is required' }).max(1000),
  /** Only needed when the same e-mail address belongs to people in several workspaces. */
  workspace: z.string().max(64).optional(),
});

const WRONG = 'Wrong e-mail address or password';

export const authDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/auth/sign-in',
    summary: 'Sign in with e-mail and password; sets the session cookie and returns the CSRF token',
    tag: 'Auth',
    access: 'public',
    body: signInBody,
    status: 200,
  },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    summary: 'End this session',
    tag: 'Auth',
    access: 'agent',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/auth/session',
    summary: 'Who is signed in, where, and the CSRF token',
    tag: 'Auth',
    access: 'agent',
  },
];

/** `/api/auth`: sign in (sets the session cookie), sign out, and who is signed in. */
export function authRoutes(store: Store, clock: () => Date = () => new Date()): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/sign-in', async (c) => {
      rejectCrossSite(c.req.header('origin'), c.req.url);
      const body = await readJson(c, signInBody);
      const accounts = await store.auth.findAccounts(body.email);
      let match: { workspace: Workspace; user: User } | undefined;
      for (const account of accounts) {
        const workspace = await store.workspaces.get(account.workspaceId);
        if (!workspace || (body.workspace !== undefined && workspace.slug !== body.workspace)) continue;
        if (!(await verifyPassword(body.password, account.passwordHash))) continue;
        const user = await store.forWorkspace(workspace.id).users.get(account.userId);
        if (user) match = { workspace, user };
        break;
      }
      // Same answer whether the address is unknown or the password wrong: no account probing.
      if (!match) throw new ApiError('unauthorized', WRONG);
      // Expired sessions go when someone signs in, so the table never grows without bound.
      await store.auth.deleteExpiredSessions(clock().toISOString());
      const token = newToken();
      const csrfToken = newToken();
      const expires = new Date(clock().getTime() + SESSION_TTL_MS);
      await store.auth.createSession({
        tokenHash: hashToken(token),
        workspaceId: match.workspace.id,
        userId: match.user.id,
        csrfToken,
        expiresAt: expires.toISOString(),
      });
      writeSessionCookie(c, token, expires);
      c.get('log').info({ userId: match.user.id, workspaceId: match.workspace.id }, 'signed in');
      return c.json(sessionBody(match.workspace, match.user, csrfToken));
    })
    .post('/sign-out', async (c) => {
      const principal = principalOf(c);
      if (principal.kind === 'session') await store.auth.deleteSession(principal.tokenHash);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/session', (c) => {
      const principal = principalOf(c);
      if (principal.kind !== 'session') {
        return c.json({
          workspace: publicWorkspace(principal.workspace),
          apiKey: { id: principal.apiKeyId, name: principal.apiKeyName, role: principal.role },
        });
      }
      return c.json(sessionBody(principal.workspace, principal.user, principal.csrfToken));
    });
}

function sessionBody(workspace: Workspace, user: User, csrfToken: string) {
  return {
    workspace: publicWorkspace(workspace),
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    csrfToken,
  };
}

function publicWorkspace({ id, slug, name }: Workspace) {
  return { id, slug, name };
}

/** A sign-in form posted from another site would sign the victim into the attacker's account. */
function rejectCrossSite(origin: string | undefined, url: string) {
  if (origin && origin !== new URL(url).origin) {
    throw new ApiError('forbidden', 'Sign-in from another site is not allowed');
  }
}
