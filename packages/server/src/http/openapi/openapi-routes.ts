import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { buildOpenApiDocument, type ListedRoute } from './build-openapi.js';
import { renderReferencePage } from './reference-page.js';
import type { RouteDoc } from './route-doc.js';

/**
 * `/openapi.json` and `/api-docs` (public: the API's shape is no secret). The document is built
 * on first request, when every route has been mounted, from the app's own route list.
 */
export function openApiRoutes(
  listRoutes: () => readonly ListedRoute[],
  docs: readonly RouteDoc[],
  version: string,
) {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  const get = () => {
    document ??= buildOpenApiDocument(listRoutes(), docs, version);
    return document;
  };
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => c.json(get()))
    .get('/api-docs', (c) => c.html(renderReferencePage(get() as Parameters<typeof renderReferencePage>[0])));
}
