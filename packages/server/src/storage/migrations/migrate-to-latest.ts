import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import type { Database } from '../schema.js';
import { MIGRATIONS } from './migrations.js';

/** What a migration run did: the names it applied, in order (empty when already up to date). */
export interface MigrationReport {
  applied: string[];
  latest: string | undefined;
}

/**
 * Brings the schema up to date; each migration runs in its own transaction, so a failure leaves
 * the database at the last good version.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { schema?: string } = {},
): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    // Kysely looks for its bookkeeping tables in every schema it can see unless told which one;
    // a second Rapport schema in the same database (tests, a benchmark) would otherwise fool it.
    ...(options.schema !== undefined && { migrationTableSchema: options.schema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
  const names = Object.keys(MIGRATIONS).sort();
  return {
    applied: results.filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName),
    latest: names[names.length - 1],
  };
}
