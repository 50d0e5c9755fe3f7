import { CX_EMOTIONS } from '@rapport/engine';
import { DEMO_WORKSPACE } from '@rapport/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, openPage, poll } from './browser.js';
import { buildApp } from './build-app.js';
import { type RapportServer, startRapportServer } from './rapport-server.js';
import { ensureSignedIn } from './sign-in.js';
import { type StaticServer, serveStatic } from './static-server.js';

const ANGRY =
  'This is the THIRD time I am writing about this!!! You charged me twice and I am still waiting for my refund. Fix it by Friday or I am cancelling.';

let app: { dir: string; remove(): Promise<void> };
let withApi: RapportServer;
let engineOnly: StaticServer;
let browser: Browser;

beforeAll(async () => {
  app = await buildApp();
  withApi = await startRapportServer(app.dir);
  engineOnly = await serveStatic(app.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await withApi?.close();
  await engineOnly?.close();
  await app?.remove();
});

const open = (url: string) => openPage(browser, url, [401, 404]);

describe('agent workspace in Chromium', () => {
  it('reads a customer message: emotions with bars, evidence highlighted with its source', async () => {
    const { page, errors } = await open(`${withApi.url}#/read`);
    await ensureSignedIn(page);
    await poll(() => page.getByTestId('workspace-name').textContent()).toBe(DEMO_WORKSPACE.name);
    await page.getByText('Engine ready').waitFor();
    // Under the server's Content-Security-Policy the model still scores in WebAssembly.
    expect(await page.getByText('Engine ready').textContent()).toMatch(/WebAssembly\)$/);
    expect(await page.title()).toBe('Read a message — Rapport');

    await page.getByLabel('Customer message', { exact: true }).fill(ANGRY);
    await page.locator('.analysis').waitFor();

    const emotions = await page.getByRole('list', { name: 'Emotions' }).getByRole('meter').all();
    expect(emotions.length).toBeGreaterThan(0);
    const labels = await Promise.all(emotions.map((m) => m.getAttribute('aria-label')));
    for (const label of labels) expect(CX_EMOTIONS).toContain(label);
    expect(labels).not.toContain('neutral');

    const marks = page.locator('.highlighted mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // Every highlighted run is a piece of the message itself.
    for (const text of await marks.evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''))) {
      expect(ANGRY).toContain(text);
    }
    // Focusing a mark with the keyboard shows which rule or feature found it.
    await marks.first().focus();
    const tip = marks.first().locator('.mark-tip');
    await poll(() => tip.boundingBox().then((b) => (b?.width ?? 0) > 20)).toBe(true);
    expect(await tip.textContent()).toMatch(/ · \S+/);

    const status = await page.getByRole('status').textContent();
    expect(status).toMatch(/Sentiment negative/);
    await page.screenshot({ path: '/tmp/rapport-read.png', fullPage: true });

    // The message carries over to the coaching page, so the agent does not paste it twice.
    await page.getByRole('link', { name: /Coach a reply to this message/ }).click();
    // The navigation marks the page once it has rendered, a moment after the click.
    await poll(() => page.getByRole('link', { name: 'Coach my reply' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await page.getByLabel('Customer message').inputValue()).toBe(ANGRY);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the engine alone when the server has no API', async () => {
    const { page, errors } = await open(engineOnly.url);
    await page.getByText('Engine ready').waitFor();
    expect(await page.getByTestId('workspace-name').textContent()).toBe('Local workspace');
    await page.getByRole('button', { name: 'Happy customer' }).click();
    await page.locator('.analysis').waitFor();
    const labels = await page
      .getByRole('list', { name: 'Emotions' })
      .getByRole('meter')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels.some((l) => l === 'gratitude' || l === 'delight')).toBe(true);
    expect(await page.getByRole('status').textContent()).toMatch(/Sentiment positive/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('coaches a draft as it is typed, and applies a suggestion', async () => {
    const { page, errors } = await open(`${withApi.url}#/coach`);
    await ensureSignedIn(page);
    await page.getByText('Engine ready').waitFor();
    await page.getByLabel('Customer message').fill(ANGRY);
    await page.getByLabel('Customer name').fill('Dana');
    const draft = page.getByLabel('Your reply');
    const status = page.getByRole('status');
    const check = (id: string) => page.locator(`li.check[data-check="${id}"]`);
    const statusOf = (id: string) =>
      check(id).evaluate((el) => /status-(\w+)/.exec(el.className)?.[1] ?? 'none');

    await draft.pressSequentially('As I already said, the refund takes 5-7 business days.', { delay: 2 });
    await poll(() => status.textContent()).toMatch(/^Score \d+ of 100/);
    // The agent may pause mid-sentence on a busy machine; wait for the coaching of the whole draft.
    await poll(() => statusOf('dismissive')).toBe('warn');
    expect(await statusOf('acknowledge')).toBe('improve');
    const marked = await page
      .getByRole('figure', { name: 'Draft with coaching highlights' })
      .locator('mark')
      .allInnerTexts();
    expect(marked.some((t) => t.includes('As I already said'))).toBe(true);
    const firstWorking = await page.locator('.score-working').textContent();

    // Keep typing: the coaching follows without any button.
    await draft.press('End');
    await draft.pressSequentially(
      " I'm so sorry we charged you twice, Dana; I can see how frustrating this is.",
      {
        delay: 2,
      },
    );
    await poll(() => statusOf('acknowledge')).toBe('pass');
    // The score may stay capped while a dismissive phrase remains, but the points earned move.
    expect(await page.locator('.score-working').textContent()).not.toBe(firstWorking);

    // Accept the coach's rewrite of the dismissive words.
    const rewrite = (await check('dismissive').locator('.suggestion-text').textContent()) ?? '';
    expect(rewrite.length).toBeGreaterThan(0);
    await check('dismissive')
      .getByRole('button', { name: /Apply suggestion/ })
      .click();
    const value = await draft.inputValue();
    expect(value).not.toContain('As I already said');
    expect(value).toContain(rewrite);
    // The new words are selected in the editor, ready to adjust.
    const selected = await draft.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    );
    expect(selected).toBe(rewrite);
    await poll(() => statusOf('dismissive')).not.toBe('warn');

    await page.screenshot({ path: '/tmp/rapport-coach.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('composes a reply into the draft, offers other versions, and undoes back to the agent’s words', async () => {
    const { page, errors } = await open(`${engineOnly.url}#/coach`);
    await page.getByText('Engine ready').waitFor();
    const customer =
      "My flight to Lisbon was cancelled and nobody has called me back. I'm worried I'll miss my daughter's wedding on Saturday.";
    await page.getByLabel('Customer message').fill(customer);
    const draft = page.getByLabel('Your reply');
    await draft.fill('Hi,');

    await page.getByRole('button', { name: 'Compose a reply' }).click();
    const first = await draft.inputValue();
    expect(first).not.toBe('Hi,');
    expect(first.length).toBeGreaterThan(80);
    await poll(() => page.getByRole('status').textContent()).toMatch(/^Score \d+ of 100/);

    await page.getByRole('button', { name: /Another version \(2 of 3\)/ }).click();
    const second = await draft.inputValue();
    expect(second).not.toBe(first);
    expect(second.length).toBeGreaterThan(80);

    await page.getByRole('button', { name: 'Undo compose' }).click();
    expect(await draft.inputValue()).toBe('Hi,');
    expect(errors).toEqual([]);
    await page.close();
  });
});
