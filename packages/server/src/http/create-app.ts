import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@rapport/engine';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contextStorage } from 'hono/context-storage';
import { requestId } from 'hono/request-id';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { Store } from '../storage/index.js';
import type { MessageAnalyzer } from '../webhooks/index.js';
import { ApiError, type ErrorBody } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { authenticate } from './auth/authenticate.js';
import { openApiRoutes, type RouteDoc } from './openapi/index.js';
import { apiKeyDocs, apiKeyRoutes } from './routes/api-key-routes.js';
import { authDocs, authRoutes } from './routes/auth-routes.js';
import { conversationDocs, conversationRoutes } from './routes/conversation-routes.js';
import { customerDocs, customerRoutes } from './routes/customer-routes.js';
import { engineDocs, engineRoutes } from './routes/engine-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { inboxDocs, inboxRoutes } from './routes/inbox-routes.js';
import { integrationDocs, integrationRoutes } from './routes/integration-routes.js';
import { journeyDocs, journeyRoutes } from './routes/journey-routes.js';
import { momentDocs, momentRoutes } from './routes/moment-routes.js';
import { reviewDocs, reviewRoutes } from './routes/review-routes.js';
import { roleplayDocs, roleplayRoutes } from './routes/roleplay-routes.js';
import { teamDocs, teamRoutes } from './routes/team-routes.js';
import { webhookDocs, webhookRoutes } from './routes/webhook-routes.js';
import { workspaceRoutes } from './routes/workspace-routes.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimits, securityHeaders } from './security/index.js';
import { serveWebApp } from './serve-web-app.js';
import { toApiError } from './to-api-error.js';

export interface AppOptions {
  store: Store;
  logger: Logger;
  config: Pick<Config, 'bodyLimitBytes' | 'webDir'>;
  /** Session expiry is measured against this; tests pin it. */
  clock?: () => Date;
  /** Reads inbound customer messages; the engine's `analyze` unless a test passes another. */
  analyzer?: MessageAnalyzer;
  /** Sign-in and API-key rate limits (security/); the defaults unless a test passes others. */
  rateLimits?: RateLimits;
}

/** Stored beside each analysis so a newer model can tell which rows to redo. */
/** What the OpenAPI document says about each route; routes without an entry are still listed. */
const ROUTE_DOCS: RouteDoc[] = [
  ...authDocs,
  ...apiKeyDocs,
  ...integrationDocs,
  ...webhookDocs,
  ...conversationDocs,
  ...inboxDocs,
  ...engineDocs,
  ...journeyDocs,
  ...customerDocs,
  ...roleplayDocs,
  ...reviewDocs,
  ...momentDocs,
  ...teamDocs,
];

export const ENGINE_ANALYZER: MessageAnalyzer = { analyze, modelVersion: 'rapport-engine-0.1.0' };

/** The web app's build inside this repository (`packages/web/dist`), from src/http or dist/http alike. */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

/**
 * Builds the HTTP app: `/healthz`, the JSON API under `/api`, and the web app at `/`.
 * Test it in-process with `app.request(path, init)`.
 * @example const app = createApp({ store, logger, config }); const res = await app.request('/healthz');
 */
export function createApp({
  store,
  logger,
  config,
  clock,
  analyzer = ENGINE_ANALYZER,
  rateLimits: limits = DEFAULT_RATE_LIMITS,
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Lets `currentWorkspace(store)` find the caller's workspace in routes that only hold the store.
  app.use(contextStorage());
  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(securityHeaders());
  app.use(async (c, next) => {
    const started = performance.now();
    const log = logger.child({ reqId: c.get('requestId') });
    c.set('log', log);
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        throw new ApiError(
          'payload_too_large',
          `The request body is larger than ${config.bodyLimitBytes} bytes`,
          {
            limitBytes: config.bodyLimitBytes,
          },
        );
      },
    }),
  );

  // Before authentication: a flood of guesses never reaches the password hashing.
  app.use('/api/*', rateLimits(limits, clock && (() => clock().getTime())));

  // Everything under /api needs a session or an API key, except signing in and help-desk
  // webhooks (which prove themselves with a signature instead).
  app.use(
    '/api/*',
    authenticate({
      store,
      publicPaths: ['/api/auth/sign-in', /^\/api\/webhooks\//],
      ...(clock && { clock }),
    }),
  );

  app.route('/', healthRoutes(store));
  app.route(
    '/',
    openApiRoutes(() => app.routes, ROUTE_DOCS, '0.1.0'),
  );
  app.route('/api/auth', authRoutes(store, clock));
  app.route('/api/api-keys', apiKeyRoutes(store));
  app.route('/api/integrations', integrationRoutes(store));
  app.route('/api/webhooks', webhookRoutes({ store, analyzer, logger, ...(clock && { clock }) }));
  app.route('/api/workspaces', workspaceRoutes(store));
  app.route('/api/roleplay', roleplayRoutes(store));
  app.route('/api/conversations', conversationRoutes(store));
  app.route('/api/reviews', reviewRoutes(store));
  app.route('/api/team', teamRoutes(store));
  app.route('/api/moments', momentRoutes(store));
  app.route('/api', journeyRoutes(store));
  app.route('/api', customerRoutes(store, clock));
  app.route('/api', inboxRoutes(store));
  app.route('/api', engineRoutes());

  const webDir = config.webDir ?? defaultWebDir();
  if (existsSync(join(webDir, 'index.html'))) app.use('*', serveWebApp({ dir: webDir }));

  app.notFound((c) =>
    c.json<ErrorBody>(
      {
        error: {
          code: 'not_found',
          message: `No route for ${c.req.method} ${c.req.path}`,
          requestId: c.get('requestId'),
        },
      },
      404,
    ),
  );

  app.onError((error, c) => {
    const apiError = toApiError(error);
    const log = c.get('log') ?? logger;
    if (apiError.status >= 500) log.error({ err: error }, 'request failed');
    else log.debug({ code: apiError.code }, apiError.message);
    const body: ErrorBody = {
      error: {
        code: apiError.code,
        message: apiError.message,
        requestId: c.get('requestId'),
        ...(apiError.details !== undefined && { details: apiError.details }),
      },
    };
    return c.json(body, apiError.status);
  });

  return app;
}
