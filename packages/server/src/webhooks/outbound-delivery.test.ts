import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import type { Store, WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import { createOutboundWorker } from './outbound-worker.js';
import { deliverDue, retryPauseMs } from './send-outbound.js';
import { verifyRapport } from './signatures.js';

const logger = createLogger({ level: 'silent' });
// The queue stamps rows with the store's (real) clock; each test's worker clocks start just after it.
let t0 = 0;
const at = (seconds: number) => () => new Date(t0 + seconds * 1000);
const SECRET = 'outbound-secret-0123456789';

interface Hit {
  path: string;
  delivery: string;
  body: string;
  header: (name: string) => string | undefined;
}

/** A real HTTP receiver on 127.0.0.1 whose answer per path is scripted: a list of statuses. */
async function receiver(
  script: Record<string, number[]>,
): Promise<{ server: Server; url: string; hits: Hit[] }> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '';
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      hits.push({ path, delivery: header('x-rapport-delivery') ?? '', body, header });
      const statuses = script[path] ?? [200];
      res.writeHead(statuses.length > 1 ? (statuses.shift() as number) : (statuses[0] as number)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

for (const dialect of testDialects(process.env)) {
  describe(`outbound webhook queue on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let n = 0;
    const servers: Server[] = [];
    const workspace = async (): Promise<WorkspaceScope> => {
      const ws = await store.workspaces.create({ slug: `out-${++n}`, name: `Out ${n}` });
      return store.forWorkspace(ws.id);
    };

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
    });
    beforeEach(() => {
      t0 = Date.now() + 1000;
    });
    afterAll(async () => {
      for (const s of servers) s.close();
      await testStore?.dispose();
    });

    it('retries a target that is down until it answers, and gives up at once on one that refuses', async () => {
      const { server, url, hits } = await receiver({ '/flaky': [503, 503, 204], '/gone': [410] });
      servers.push(server);
      const scope = await workspace();
      const flaky = await scope.webhooks.addOutbound({ url: `${url}/flaky`, secret: SECRET });
      await scope.webhooks.addOutbound({ url: `${url}/gone`, secret: SECRET });
      const body = JSON.stringify({ event: 'message.analyzed', analysis: { intensity: 0.8 } });
      const queued = await scope.outboundDeliveries.enqueue([{ event: 'message.analyzed', body }]);
      expect(queued.map((d) => d.status)).toEqual(['pending', 'pending']);

      expect(await deliverDue(scope, { logger, clock: at(0) })).toEqual({ sent: 0, retried: 1, failed: 1 });
      // Not due again before its pause: nothing is sent.
      expect(await deliverDue(scope, { logger, clock: at(10) })).toEqual({ sent: 0, retried: 0, failed: 0 });

      // A new worker (as after a restart) finds the rest in the database.
      const worker = createOutboundWorker({ store, logger, clock: at(retryPauseMs(1) / 1000 + 1) });
      expect(await worker.tick()).toMatchObject({ retried: 1 });
      const later = createOutboundWorker({ store, logger, clock: at(600) });
      expect(await later.tick()).toMatchObject({ sent: 1 });

      const flakyHits = hits.filter((h) => h.path === '/flaky');
      expect(flakyHits).toHaveLength(3);
      // One delivery id on every attempt, so the receiver can drop repeats; each attempt signed.
      expect(new Set(flakyHits.map((h) => h.delivery)).size).toBe(1);
      for (const hit of flakyHits) {
        expect(hit.body).toBe(body);
        const signedAt = new Date(Number(hit.header('x-rapport-timestamp')) * 1000); // unix seconds
        expect(verifyRapport({ header: hit.header, body: hit.body }, SECRET, signedAt)).toEqual({ ok: true });
      }
      const listed = await scope.outboundDeliveries.list();
      const byTarget = new Map(listed.map((d) => [d.webhookId, d]));
      expect(byTarget.get(flaky.id)).toMatchObject({ status: 'sent', attempts: 3, lastStatus: 204 });
      expect(listed.find((d) => d.webhookId !== flaky.id)).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastStatus: 410,
        lastError: 'HTTP 410',
      });
      expect(await scope.outboundDeliveries.list({ status: 'failed' })).toHaveLength(1);
    });

    it('gives up on an unreachable target after the last attempt, with the reason kept', async () => {
      const scope = await workspace();
      // A port nothing listens on: every attempt is a connection error.
      const closed = await receiver({});
      closed.server.close();
      await scope.webhooks.addOutbound({ url: `${closed.url}/hook`, secret: SECRET });
      await scope.outboundDeliveries.enqueue([{ event: 'message.analyzed', body: '{}' }]);
      expect(await deliverDue(scope, { logger, clock: at(0), maxAttempts: 2 })).toMatchObject({ retried: 1 });
      expect(await deliverDue(scope, { logger, clock: at(3600), maxAttempts: 2 })).toMatchObject({
        failed: 1,
      });
      const [gaveUp] = await scope.outboundDeliveries.list();
      expect(gaveUp).toMatchObject({ status: 'failed', attempts: 2, lastStatus: null });
      expect(gaveUp?.lastError).toBeTruthy();
    });

    it('hands each due delivery to one claimer only, keeps workspaces apart, and drops a removed target’s queue', async () => {
      const scope = await workspace();
      const other = await workspace();
      const target = await scope.webhooks.addOutbound({ url: 'http://127.0.0.1:9/hook', secret: SECRET });
      await other.webhooks.addOutbound({ url: 'http://127.0.0.1:9/hook', secret: SECRET });
      await scope.outboundDeliveries.enqueue(
        Array.from({ length: 12 }, (_, i) => ({ event: 'message.analyzed', body: `{"i":${i}}` })),
      );
      await other.outboundDeliveries.enqueue([{ event: 'message.analyzed', body: '{}' }]);
      expect(await other.outboundDeliveries.enqueue([])).toEqual([]);
      const claim = () =>
        scope.outboundDeliveries.claimDue({
          now: new Date().toISOString(),
          leaseUntil: new Date(Date.now() + 60_000).toISOString(),
          limit: 50,
        });
      const [a, b] = await Promise.all([claim(), claim()]);
      const ids = [...(a ?? []), ...(b ?? [])].map((d) => d.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      expect(await claim()).toEqual([]);
      expect((a ?? []).concat(b ?? []).every((d) => d.attempts === 1 && d.url.endsWith('/hook'))).toBe(true);
      expect(await other.outboundDeliveries.list()).toHaveLength(1);

      await scope.webhooks.removeOutbound(target.id);
      expect(await scope.outboundDeliveries.list()).toEqual([]);
      expect(await other.outboundDeliveries.list()).toHaveLength(1);
    });
  });
}
