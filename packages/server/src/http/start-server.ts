import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections and resolves once in-flight requests have finished (idle
   * keep-alive connections are closed at once; busy ones are cut after `graceMs`).
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Listens on `host:port` (port 0 picks a free one).
 * @example const server = await startServer({ app, port: 8080, host: '0.0.0.0' });
 */
export function startServer({
  app,
  port,
  host,
}: {
  app: Hono<AppEnv>;
  port: number;
  host: string;
}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${info.port}`,
        port: info.port,
        close: ({ graceMs = 10_000 } = {}) => {
          closing ??= new Promise<void>((done) => {
            const http = server as Partial<Pick<HttpServer, 'closeAllConnections' | 'closeIdleConnections'>>;
            const timer = setTimeout(() => http.closeAllConnections?.(), graceMs);
            // Keep-alive connections turn idle when their last request ends; close them as they do.
            const sweep = setInterval(() => http.closeIdleConnections?.(), 50);
            timer.unref();
            sweep.unref();
            server.close(() => {
              clearTimeout(timer);
              clearInterval(sweep);
              done();
            });
            http.closeIdleConnections?.();
          });
          return closing;
        },
      });
    });
    server.once('error', reject);
  });
}
