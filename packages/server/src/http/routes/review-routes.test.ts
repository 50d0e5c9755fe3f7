import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPersonalData } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../../storage/testing/open-test-store.js';
import { createApp } from '../create-app.js';
import { authHeaders } from '../testing/index.js';

const SAMPLE = readFileSync(
  fileURLToPath(new URL('../../reviews/sample/sample-posts.csv', import.meta.url)),
  'utf8',
);

for (const dialect of testDialects(process.env)) {
  describe(`/api/reviews on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let lead: Record<string, string>;
    let agent: Record<string, string>;
    let other: Record<string, string>;
    const app = () =>
      createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 5_000_000, webDir: '/none' },
      });

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      const ws = await store.workspaces.create({ slug: 'northwind', name: 'Northwind' });
      const elsewhere = await store.workspaces.create({ slug: 'elsewhere', name: 'Elsewhere' });
      lead = await authHeaders(store, ws.id, 'lead');
      agent = await authHeaders(store, ws.id, 'agent');
      other = await authHeaders(store, elsewhere.id, 'lead');
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('imports a file sent as the body, idempotently; agents may not import', async () => {
      const post = (headers: Record<string, string>) =>
        app().request('/api/reviews/import?format=csv', {
          method: 'POST',
          headers: { ...headers, 'content-type': 'text/csv' },
          body: SAMPLE,
        });
      const first = await post(lead);
      expect(first.status).toBe(200);
      expect((await first.json()).result).toMatchObject({ read: 600, created: 600, rejected: 0 });
      expect((await (await post(lead)).json()).result).toMatchObject({ created: 0, unchanged: 600 });
      expect((await post(agent)).status).toBe(403);
    });

    it('reports bad records and broken files as data, naming the field', async () => {
      const jsonl =
        '{"source":"x","date":"2026-09-01","text":"Late"}\n{"source":"x","date":"2026-13-01","text":"?"}\n';
      const res = await app().request('/api/reviews/import?format=jsonl', {
        method: 'POST',
        headers: lead,
        body: jsonl,
      });
      const { result } = await res.json();
      expect(result.rejections).toEqual([
        { at: 'line 2', problems: [{ field: 'date', message: expect.any(String) }] },
      ]);

      const broken = await app().request('/api/reviews/import?format=json', {
        method: 'POST',
        headers: lead,
        body: '[{"a":',
      });
      expect((await broken.json()).error).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/could not be read as json/),
      });
      const noText = await app().request('/api/reviews/import?format=csv', {
        method: 'POST',
        headers: lead,
        body: 'date\n2026-01-01\n',
      });
      expect((await noText.json()).error).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/no text column/),
      });
      const badFormat = await app().request('/api/reviews/import?format=xml', {
        method: 'POST',
        headers: lead,
        body: 'x',
      });
      expect((await badFormat.json()).error.details.issues[0].path).toBe('format');
    });

    it('serves the report as JSON, CSV and HTML, with drafts free of personal data', async () => {
      const res = await app().request('/api/reviews/report?period=week&top=25', { headers: agent });
      expect(res.status).toBe(200);
      const { report } = await res.json();
      expect(report.totals.posts).toBe(601);
      expect(report.emotionTrend.periods[0]).toMatch(/^2026-W\d\d$/);
      expect(report.priorities).toHaveLength(25);
      for (const p of report.priorities) expect(findPersonalData(p.draft.text)).toEqual([]);
      const csv = await app().request('/api/reviews/report?format=csv', { headers: agent });
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      const html = await app().request('/api/reviews/report?format=html&from=2026-09-01&to=2026-09-30', {
        headers: agent,
      });
      expect(await html.text()).toContain('<h1>Voice of the customer</h1>');
      const bad = await app().request('/api/reviews/report?from=yesterday', { headers: agent });
      expect((await bad.json()).error).toMatchObject({
        code: 'invalid_input',
        details: { issues: [{ path: 'from' }] },
      });
    });

    it('lists posts and drafts a reply for one, only within the caller’s workspace', async () => {
      const list = await (await app().request('/api/reviews/posts?limit=5', { headers: agent })).json();
      expect(list.total).toBe(601);
      expect(list.posts).toHaveLength(5);
      const id = list.posts[0].id;
      const draft = await app().request(`/api/reviews/posts/${id}/draft`, { headers: agent });
      expect((await draft.json()).draft.text.length).toBeGreaterThan(20);
      expect((await app().request(`/api/reviews/posts/${id}/draft`, { headers: other })).status).toBe(404);
      expect((await (await app().request('/api/reviews/posts', { headers: other })).json()).total).toBe(0);
      expect((await app().request('/api/reviews/report')).status).toBe(401);
    });
  });
}
