/**
 * Every API route that takes a body, and every help-desk webhook (correctly signed, so the body is
 * what gets tested), fed random, oversized, deeply nested, invalid UTF-8 and hostile bodies:
 * the answer is always a clean result or a 4xx with a JSON error — never a 5xx, never a crash.
 */
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders } from '../../src/http/testing/index.js';
import { createApp, createLogger, type Store, WEBHOOK_SOURCES } from '../../src/index.js';
import { openTestStore, type TestStore } from '../../src/storage/testing/open-test-store.js';
import { hostileBody } from './hostile-input.js';

const RUNS_PER_ROUTE = Number(process.env.RAPPORT_FUZZ_RUNS ?? 12);
const NO_LIMITS = {
  signIn: { burst: 1e9, perMinute: 1e9 },
  signInPerClient: { burst: 1e9, perMinute: 1e9 },
  apiKey: false as const,
};

describe('hostile request bodies', () => {
  let testStore: TestStore;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let headers: Record<string, string>;
  let conversationId: string;
  const secret = 'fuzz-secret-0123456789abcdef';

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const workspace = await store.workspaces.create({ slug: 'fuzz', name: 'Fuzz' });
    const ws = store.forWorkspace(workspace.id);
    conversationId = (await ws.conversations.create({ channel: 'email' })).id;
    for (const source of WEBHOOK_SOURCES) await ws.webhooks.setInboundSecret(source, secret);
    headers = { ...(await authHeaders(store, workspace.id, 'admin')), 'content-type': 'application/json' };
    app = createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 256 * 1024, webDir: '/none' },
      rateLimits: NO_LIMITS,
    });
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  async function expectClean(res: Response, what: string) {
    const text = await res.text();
    expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
    if (res.status >= 400) {
      const body = JSON.parse(text);
      expect(typeof body.error.code, what).toBe('string');
      expect(body.error.message.length, what).toBeGreaterThan(0);
    }
  }

  it('answers every API route that takes a body with a result or a 4xx', { timeout: 300_000 }, async () => {
    const routes = app.routes.filter(
      (r) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
        r.path.startsWith('/api/') &&
        !r.path.startsWith('/api/webhooks/'),
    );
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) =>
        name.toLowerCase().includes('conversation') || name === 'id' ? conversationId : 'x',
      );
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          const res = await app.request(path, { method: route.method, headers, body });
          await expectClean(res, `${route.method} ${route.path}`);
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
  });

  it('answers every signed help-desk webhook with a result or a 4xx', async () => {
    for (const source of WEBHOOK_SOURCES) {
      await fc.assert(
        fc.asyncProperty(hostileBody, async (bytes) => {
          const res = await app.request(`/api/webhooks/${source}/fuzz`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...signFor(source, bytes) },
            body: bytes,
          });
          await expectClean(res, `webhook ${source}`);
        }),
        { numRuns: RUNS_PER_ROUTE * 3 },
      );
    }
  });

  /** Valid credentials for `source` over exactly these bytes (as the server will read them as text). */
  function signFor(source: string, bytes: Uint8Array): Record<string, string> {
    const body = new TextDecoder().decode(bytes);
    const now = new Date();
    const unix = String(Math.floor(now.getTime() / 1000));
    const hmac = (algorithm: string, text: string) => createHmac(algorithm, secret).update(text, 'utf8');
    switch (source) {
      case 'zendesk':
        return {
          'x-zendesk-webhook-signature': hmac('sha256', now.toISOString() + body).digest('base64'),
          'x-zendesk-webhook-signature-timestamp': now.toISOString(),
          'x-zendesk-webhook-invocation-id': createHash('sha256').update(bytes).digest('hex'),
        };
      case 'intercom':
        return { 'x-hub-signature': `sha1=${hmac('sha1', body).digest('hex')}` };
      case 'freshdesk':
        return { 'x-rapport-token': secret };
      default:
        return {
          'x-rapport-timestamp': unix,
          'x-rapport-signature': `sha256=${hmac('sha256', `${unix}.${body}`).digest('hex')}`,
        };
    }
  }
});
