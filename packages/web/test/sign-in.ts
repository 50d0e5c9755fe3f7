import { DEMO_SIGN_IN, DEMO_WORKSPACE } from '@rapport/server';
import type { Page } from 'playwright-core';

/** Signs in through the sign-in page with the demo account, as a person would. */
export async function signInAsDemo(page: Page): Promise<void> {
  await page.getByLabel('E-mail').fill(DEMO_SIGN_IN.email);
  await page.getByLabel('Password').fill(DEMO_SIGN_IN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('workspace-name').getByText(DEMO_WORKSPACE.name).waitFor();
}

/** Signs in when the page asks for it; the browser profile may still hold a session from a test before. */
export async function ensureSignedIn(page: Page): Promise<void> {
  await page.locator('#sign-in-email, .app-nav').first().waitFor();
  if (await page.locator('#sign-in-email').isVisible()) await signInAsDemo(page);
}
