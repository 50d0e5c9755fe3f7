import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, anyone signed in, or from a role upwards. */
export type Access = 'public' | 'signature' | 'agent' | 'lead' | 'admin';

/**
 * What the OpenAPI document says about one route, built from the same Zod schemas the handler
 * validates with, so the reference cannot drift from what the server accepts.
 * @example { method: 'post', path: '/api/auth/sign-in', summary: 'Sign in', tag: 'Auth', access: 'public', body: signInBody }
 */
export interface RouteDoc {
  method: HttpMethod;
  /** Hono's path syntax (`/api/conversations/:id`). */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  description?: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** HTTP status of success; 200 unless said. */
  status?: number;
}
