import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. `.ci/run` installs it with apt. */
export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium headless with a fresh profile directory (removed on close) and the
 * network-quiet flags, so a test run leaves nothing behind and reaches nothing but 127.0.0.1.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's package with "apt-get install -y chromium"`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new page of `browser` and collects what would go unseen: uncaught errors and
 * console errors. Chromium logs a failed request as a console error; the statuses in `expected`
 * are cases under test (401 asking who is signed in before sign-in, 404 where no API stands behind
 * the page) and are not collected.
 */
export async function openPage(
  browser: Browser,
  url: string,
  expected: readonly number[] = [401],
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const expectedStatus = new RegExp(`\\b(${expected.join('|')})\\b`);
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectedStatus.test(msg.text())) errors.push(msg.text());
  });
  await page.goto(url);
  return { page, errors };
}
