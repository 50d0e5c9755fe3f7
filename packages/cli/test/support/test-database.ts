import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Dialect, type Store, type StoreOptions } from '@rapport/server';
import pg from 'pg';

/** A database a `rapport` process and the test both open: a SQLite file, or a PostgreSQL role of its own. */
export interface TestDatabase {
  dialect: Dialect;
  /** What the `rapport` process needs in its environment to use it. */
  env: Record<string, string>;
  /** Opens (and migrates) the same database from the test, to provision it and to count rows. */
  openStore(): Promise<Store>;
  dispose(): Promise<void>;
}

export interface PostgresTestDatabase extends TestDatabase {
  /**
   * Simulates losing the database without touching the shared server: the role may no longer
   * log in and its connections are terminated (`pg_terminate_backend`), so every query and every
   * reconnection attempt of the `rapport` process fails until `restoreConnections()`.
   */
  cutConnections(): Promise<void>;
  restoreConnections(): Promise<void>;
}

/**
 * The dialects a process-level test runs on: both, always (the test run's global setup starts a
 * throwaway PostgreSQL where RAPPORT_TEST_POSTGRES_URL is not set).
 */
export function processDialects(_env?: Readonly<Record<string, string | undefined>>): Dialect[] {
  return ['sqlite', 'postgres'];
}

/** The PostgreSQL server the tests may create roles, schemas and databases on. */
export function postgresAdminUrl(): string {
  const url = process.env.RAPPORT_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'RAPPORT_TEST_POSTGRES_URL is not set; run the tests through vitest (test/global-setup.ts)',
    );
  return url;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') return sqliteDatabase();
  return postgresDatabase(postgresAdminUrl());
}

function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-reliability-'));
  return {
    dialect: 'sqlite',
    env: { RAPPORT_DATA_DIR: dir },
    openStore: () => migrated({ dialect: 'sqlite', file: join(dir, 'rapport.db') }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A login role with a schema of the same name: PostgreSQL's default search path ("$user", public)
 * puts everything the process creates there, and the role can be cut off without disturbing
 * anyone else on the shared server (never stop or restart the server itself).
 */
export async function postgresDatabase(adminUrl: string): Promise<PostgresTestDatabase> {
  const role = `rapport_rel_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e5)}`;
  const admin = async (statements: string[]) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const terminate = `select pg_terminate_backend(pid) from pg_stat_activity where usename = '${role}'`;
  await admin([`create role "${role}" login`, `create schema "${role}" authorization "${role}"`]);
  const url = new URL(adminUrl);
  url.username = role;
  url.password = '';
  return {
    dialect: 'postgres',
    env: { DATABASE_URL: url.toString() },
    openStore: () => migrated({ dialect: 'postgres', url: url.toString(), poolSize: 4 }),
    cutConnections: () => admin([`alter role "${role}" nologin`, terminate]),
    restoreConnections: () => admin([`alter role "${role}" login`]),
    dispose: () =>
      admin([
        `alter role "${role}" nologin`,
        terminate,
        `drop schema "${role}" cascade`,
        `drop role "${role}"`,
      ]),
  };
}

async function migrated(options: StoreOptions): Promise<Store> {
  const store = createStore(options);
  await store.migrate();
  return store;
}
