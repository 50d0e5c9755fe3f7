import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import { seedDemo } from '../../seed/index.js';
import type { Store, UserRole } from '../../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../../storage/testing/open-test-store.js';
import { createApp } from '../create-app.js';
import { authHeaders } from '../testing/index.js';

// Every operation in the OpenAPI document says who may call it (`x-access`). This walks all of
// them with an API key of each role and holds the server to it: a role below the one needed gets
// 403 before anything else happens, a role at or above it gets past the role check.

const RANK: Record<UserRole, number> = { agent: 0, lead: 1, admin: 2 };
const ROLES: UserRole[] = ['agent', 'lead', 'admin'];
const BODY = JSON.stringify({ text: 'probe', reply: 'probe', name: 'Probe', channel: 'chat' });

for (const dialect of testDialects(process.env)) {
  describe(`roles on ${dialect}: every documented operation, with each role`, () => {
    let testStore: TestStore;
    let store: Store;
    let headers: Record<UserRole, Record<string, string>>;

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      const { workspace } = await seedDemo(store, {
        now: new Date('2026-03-02T10:00:00Z'),
        analyzer: { analyze, modelVersion: 't' },
      });
      headers = {} as typeof headers;
      for (const role of ROLES) {
        headers[role] = {
          ...(await authHeaders(store, workspace.id, role)),
          'content-type': 'application/json',
        };
      }
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('gives each role exactly what the document promises', async () => {
      const app = createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 1_000_000, webDir: '/none' },
        rateLimits: {
          signIn: { burst: 1e9, perMinute: 1e9 },
          signInPerClient: { burst: 1e9, perMinute: 1e9 },
          apiKey: false,
        },
      });
      const spec = (await (await app.request('/openapi.json')).json()) as {
        paths: Record<string, Record<string, { 'x-access'?: string }>>;
      };
      const failures: string[] = [];
      let checked = 0;
      for (const [template, operations] of Object.entries(spec.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const access = operation['x-access'];
          if (access !== 'agent' && access !== 'lead' && access !== 'admin') continue;
          const path = template.replace(/\{[^}]+\}/g, 'no-such-id');
          for (const role of ROLES) {
            const res = await app.request(path, {
              method: method.toUpperCase(),
              headers: headers[role],
              ...(method === 'get' ? {} : { body: BODY }),
            });
            checked++;
            const allowed = RANK[role] >= RANK[access];
            if (!allowed && res.status !== 403)
              failures.push(
                `${method} ${template} as ${role} (needs ${access}): ${res.status}, expected 403`,
              );
            if (allowed && (res.status === 401 || res.status === 403))
              failures.push(`${method} ${template} as ${role} (needs ${access}): ${res.status}`);
            if (res.status >= 500) failures.push(`${method} ${template} as ${role}: ${res.status}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(60);
    });
  });
}
