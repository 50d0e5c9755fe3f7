import { loadConfig } from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { cliLogger, openMigratedStore } from '../server-runtime.js';

/**
 * `rapport migrate`: brings the database named by `RAPPORT_DATA_DIR` / `DATABASE_URL` up to date
 * and checks it, without starting the server.
 */
export function migrateCommand(ctx: CliContext): Command {
  return new Command('migrate')
    .description('create or upgrade the database schema (SQLite in RAPPORT_DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      const config = loadConfig(ctx.env);
      const logger = cliLogger(config, ctx);
      const { store, migration, where } = await openMigratedStore(config, logger);
      try {
        const integrity = await store.checkIntegrity();
        const applied =
          migration.applied.length > 0 ? `applied ${migration.applied.join(', ')}` : 'already up to date';
        ctx.stdout.write(`Database ${where}: ${applied} (schema ${migration.latest ?? 'empty'}).\n`);
        if (!integrity.ok) {
          ctx.stderr.write(`Integrity check failed:\n${integrity.problems.join('\n')}\n`);
          process.exitCode = EXIT.failed;
        }
      } finally {
        await store.close();
      }
    });
}
