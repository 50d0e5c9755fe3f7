import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, openPage, poll } from './browser.js';
import { buildApp } from './build-app.js';
import { type RapportServer, startRapportServer } from './rapport-server.js';
import { ensureSignedIn, signInAsDemo } from './sign-in.js';

/**
 * The README shows this screenshot of the conversation view. It is refreshed in the repository only
 * when asked (`UPDATE_SCREENSHOTS=1`), so an ordinary test run leaves the working tree clean.
 */
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS
  ? join(dirname(fileURLToPath(import.meta.url)), '../../../docs/conversation-view.png')
  : join(tmpdir(), 'rapport-conversation-view.png');

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

describe('the agent’s day in Chromium', () => {
  it('refuses a wrong password with a message, and keeps the inbox behind sign-in', async () => {
    const { page, errors } = await open(`${server.url}#/inbox`);
    await page.getByRole('heading', { name: 'Sign in to Rapport' }).waitFor();
    expect(await page.title()).toBe('Sign in — Rapport');
    await page.getByLabel('E-mail').fill('admin@demo.rapport.local');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('alert').textContent()).toBe('Wrong e-mail address or password');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await page.getByRole('list', { name: 'Conversations' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('signs in, opens a conversation, coaches a reply as it is typed, applies a suggestion and sends', async () => {
    const { page, errors } = await open(server.url);
    await signInAsDemo(page);

    // The inbox: every conversation with the customer's emotion and risk at a glance.
    const inbox = page.getByRole('list', { name: 'Conversations' });
    await inbox.waitFor();
    expect(await page.title()).toBe('Inbox — Rapport');
    const rows = inbox.getByRole('listitem');
    expect(await rows.count()).toBeGreaterThan(5);
    const risks = await inbox.locator('.risk-badge').allInnerTexts();
    expect(new Set(risks).size).toBeGreaterThan(1);
    expect(risks.every((r) => /^(high|medium|low) risk$/.test(r))).toBe(true);

    // Open the riskiest conversation still waiting for an answer (the inbox puts it first).
    const first = rows.first();
    const customerName = (await first.locator('.inbox-who strong').textContent()) ?? '';
    await first.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: customerName }).waitFor();
    expect(page.url()).toMatch(/#\/conversations\/\w+/);

    // Messages with the customer's evidence highlighted, and the journey drawn as a chart.
    const messages = page.getByRole('list', { name: 'Messages' });
    expect(await messages.getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await messages.locator('mark').count()).toBeGreaterThan(0);
    await page.locator('.journey-chart svg .recharts-line').first().waitFor();
    expect(await page.locator('.journey figcaption').textContent()).toMatch(/Journey: \w+/);
    expect(await page.locator('.customer-panel .risk-badge').count()).toBe(1);
    // The profile lists what the moments rules have planned for this customer (or says none).
    await page.getByRole('heading', { name: 'Upcoming moments' }).waitFor();

    // Type a reply: coaching follows without any button.
    await page.getByText('Engine ready').waitFor();
    const draft = page.getByLabel('Your reply');
    const status = page.locator('.results .summary');
    const check = (id: string) => page.locator(`li.check[data-check="${id}"]`);
    const statusOf = (id: string) =>
      check(id).evaluate((el) => /status-(\w+)/.exec(el.className)?.[1] ?? 'none');
    await draft.pressSequentially('As I already said, it takes 5-7 business days.', { delay: 2 });
    await poll(() => status.textContent()).toMatch(/^Score \d+ of 100/);
    await poll(() => statusOf('dismissive')).toBe('warn');
    const before = await status.textContent();
    await draft.press('End');
    await draft.pressSequentially(' I am so sorry about this, I can see how frustrating it is.', {
      delay: 2,
    });
    await poll(() => statusOf('acknowledge')).toBe('pass');
    await poll(() => status.textContent()).not.toBe(before);

    // Accept the coach's rewrite of the dismissive words.
    const rewrite = (await check('dismissive').locator('.suggestion-text').textContent()) ?? '';
    await check('dismissive')
      .getByRole('button', { name: /Apply suggestion/ })
      .click();
    const reply = await draft.inputValue();
    expect(reply).not.toContain('As I already said');
    expect(reply).toContain(rewrite);
    await poll(() => statusOf('dismissive')).not.toBe('warn');

    // The README's picture: the top of the conversation view on a laptop screen.
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });

    // Send: the reply joins the conversation and the box empties.
    const count = await messages.getByRole('listitem').count();
    await page.getByRole('button', { name: 'Send reply' }).click();
    await poll(() => messages.getByRole('listitem').count()).toBe(count + 1);
    expect(await messages.getByRole('listitem').last().textContent()).toContain(rewrite.trim());
    expect(await page.locator('.send-status').textContent()).toBe('Reply sent.');
    expect(await draft.inputValue()).toBe('');

    // It is stored: a reload shows it again.
    await page.reload();
    await poll(() => messages.getByRole('listitem').count()).toBe(count + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen: no sideways scrolling on the inbox or a conversation', async () => {
    const { page, errors } = await open(server.url);
    await page.setViewportSize({ width: 390, height: 844 });
    await ensureSignedIn(page);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.getByRole('list', { name: 'Conversations' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
    await page.locator('.journey-chart svg').first().waitFor();
    await page.getByLabel('Your reply').fill('Thank you for your patience, Ana.');
    await page
      .locator('.results .summary')
      .getByText(/^Score/)
      .waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an admin create an API key shown once, use it, and revoke it', async () => {
    const { page, errors } = await open(`${server.url}#/settings`);
    await ensureSignedIn(page);
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByLabel('Name').fill('Zendesk sync');
    await page.getByLabel('Role').selectOption('lead');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.getByTestId('new-api-key').textContent()) ?? '';
    expect(key).toMatch(/^rk_[\w-]{43}$/);
    const row = page.getByRole('row', { name: /Zendesk sync/ });
    expect(await row.textContent()).toContain(key.slice(0, 9));
    expect(await row.textContent()).not.toContain(key);

    const session = (k: string) =>
      fetch(`${server.url}api/auth/session`, { headers: { authorization: `Bearer ${k}` } });
    expect(await (await session(key)).json()).toMatchObject({
      apiKey: { name: 'Zendesk sync', role: 'lead' },
    });
    await row.getByRole('button', { name: 'Revoke Zendesk sync' }).click();
    await poll(() => row.textContent()).toContain('revoked');
    expect((await session(key)).status).toBe(401);

    // A help desk's signing secret is generated and shown once, with the URL to give it.
    await page
      .getByRole('listitem')
      .filter({ hasText: 'zendesk' })
      .getByRole('button', { name: 'Generate secret' })
      .click();
    await poll(() => page.locator('.new-secret').last().textContent()).toMatch(
      /zendesk signing secret: whsec_/,
    );
    expect(await page.getByText(/api\/webhooks\/zendesk\/demo/).count()).toBe(1);
    const zendeskSecret = (await page.locator('.new-secret code').last().textContent()) ?? '';

    // An outbound target that is down: the event waits in the queue, and Settings says so.
    const deadTarget = 'http://127.0.0.1:9/hook';
    const hooks = page.getByRole('region', { name: 'Help-desk webhooks' });
    await hooks.getByLabel('Post analyses to').fill(deadTarget);
    await hooks.getByRole('button', { name: 'Add', exact: true }).click();
    const target = hooks.getByRole('list', { name: 'Outbound targets' }).getByRole('listitem').filter({
      hasText: deadTarget,
    });
    await poll(() => target.getByTestId('delivery-health').textContent()).toBe('no deliveries yet');
    const body = JSON.stringify({
      ticket: {
        id: 4242,
        subject: 'Router',
        requester: { id: 5, name: 'Iris Vale', email: 'iris@example.com' },
      },
      comment: {
        id: 'c-4242',
        body: 'My internet has been down for three days and NOBODY calls back!!',
        author_id: 5,
      },
    });
    const timestamp = new Date().toISOString();
    const delivered = await fetch(`${server.url}api/webhooks/zendesk/demo`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-zendesk-webhook-signature': createHmac('sha256', zendeskSecret)
          .update(timestamp + body)
          .digest('base64'),
        'x-zendesk-webhook-signature-timestamp': timestamp,
        'x-zendesk-webhook-invocation-id': 'inv-4242',
      },
      body,
    });
    expect(delivered.status).toBe(200);
    await poll(async () => {
      await hooks.getByRole('button', { name: 'Refresh' }).click();
      return target.getByTestId('delivery-health').textContent();
    }).toMatch(/^0 sent · 1 waiting · 0 failed — last error: .+ \(attempt 1, next try /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('composes a reply for the customer in the conversation view', async () => {
    const { page } = await open(server.url);
    await ensureSignedIn(page);
    await page.getByRole('list', { name: 'Conversations' }).getByRole('link').nth(1).click();
    await page.getByText('Engine ready').waitFor();
    await page.getByRole('button', { name: 'Compose a reply' }).click();
    const composed = await page.getByLabel('Your reply').inputValue();
    expect(composed.length).toBeGreaterThan(60);
    await poll(() => page.locator('.results .summary').textContent()).toMatch(/^Score \d+ of 100/);
    await page.close();
  });
});
