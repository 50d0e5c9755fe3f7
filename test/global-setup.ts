import { chromiumExecutable } from './registry-chromium.js';
import { startThrowawayPostgres } from './throwaway-postgres.js';

// What `npm test` needs from the machine, found or brought along so that it passes on any clean
// one, both databases and the browser included. The variables set here are inherited by the
// test workers:
// - RAPPORT_TEST_POSTGRES_URL: the server it names (CI, the developers' machine), or else a
//   throwaway PostgreSQL started for the run and deleted after it;
// - RAPPORT_CHROMIUM: the browser it names, or Debian's, or else one from the npm registry.

export async function setup(): Promise<() => Promise<void>> {
  process.env.RAPPORT_CHROMIUM = await chromiumExecutable(process.env);
  if ((process.env.RAPPORT_TEST_POSTGRES_URL ?? '') !== '') return async () => {};
  const postgres = await startThrowawayPostgres();
  process.env.RAPPORT_TEST_POSTGRES_URL = postgres.url;
  return postgres.stop;
}
