import { createReadStream, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonalData } from '@rapport/engine';
import {
  createApp,
  createLogger,
  createStore,
  DEMO_WORKSPACE,
  ENGINE_ANALYZER,
  importPosts,
  type Store,
  seedDemo,
  startServer,
} from '@rapport/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, openPage, poll } from './browser.js';
import { buildApp } from './build-app.js';
import { ensureSignedIn } from './sign-in.js';

/** The README shows this screenshot of the page; refreshed in the repository only with UPDATE_SCREENSHOTS=1. */
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../../../docs/voice-of-the-customer.png', import.meta.url))
  : join(tmpdir(), 'rapport-voice-of-the-customer.png');
const SAMPLE = fileURLToPath(new URL('../../server/src/reviews/sample/sample-posts.csv', import.meta.url));

let app: { dir: string; remove(): Promise<void> };
let browser: Browser;
let store: Store;
let dataDir: string;
let server: { url: string; close(options?: { graceMs?: number }): Promise<void> };

beforeAll(async () => {
  app = await buildApp();
  dataDir = await mkdtemp(join(tmpdir(), 'rapport-web-reviews-'));
  store = createStore({ dialect: 'sqlite', file: join(dataDir, 'rapport.db') });
  await store.migrate();
  await seedDemo(store, { now: new Date('2026-11-20T10:00:00Z'), analyzer: ENGINE_ANALYZER });
  const demo = await store.workspaces.getBySlug(DEMO_WORKSPACE.slug);
  await importPosts(store.forWorkspace(demo!.id), createReadStream(SAMPLE), { format: 'csv' });
  const http = createApp({
    store,
    logger: createLogger({ level: 'silent' }),
    config: { bodyLimitBytes: 1_000_000, webDir: app.dir },
  });
  server = await startServer({ app: http, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close({ graceMs: 1000 });
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
  await app?.remove();
});

describe('the voice-of-the-customer page in Chromium', () => {
  it('charts emotions and reasons over time and lists the posts to answer first with PII-free drafts', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/#/reviews`);
    await ensureSignedIn(page);
    await page.goto(`${server.url}/#/reviews`);
    await page.getByRole('heading', { name: 'Voice of the customer' }).waitFor();
    expect(await page.title()).toBe('Voice of the customer — Rapport');
    await poll(() => page.getByTestId('reviews-summary').textContent()).toMatch(
      /^600 posts · \d+ complaints/,
    );

    // Both charts drew: one bar group per month, one line per top reason (recharts renders SVG).
    const emotionBars = page.locator('[data-chart="emotions"] .recharts-bar-rectangle');
    expect(await emotionBars.count()).toBeGreaterThan(12);
    expect(await page.locator('[data-chart="reasons"] .recharts-line').count()).toBeGreaterThanOrEqual(6);
    expect(
      await page.locator('[data-chart="emotions"] .recharts-cartesian-axis-tick-value').allTextContents(),
    ).toContain('2026-09');

    const reasons = await page.locator('.reasons-table tbody th').allTextContents();
    expect(reasons.length).toBeGreaterThanOrEqual(6);
    expect(reasons.join(' ')).toMatch(/refund|crash|rude|charged|lost|late/);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.locator('.reviews-charts').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: SCREENSHOT });

    const drafts = await page.locator('.priority-list .draft-text').allTextContents();
    expect(drafts).toHaveLength(20);
    for (const draft of drafts) expect(findPersonalData(draft)).toEqual([]);
    expect(await page.locator('.priority-badge').first().textContent()).toMatch(/^(urgent|high) · \d+$/);

    // Grouping by week asks the server again and redraws with ISO weeks.
    await page.getByLabel('week').check();
    await poll(() =>
      page.locator('[data-chart="emotions"] .recharts-cartesian-axis-tick-value').first().textContent(),
    ).toMatch(/^2026-W\d\d$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
