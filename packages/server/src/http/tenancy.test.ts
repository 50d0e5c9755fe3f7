import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import { seedDemo } from '../seed/index.js';
import type { Store, Workspace, WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import { createApp } from './index.js';
import { authHeaders } from './testing/index.js';

// A body with a plausible value for the fields most routes take, so writes get past validation
// and reach the workspace check (Zod drops the keys a route does not know).
const PROBE_BODY = JSON.stringify({
  authorKind: 'agent',
  body: 'tenancy probe',
  channel: 'chat',
  name: 'Probe',
  email: 'probe@b.example',
  role: 'agent',
  subject: 'probe',
  status: 'closed',
  text: 'tenancy probe',
  reply: 'tenancy probe',
  secret: 'probe-secret-0123456789',
  url: 'http://127.0.0.1:9/probe',
});

/** Everything workspace A holds, as it reads through its own scope; must not change from B. */
async function snapshot(ws: WorkspaceScope) {
  const conversations = await ws.conversations.list({ limit: 1000 });
  return JSON.stringify({
    conversations,
    messages: await Promise.all(conversations.map((c) => ws.messages.listByConversation(c.id))),
    analyses: await Promise.all(conversations.map((c) => ws.analyses.listByConversation(c.id))),
    customers: await ws.customers.list({ limit: 1000 }),
    users: await ws.users.list(),
    apiKeys: (await ws.apiKeys.list()).map(({ lastUsedAt: _used, ...key }) => key),
    outbound: await ws.webhooks.listOutbound(),
  });
}

for (const dialect of testDialects(process.env)) {
  describe(`tenancy on ${dialect}: every API route, called from workspace B with A's ids`, () => {
    let testStore: TestStore;
    let store: Store;
    let a: Workspace;
    let b: Workspace;
    let ids: Record<'conversation' | 'customer' | 'message' | 'user', string[]>;
    /** A's ids: unique, so any of them in B's answer is a leak. */
    let idMarkers: string[];
    /** A's names and e-mails: a leak unless library text (a role-play persona) carries the same name. */
    let nameMarkers: string[];

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      a = (
        await seedDemo(store, {
          now: new Date('2026-03-02T10:00:00Z'),
          analyzer: { analyze, modelVersion: 't' },
        })
      ).workspace;
      b = await store.workspaces.create({ slug: 'tenant-b', name: 'Tenant B' });
      const wsB = store.forWorkspace(b.id);
      const bob = await wsB.customers.create({ name: 'Bob Other', email: 'bob@b.example' });
      const conv = await wsB.conversations.create({
        channel: 'email',
        customerId: bob.id,
        subject: 'B only',
      });
      await wsB.messages.create({ conversationId: conv.id, authorKind: 'customer', body: 'B customer text' });

      const wsA = store.forWorkspace(a.id);
      await wsA.webhooks.addOutbound({ url: 'http://127.0.0.1:9/a-only', secret: 'a-secret-0123456789' });
      const conversations = await wsA.conversations.list({ limit: 1000 });
      const messages = (
        await Promise.all(conversations.map((c) => wsA.messages.listByConversation(c.id)))
      ).flat();
      const customers = await wsA.customers.list({ limit: 1000 });
      const users = await wsA.users.list();
      ids = {
        conversation: conversations.map((c) => c.id),
        customer: customers.map((c) => c.id),
        message: messages.map((m) => m.id),
        user: users.map((u) => u.id),
      };
      idMarkers = [a.id, ...Object.values(ids).flat(), 'a-only'];
      nameMarkers = [...customers.map((c) => c.name), ...users.map((u) => u.email)];
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('never answers with A’s data nor changes it, on any route, as B’s admin', async () => {
      const app = createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 1_000_000, webDir: '/none' },
      });
      const headers = { ...(await authHeaders(store, b.id, 'admin')), 'content-type': 'application/json' };
      // A workspace with no data at all: what it is shown too is the product's own text, not A's.
      const empty = await store.workspaces.create({ slug: 'tenant-empty', name: 'Empty' });
      const emptyHeaders = {
        ...(await authHeaders(store, empty.id, 'admin')),
        'content-type': 'application/json',
      };
      const before = await snapshot(store.forWorkspace(a.id));
      const routes = app.routes.filter(
        (r) =>
          r.method !== 'ALL' &&
          r.path.startsWith('/api/') &&
          !r.path.startsWith('/api/webhooks/') &&
          r.path !== '/api/auth/sign-in' &&
          r.path !== '/api/auth/sign-out',
      );
      expect(routes.length).toBeGreaterThan(20);

      const failures: string[] = [];
      let calls = 0;
      for (const route of routes) {
        const hasParams = route.path.includes(':');
        const variants = hasParams ? (Object.keys(ids) as (keyof typeof ids)[]) : [null];
        for (const kind of variants) {
          const used = kind ? (ids[kind][0] ?? 'none') : '';
          const path = route.path.replace(/:\w+(\{[^}]*\})?/g, encodeURIComponent(used));
          const call = (h: Record<string, string>) =>
            app.request(path, {
              method: route.method,
              headers: h,
              ...(route.method === 'GET' || route.method === 'HEAD' ? {} : { body: PROBE_BODY }),
            });
          const res = await call(headers);
          calls++;
          const text = await res.text();
          if (res.status >= 500)
            failures.push(`${route.method} ${route.path} (${kind}): ${res.status} ${text.slice(0, 200)}`);
          // The id B itself sent may be echoed in a "not found"; anything else of A's is a leak.
          let leaked = [...idMarkers, ...nameMarkers].filter((m) => m !== used && text.includes(m));
          if (route.method === 'GET' && leaked.some((m) => nameMarkers.includes(m))) {
            const shownToAll = await (await call(emptyHeaders)).text();
            leaked = leaked.filter((m) => !(nameMarkers.includes(m) && shownToAll.includes(m)));
          }
          if (leaked.length > 0)
            failures.push(`${route.method} ${route.path} (${kind}): leaked ${leaked.slice(0, 3).join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
      expect(calls).toBeGreaterThan(routes.length);
      expect(await snapshot(store.forWorkspace(a.id))).toBe(before);
    });

    it('answers 401 on every API route without credentials', async () => {
      const app = createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 1_000_000, webDir: '/none' },
      });
      const open = new Set(['/api/auth/sign-in']);
      for (const route of app.routes) {
        if (route.method === 'ALL' || !route.path.startsWith('/api/') || open.has(route.path)) continue;
        if (route.path.startsWith('/api/webhooks/')) continue;
        const res = await app.request(route.path.replace(/:\w+(\{[^}]*\})?/g, 'x'), { method: route.method });
        expect(res.status, `${route.method} ${route.path}`).toBe(401);
      }
    });
  });
}
