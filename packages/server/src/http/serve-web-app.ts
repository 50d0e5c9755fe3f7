import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/**
 * Serves the built web app from `dir`: real files as they are, and `index.html` for any other GET
 * that accepts HTML (client-side routes), so a reload on `/customers/42` still opens the app.
 * `/api/*` is never touched: an unknown API path must stay a JSON 404.
 * @example app.use('*', serveWebApp({ dir: '/opt/rapport/web/dist' }));
 */
export function serveWebApp({ dir }: { dir: string }): MiddlewareHandler {
  const root = resolve(dir);
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    const file = normalize(join(root, path));
    // Refuse anything that resolves outside the web root (`/../../etc/passwd`).
    if (file !== root && !file.startsWith(root + sep)) return next();
    const found = (await isFile(file)) ? file : undefined;
    if (found) return send(c, found, path.startsWith('/assets/'));
    // Browsers send text/html; curl and link checkers send */* or nothing and should see the app too.
    const accept = c.req.header('accept') ?? '*/*';
    const wantsHtml = accept.includes('text/html') || accept.includes('*/*');
    const index = join(root, 'index.html');
    if (wantsHtml && !/\.[a-z0-9]+$/i.test(path) && (await isFile(index))) return send(c, index, false);
    return next();
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function send(c: Parameters<MiddlewareHandler>[0], file: string, immutable: boolean) {
  const body = await readFile(file);
  c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
  // Vite puts content hashes in asset names, so those never change; index.html must revalidate.
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.req.method === 'HEAD' ? c.body(null) : c.body(new Uint8Array(body));
}
