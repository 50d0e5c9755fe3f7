import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createStore, type Dialect, type Store } from '../create-store.js';

/**
 * The dialects a storage test runs on: both, always. PostgreSQL is the server named by
 * `RAPPORT_TEST_POSTGRES_URL`, which the test run's global setup (test/global-setup.ts) points at
 * a throwaway server where it was not set, so no suite is skipped for want of one. Tests loop over
 * this list; `env` is where `openTestStore` will look.
 */
export function testDialects(_env?: Readonly<Record<string, string | undefined>>): Dialect[] {
  return ['sqlite', 'postgres'];
}

export interface TestStore {
  store: Store;
  /** Closes the store and drops everything the run created (temp dir or PostgreSQL schema). */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty (unmigrated) store: SQLite in a new temp dir, or PostgreSQL in a new schema.
 * @example const { store, dispose } = await openTestStore('sqlite', process.env);
 */
export async function openTestStore(
  dialect: Dialect,
  env: Readonly<Record<string, string | undefined>>,
  options: { clock?: () => Date } = {},
): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
    const store = createStore({ dialect: 'sqlite', file: join(dir, 'rapport.db'), ...options });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = env.RAPPORT_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'RAPPORT_TEST_POSTGRES_URL is not set; run the tests through vitest (test/global-setup.ts)',
    );
  const schema = `rapport_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const store = createStore({ dialect: 'postgres', url, schema, poolSize: 4, ...options });
  return {
    store,
    dispose: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema "${schema}" cascade`);
      await cleanup.end();
    },
  };
}
