export { buildOpenApiDocument, type ListedRoute } from './build-openapi.js';
export { openApiRoutes } from './openapi-routes.js';
export type { Access, HttpMethod, RouteDoc } from './route-doc.js';
