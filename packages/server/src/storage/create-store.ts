import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../config/index.js';
import { createIdGenerator } from './ids.js';
import { type MigrationReport, migrateToLatest } from './migrations/index.js';
import { mapPostgresError } from './postgres/map-postgres-error.js';
import { openPostgresDatabase } from './postgres/postgres-database.js';
import {
  type AuthRepository,
  authRepository,
  type RepositoryContext,
  type WorkspaceScope,
  type WorkspacesRepository,
  workspaceScope,
  workspacesRepository,
} from './repositories/index.js';
import type { Database } from './schema.js';
import { mapSqliteError } from './sqlite/map-sqlite-error.js';
import { openSqliteDatabase } from './sqlite/sqlite-database.js';
import type { DriverErrorMapper } from './storage-error.js';

export type Dialect = 'sqlite' | 'postgres';

interface CommonOptions {
  /** The clock for `created_at`/`updated_at`; tests pin it. */
  clock?: () => Date;
}

export type StoreOptions =
  | (CommonOptions & { dialect: 'sqlite'; file: string })
  | (CommonOptions & {
      dialect: 'postgres';
      url: string;
      schema?: string;
      poolSize?: number;
      onIdleError?: (error: Error) => void;
    });

/** The repositories, as seen inside or outside a transaction. */
export interface StoreRepositories {
  /** The tenants themselves (not customer data, so not scoped). */
  readonly workspaces: WorkspacesRepository;
  /** Sign-in, session and API-key lookups, made before the workspace is known. */
  readonly auth: AuthRepository;
  /** The repositories of one workspace; every query they run is limited to it. */
  forWorkspace(workspaceId: string): WorkspaceScope;
}

/** The database behind Rapport. Customer data is only reachable through `forWorkspace`. */
export interface Store extends StoreRepositories {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one transaction spanning workspaces and their data: if it throws, nothing it
   * wrote stays (creating a workspace together with its first rows, for instance).
   * @example await store.transaction(async (tx) => { const w = await tx.workspaces.create(...); ... });
   */
  transaction<T>(work: (tx: StoreRepositories) => Promise<T>): Promise<T>;
  /** Applies pending migrations. Safe to call on every start. */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers a query; rejects otherwise. */
  ping(): Promise<void>;
  /** SQLite's `PRAGMA integrity_check` (PostgreSQL keeps its own consistency: always ok). */
  checkIntegrity(): Promise<{ ok: boolean; problems: string[] }>;
  /** Closes the connections once in-flight queries are done. */
  close(): Promise<void>;
}

/**
 * Opens the store. Call `migrate()` before first use.
 * @example
 * const store = createStore({ dialect: 'sqlite', file: './data/rapport.db' });
 * await store.migrate();
 * const acme = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
 * await store.forWorkspace(acme.id).customers.create({ name: 'Ann' });
 */
export function createStore(options: StoreOptions): Store {
  const db: Kysely<Database> =
    options.dialect === 'sqlite'
      ? openSqliteDatabase(options.file)
      : openPostgresDatabase({
          url: options.url,
          ...(options.schema !== undefined && { schema: options.schema }),
          ...(options.poolSize !== undefined && { poolSize: options.poolSize }),
          ...(options.onIdleError !== undefined && { onIdleError: options.onIdleError }),
        });
  const mapError: DriverErrorMapper = options.dialect === 'sqlite' ? mapSqliteError : mapPostgresError;
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  const newId = createIdGenerator(() => clock().getTime());
  let closed: Promise<void> | undefined;

  const repositories = (handle: Kysely<Database>): StoreRepositories => ({
    workspaces: workspacesRepository({ db: handle, now, newId, mapError }),
    auth: authRepository({ db: handle, now }),
    forWorkspace(workspaceId) {
      if (typeof workspaceId !== 'string' || workspaceId.length === 0) {
        throw new TypeError('forWorkspace needs a workspace id');
      }
      const ctx: RepositoryContext = { db: handle, workspaceId, now, newId, mapError };
      return workspaceScope(ctx);
    },
  });

  return {
    dialect: options.dialect,
    ...repositories(db),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx))),
    migrate: () =>
      migrateToLatest(db, options.dialect === 'postgres' && options.schema ? { schema: options.schema } : {}),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    checkIntegrity: async () => {
      if (options.dialect !== 'sqlite') return { ok: true, problems: [] };
      const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
      return { ok: problems.length === 0, problems };
    },
    close: () => {
      closed ??= db.destroy();
      return closed;
    },
  };
}

/**
 * Where the configuration says the data lives: PostgreSQL when `DATABASE_URL` is set, otherwise
 * `rapport.db` in the data directory.
 * @example createStore(storeOptionsFromConfig(loadConfig(process.env)))
 */
export function storeOptionsFromConfig(config: Pick<Config, 'databaseUrl' | 'dataDir'>): StoreOptions {
  return config.databaseUrl
    ? { dialect: 'postgres', url: config.databaseUrl }
    : { dialect: 'sqlite', file: join(config.dataDir, 'rapport.db') };
}
