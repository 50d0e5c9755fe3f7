import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources (the "source" export condition),
// so `npm test` never depends on a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Guards against a hang, not speed limits: a busy machine is only slow (speed is measured by
    // `npm run bench` and `npm run loadtest`, not asserted by tests).
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // Starts a throwaway PostgreSQL where RAPPORT_TEST_POSTGRES_URL is not set, so both dialects run.
    globalSetup: ['test/global-setup.ts'],
  },
});
