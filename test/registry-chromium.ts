import { existsSync } from 'node:fs';
import Chromium from '@sparticuz/chromium';

/** Debian's Chromium, used when it is installed (`apt-get install -y chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser the web app's tests drive: `RAPPORT_CHROMIUM` when set, Debian's when installed,
 * and otherwise the headless Chromium that arrives through the npm registry (@sparticuz/chromium,
 * unpacked once to the temporary folder), which runs without any system package.
 */
export async function chromiumExecutable(env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const configured = env.RAPPORT_CHROMIUM ?? '';
  if (configured !== '') {
    if (!existsSync(configured)) throw new Error(`RAPPORT_CHROMIUM: ${configured} does not exist`);
    return configured;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return Chromium.executablePath();
}
