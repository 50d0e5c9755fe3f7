import type { Page } from 'playwright-core';
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

/** Records, through the API as the signed-in lead, that a conversation with a customer ended badly. */
async function conversationEndedBadly(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const session = await (await fetch('api/auth/session')).json();
    const inbox = await (await fetch('api/inbox')).json();
    const customer = inbox.conversations.find(
      (c: { customer: { name: string } | null }) => c.customer,
    )?.customer;
    const res = await fetch('api/moments/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({
        customerId: customer.id,
        type: 'conversation.ended',
        data: { ending: 'negative' },
      }),
    });
    if (res.status !== 201) throw new Error(`event refused: ${res.status} ${await res.text()}`);
    return customer.name as string;
  });
}

describe('the moments page in Chromium', () => {
  it('queues a recovery gesture for review; a lead rewords and approves it', async () => {
    const { page, errors } = await openPage(browser, `${server.url}#/moments`);
    await ensureSignedIn(page);
    await page.goto(`${server.url}#/moments`);
    await page.getByRole('heading', { level: 2, name: 'Moments' }).waitFor();
    await page.getByRole('heading', { name: /^Waiting for review/ }).waitFor();

    const name = await conversationEndedBadly(page);
    await page.getByRole('button', { name: 'Check for new moments now' }).click();
    const card = page.getByRole('article', { name: `recovery moment for ${name}` });
    await card.waitFor();
    expect(await card.getByText(/conversation\.ended event/).count()).toBe(1);

    await card
      .getByLabel('Message')
      .fill(`Dear ${name}, I have refunded your fee and called the courier myself.`);
    await card.getByRole('button', { name: 'Approve with my changes' }).click();
    await page.getByRole('status').getByText(`Approved the moment for ${name}.`).waitFor();
    // The status line appears before the queue reloads, so wait for the card to go rather than count at once.
    await card.waitFor({ state: 'detached' });

    const pending = await page.evaluate(
      async () => (await (await fetch('api/moments/outbox?status=pending')).json()).moments,
    );
    expect(pending).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'recovery',
          body: expect.stringContaining('called the courier myself'),
        }),
      ]),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
