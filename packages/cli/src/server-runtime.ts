import {
  type Config,
  createLogger,
  createStore,
  type Logger,
  type LogLevel,
  type MigrationReport,
  type Store,
  storeOptionsFromConfig,
} from '@rapport/server';
import type { CliContext } from './context.js';

/** The store, migrated, and where it lives (for messages; never includes a password). */
export interface OpenedStore {
  store: Store;
  migration: MigrationReport;
  where: string;
}

/**
 * Opens the configured database and brings its schema up to date. Every verb that touches data
 * goes through here, so they all honour `RAPPORT_DATA_DIR` and `DATABASE_URL` the same way.
 */
export async function openMigratedStore(config: Config, logger: Logger): Promise<OpenedStore> {
  const configured = storeOptionsFromConfig(config);
  const options =
    configured.dialect === 'postgres'
      ? { ...configured, onIdleError: (err: Error) => logger.warn({ err }, 'idle database connection lost') }
      : configured;
  const where = options.dialect === 'sqlite' ? options.file : redactUrl(options.url);
  let store: Store | undefined;
  try {
    store = createStore(options);
    const migration = await store.migrate();
    logger.info({ dialect: options.dialect, where, applied: migration.applied }, 'database ready');
    return { store, migration, where };
  } catch (error) {
    await store?.close().catch(() => {});
    throw explainUnwritable(error, where);
  }
}

const UNWRITABLE = new Set([
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY_DIRECTORY',
  'EACCES',
  'EPERM',
  'EROFS',
]);

/**
 * A read-only database file or data directory fails deep inside the driver ("attempt to write a
 * readonly database"); say which file, and what to do, instead. Nothing has been written then.
 */
function explainUnwritable(error: unknown, where: string): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (!UNWRITABLE.has(code)) return error;
  return new Error(
    `cannot write the database at ${where} (${code}: ${(error as Error).message}); make the file and its directory writable by this user, or point RAPPORT_DATA_DIR elsewhere`,
    { cause: error },
  );
}

/**
 * How long a verb runs: `one-shot` verbs (reports, imports, JSON output) log only warnings and
 * errors unless asked for more, so a terminal or a pipe shows what was asked for; `long-running`
 * ones (`serve`, `moments worker`) log at the configured level (`info` by default).
 */
export type VerbKind = 'one-shot' | 'long-running';

const LEVELS: readonly LogLevel[] = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/**
 * The log level a verb runs with: `LOG_LEVEL` when set, `info` with `--verbose` (or whichever of
 * the two says more), otherwise `warn` for one-shot verbs and the configured default for the rest.
 * @example logLevelFor(config, { env: {}, verbose: false }, 'one-shot') // 'warn'
 */
export function logLevelFor(
  config: Config,
  ctx: Pick<CliContext, 'env' | 'verbose'>,
  kind: VerbKind,
): LogLevel {
  const explicit = (ctx.env.LOG_LEVEL ?? '').trim() !== '';
  const base: LogLevel = explicit || kind === 'long-running' ? config.logLevel : 'warn';
  if (!ctx.verbose) return base;
  return LEVELS.indexOf(base) > LEVELS.indexOf('info') ? base : 'info';
}

/**
 * JSON logs go to standard error so standard output stays for what the user asked for (the
 * document of `--json`, `--jsonl` and `--format`), at the level `logLevelFor` picks.
 */
export function cliLogger(config: Config, ctx: CliContext, kind: VerbKind = 'one-shot'): Logger {
  return createLogger({ level: logLevelFor(config, ctx, kind), destination: ctx.stderr });
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
