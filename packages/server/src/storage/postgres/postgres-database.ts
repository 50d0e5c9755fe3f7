import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.js';

export interface PostgresDatabaseOptions {
  url: string;
  /** A schema to work in instead of `public` (tests use a fresh one per run). */
  schema?: string;
  poolSize?: number;
  /** Told when an idle pooled connection fails (the server restarted); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

/**
 * Connects a pool to PostgreSQL.
 * @example const db = openPostgresDatabase({ url: 'postgres://postgres@127.0.0.1:5432/rapport' });
 */
export function openPostgresDatabase({
  url,
  schema,
  poolSize = 10,
  onIdleError = () => {},
}: PostgresDatabaseOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  // Without a listener, an idle client losing its connection would crash the whole process.
  pool.on('error', onIdleError);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
