import { z } from 'zod';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookie.js';
import type { HttpMethod, RouteDoc } from './route-doc.js';

/** A route as Hono lists it in `app.routes`. */
export interface ListedRoute {
  method: string;
  path: string;
}

const METHODS = new Set<string>(['get', 'post', 'put', 'patch', 'delete']);

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['invalid_input'] },
        message: { type: 'string' },
        requestId: { type: 'string' },
        details: {
          type: 'object',
          description: 'For invalid_input: `issues`, each with the field `path` and the reason `message`.',
          properties: {
            issues: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
} as const;

/**
 * The OpenAPI 3.1 document of every route the app serves. Routes with a `RouteDoc` get their
 * summary, access rule and JSON Schemas (from the handler's own Zod schemas); the rest are still
 * listed, so a route can never be missing from the reference.
 */
export function buildOpenApiDocument(
  routes: readonly ListedRoute[],
  docs: readonly RouteDoc[],
  version: string,
) {
  const byKey = new Map(docs.map((d) => [`${d.method} ${d.path}`, d]));
  const paths: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const route of routes) {
    const method = route.method.toLowerCase();
    if (!METHODS.has(method) || !(route.path.startsWith('/api/') || route.path === '/healthz')) continue;
    const key = `${method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = byKey.get(key);
    const openPath = route.path.replace(/:(\w+)/g, '{$1}');
    paths[openPath] ??= {};
    (paths[openPath] as Record<string, unknown>)[method] = operation(method as HttpMethod, route.path, doc);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version,
      description:
        'Every `/api` route needs a signed-in session (cookie, plus the `X-CSRF-Token` header on changes) or ' +
        'an API key (`Authorization: Bearer rk_…`), and acts only in that workspace. Errors are ' +
        '`{ error: { code, message, details } }`; a bad body is 400 `invalid_input` naming each field and reason.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'A workspace API key from POST /api/api-keys',
        },
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      },
      schemas: { Error: errorSchema },
    },
    security: [{ apiKey: [] }, { session: [] }],
    paths,
  };
}

function operation(method: HttpMethod, path: string, doc: RouteDoc | undefined) {
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = doc?.query
    ? Object.entries(doc.query.shape).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: toSchema(schema as z.ZodType),
      }))
    : [];
  const status = String(doc?.status ?? (method === 'post' ? 201 : 200));
  const access = doc?.access ?? 'agent';
  const headers =
    access === 'public' || access === 'signature' || method === 'get'
      ? []
      : [
          {
            name: CSRF_HEADER,
            in: 'header',
            required: false,
            description: 'Required with a session cookie (the csrfToken from sign-in); not with an API key.',
            schema: { type: 'string' },
          },
        ];
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  return {
    summary: doc?.summary ?? `${method.toUpperCase()} ${path}`,
    tags: [doc?.tag ?? tagFromPath(path)],
    ...(doc?.description && { description: doc.description }),
    'x-access': access,
    ...(access === 'public' || access === 'signature' ? { security: [] } : {}),
    parameters: [...params, ...query, ...headers],
    ...(doc?.body && {
      requestBody: { required: true, content: { 'application/json': { schema: toSchema(doc.body) } } },
    }),
    responses: {
      [status]: { description: 'Success' },
      '400': errorResponse('Bad JSON or an invalid field (named in details.issues)'),
      ...(access !== 'public' && { '401': errorResponse('No valid session, API key or signature') }),
      ...(access === 'lead' || access === 'admin'
        ? { '403': errorResponse(`Needs the ${access} role`) }
        : {}),
    },
  };
}

function toSchema(schema: z.ZodType): unknown {
  // OpenAPI 3.1 already speaks JSON Schema 2020-12; a `$schema` key per body is noise.
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return json;
}

function tagFromPath(path: string): string {
  const segment = path.split('/')[2] ?? 'other';
  return segment.charAt(0).toUpperCase() + segment.slice(1).replaceAll('-', ' ');
}
