import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * How long a wait may last before the test gives up: a guard against a page that never gets
 * there, not a speed limit (a busy machine only makes the page slower). Speed is measured in
 * packages/web/README.md, not asserted here.
 */
export const PATIENCE_MS = 300_000;

/** `expect.poll` with the browser tests' patience. */
export function poll<T>(read: () => Promise<T>): ReturnType<typeof expect.poll<Promise<T>>> {
  return expect.poll(read, { timeout: PATIENCE_MS, interval: 50 });
}

/**
 * The Chromium the tests drive: the test run's global setup (test/global-setup.ts) sets
 * RAPPORT_CHROMIUM to the one given, Debian's, or a headless one from the npm registry. The tests
 * never download a browser at run time.
 */
function chromiumPath(): string {
  const path = process.env.RAPPORT_CHROMIUM ?? '';
  if (path === '' || !existsSync(path)) {
    throw new Error(
      `no Chromium at "${path}": run the tests through vitest, whose global setup finds one (test/global-setup.ts)`,
    );
  }
  return path;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium headless with a fresh profile directory (removed on close) and the
 * network-quiet flags, so a test run leaves nothing behind and reaches nothing but 127.0.0.1.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = await mkdtemp(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
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
  context.setDefaultTimeout(PATIENCE_MS);
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
