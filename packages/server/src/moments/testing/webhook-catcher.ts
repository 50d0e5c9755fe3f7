import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 that records every webhook it receives and answers with the
// status the test chooses.

export interface CaughtRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface WebhookCatcher {
  url: string;
  requests: CaughtRequest[];
  /** The status for each next request (shifted); 200 once the list is empty. */
  statuses: number[];
  /** Milliseconds to wait before answering. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startWebhookCatcher(): Promise<WebhookCatcher> {
  const catcher: WebhookCatcher = {
    url: '',
    requests: [],
    statuses: [],
    delayMs: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      catcher.requests.push({
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = catcher.statuses.shift() ?? 200;
      setTimeout(
        () => res.writeHead(status, { 'content-type': 'text/plain' }).end(String(status)),
        catcher.delayMs,
      );
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  catcher.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = catcher.close;
  catcher.close = () => {
    server.closeAllConnections();
    return close();
  };
  return catcher;
}
