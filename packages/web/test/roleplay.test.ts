import { DEMO_PASSWORD, DEMO_WORKSPACE } from '@rapport/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, openPage, poll } from './browser.js';
import { buildApp } from './build-app.js';
import { type RapportServer, startRapportServer } from './rapport-server.js';
import { type StaticServer, serveStatic } from './static-server.js';

let app: { dir: string; remove(): Promise<void> };
let server: StaticServer;
let withApi: RapportServer;
let browser: Browser;

beforeAll(async () => {
  app = await buildApp();
  // The page runs on the engine in the browser, so static files (no API) are enough.
  server = await serveStatic(app.dir);
  withApi = await startRapportServer(app.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await withApi?.close();
  await app?.remove();
});

const open = (url: string) => openPage(browser, url, [401, 404]);

async function reply(page: Page, text: string) {
  await page.getByLabel(/^Your reply to/).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

const feelings = (page: Page) => page.getByTestId('feeling');

describe('role-play page in Chromium', () => {
  it('plays a scenario: the customer calms with a strong reply, and the debrief rewrites the weakest', async () => {
    const { page, errors } = await open(`${server.url}#/roleplay`);
    await page.getByRole('heading', { name: 'Practise with a customer' }).waitFor();
    expect(await page.title()).toBe('Practise — Rapport');
    const cards = page.getByRole('list', { name: 'Scenarios' }).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThanOrEqual(15);

    await page.getByRole('button', { name: 'Practise: Charged twice' }).click();
    await poll(() => feelings(page).first().textContent()).toMatch(/^anger.*0\.80/);

    await reply(
      page,
      "Maria, I'm so sorry, being charged twice and having your rent bounce is awful, and that's on us. Could you tell me the amount and the day both charges were taken?",
    );
    await poll(() => feelings(page).count()).toBe(2);
    expect(await feelings(page).nth(1).textContent()).toMatch(/frustration.*calmer/);
    expect(await page.getByRole('list', { name: 'Conversation' }).textContent()).toContain('249 euros');

    await page.getByRole('button', { name: 'Hint' }).click();
    expect(await page.getByRole('note').textContent()).toMatch(/Try asking/);

    await reply(page, 'Thank you. Has the bounced rent payment cost you anything else, like a fee?');
    await reply(
      page,
      "I'll refund the second charge today and cover the late fee too, or if you prefer I can credit both to your account right now. I'll email you confirmation within the hour.",
    );
    await page.getByRole('heading', { name: 'Debrief: Solved' }).waitFor();
    expect(await feelings(page).last().textContent()).toMatch(/^gratitude/);
    expect(await page.getByTestId('debrief-summary').textContent()).toMatch(/You solved it in 3 replies/);
    expect((await page.getByTestId('rewrite').textContent())?.length).toBeGreaterThan(40);
    expect(await page.getByLabel(/^Your reply to/).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('inflames a customer with a dismissive reply, and debriefs a session stopped early', async () => {
    const { page, errors } = await open(`${server.url}#/roleplay`);
    await page.getByRole('button', { name: 'Practise: Confused first-time user' }).click();
    await poll(() => feelings(page).first().textContent()).toMatch(/^confusion/);
    await reply(page, 'As I already said, please read the FAQ.');
    await poll(() => feelings(page).count()).toBe(2);
    expect(await feelings(page).nth(1).textContent()).toMatch(/more upset/);
    await page.getByRole('button', { name: 'Stop and debrief' }).click();
    await page.getByRole('heading', { name: 'Debrief: Stopped early' }).waitFor();
    expect(await page.locator('.turning-points').textContent()).toMatch(/inflamed the customer/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await poll(() => feelings(page).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

async function signInAs(page: Page, email: string) {
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await page.locator('#sign-in-email, .app-nav').first().waitFor();
  if (await signOut.isVisible()) {
    await signOut.click();
  }
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('workspace-name').getByText(DEMO_WORKSPACE.name).waitFor();
}

describe('workshops with the server', () => {
  it('a lead assigns a scenario, the agent solves it, and the lead sees the progress', async () => {
    const { page, errors } = await open(`${withApi.url}#/roleplay`);
    await signInAs(page, 'maya.lead@demo.rapport.local');
    const form = page.getByRole('form', { name: 'Assign a workshop' });
    await form.getByLabel('Workshop name').fill('Onboarding');
    await form.getByLabel('Sam Rivera (agent)').check();
    await form.getByLabel('Subscription renewed without warning').check();
    await form.getByRole('button', { name: 'Assign' }).click();
    const table = page.getByRole('table', { name: 'Progress in Onboarding' });
    await poll(() => table.getByRole('row', { name: /Sam Rivera/ }).textContent()).toMatch(/0 of 1/);

    await signInAs(page, 'sam@demo.rapport.local');
    await page.goto(`${withApi.url}#/roleplay`);
    const assigned = page.getByRole('list', { name: 'Workshop Onboarding' });
    await poll(() => assigned.textContent()).toMatch(/to do.*Subscription renewed without warning/);
    expect(await page.getByRole('form', { name: 'Assign a workshop' }).count()).toBe(0);
    await assigned.getByRole('button', { name: 'Practise' }).click();
    await reply(
      page,
      "Jordan, I'm so sorry. That's on us, and I completely understand why you're angry. How and when did you try to cancel?",
    );
    await reply(
      page,
      "I'll refund the renewal in full and cancel the plan today, or if you'd rather, a free month before deciding. I'll send the refund confirmation within the hour.",
    );
    await page.getByRole('heading', { name: 'Debrief: Solved' }).waitFor();
    await page.getByRole('button', { name: '← All scenarios' }).click();
    await poll(() => assigned.textContent()).toMatch(/✓ solved/);

    await signInAs(page, 'maya.lead@demo.rapport.local');
    await page.goto(`${withApi.url}#/roleplay`);
    await page.getByRole('button', { name: 'Onboarding' }).click();
    await poll(() => table.getByRole('row', { name: /Sam Rivera/ }).textContent()).toMatch(/1 of 1.*✓ \d+/);
    expect(errors).toEqual([]);
  });
});
