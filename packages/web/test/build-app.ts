import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const WEB_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Builds the app from its current sources into a temporary folder with the production config, so
 * the browser tests exercise exactly what `npm run build` ships, never a stale `dist/`.
 */
export async function buildApp(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-web-'));
  await build({
    configFile: join(WEB_ROOT, 'vite.config.ts'),
    root: WEB_ROOT,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
