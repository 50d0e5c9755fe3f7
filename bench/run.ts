/**
 * `npm run bench`: runs every benchmark listed here, one after another, each in its own process
 * (one core each; they never overlap). Each is first bundled with esbuild into plain ESM, so the
 * figures are those of shipped JavaScript, not of the on-the-fly TypeScript loader (whose module
 * wrappers cost 10–20% on call-heavy code); if bundling fails, it runs through tsx instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BENCHES = ['emotion.ts', 'compose.ts', 'coach.ts', 'team.ts', 'import.ts', 'roleplay.ts', 'api.ts'];
// Benchmarks that load the server (native database drivers, CommonJS dependencies) run unbundled:
// they measure the database, not call overhead.
const UNBUNDLED = new Set(['team.ts', 'import.ts', 'api.ts']);

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const file of BENCHES) {
  const path = join(here, file);
  if (!existsSync(path)) continue;
  console.log(`\n=== ${file} ===`);
  // The bundle sits beside its source so that import.meta.url-relative paths (and "am I the
  // entry point?" checks) behave as they do under tsx; it is removed after the run.
  const bundled = join(here, `.${file.replace(/\.ts$/, '')}.bundle.mjs`);
  let args: string[];
  try {
    if (UNBUNDLED.has(file)) throw new Error('runs unbundled');
    await build({
      entryPoints: [path],
      outfile: bundled,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      packages: 'bundle',
      external: ['vader-sentiment', 'sentiment', 'esbuild'],
      logLevel: 'error',
    });
    args = [bundled];
  } catch {
    args = ['--conditions=source', '--import', 'tsx', path];
  }
  const result = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: join(here, '..'),
  });
  rmSync(bundled, { force: true });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
