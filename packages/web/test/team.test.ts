import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, openPage } from './browser.js';
import { buildApp } from './build-app.js';
import { type RapportServer, startRapportServer } from './rapport-server.js';
import { ensureSignedIn } from './sign-in.js';

let app: { dir: string; remove(): Promise<void> };
let server: RapportServer;
let browser: Browser;

beforeAll(async () => {
  app = await buildApp();
  server = await startRapportServer(app.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await app?.remove();
});

const open = (url: string) => openPage(browser, url);

describe('the team pages in Chromium', () => {
  it('shows the team overview with charts, then an agent’s scorecard and digest', async () => {
    const { page, errors } = await open(`${server.url}#/team`);
    await ensureSignedIn(page);
    await page.goto(`${server.url}#/team`);
    await page.getByRole('heading', { level: 2, name: 'Team' }).waitFor();
    // The demo was seeded for 2 March 2026: look at the four weeks before.
    await page.getByLabel('From').fill('2026-02-01');
    await page.getByLabel('To').fill('2026-03-02');
    const agents = page.getByRole('table', { name: /^Agents/ });
    await agents.waitFor();
    const names = await agents.getByRole('rowheader').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Sam Rivera', 'Priya Nair', 'Lukas Weber']));
    // A bar per metric and a line per metric were drawn.
    expect(await page.locator('[data-chart="scorecard"] .recharts-bar-rectangle').count()).toBe(8);
    expect(await page.locator('[data-chart="trends"] .recharts-line-curve').count()).toBe(8);
    expect(await page.getByRole('heading', { name: 'Most worth improving' }).count()).toBe(1);

    await agents.getByRole('link', { name: 'Sam Rivera' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sam Rivera: scorecard' }).waitFor();
    const digest = page.getByRole('article', { name: 'Coaching digest for Sam Rivera' });
    await digest.waitFor();
    expect(await digest.getByRole('heading', { name: 'Best moment' }).count()).toBe(1);
    expect((await digest.locator('blockquote').count()) >= 2).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
