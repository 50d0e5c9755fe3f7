import { type ConfigEnv, configSchema, type LogLevel } from './config-schema.js';

/** Rapport's configuration, read once at start-up and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Where the embedded database and other files live. */
  readonly dataDir: string;
  /** PostgreSQL instead of the embedded SQLite database, when set. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: LogLevel;
  /** Largest request body the HTTP API accepts. */
  readonly bodyLimitBytes: number;
  /** The built web app to serve at `/`; undefined means the package's own `packages/web/dist`. */
  readonly webDir: string | undefined;
  /** Create the demo workspace on first start. */
  readonly seedDemo: boolean;
  /** An OpenAI-compatible endpoint that may write reply drafts; undefined when not configured. */
  readonly llm:
    | { readonly baseUrl: string; readonly model: string; readonly apiKey: string | undefined }
    | undefined;
  /** Moments: where e-mail goes out, who it is from, the webhook signing secret, and whether `serve` runs the worker. */
  readonly moments: {
    readonly smtpUrl: string | undefined;
    readonly mailFrom: string;
    readonly webhookSecret: string | undefined;
    readonly workerInServe: boolean;
  };
}

/** One wrong variable: its name and what is wrong with it. */
export interface ConfigProblem {
  code: 'invalid_env';
  variable: string;
  message: string;
}

/** Thrown by `loadConfig` with every problem found, not only the first. */
export class ConfigError extends Error {
  readonly code = 'invalid_config';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from environment variables (pass `process.env` at start-up; tests pass
 * their own object). Throws a `ConfigError` naming each wrong variable.
 * @example const config = loadConfig({ PORT: '8081', RAPPORT_DATA_DIR: '/tmp/rapport' });
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: ConfigEnv = {},
): Config {
  const parsed = configSchema.safeParse({ ...pick(env), ...overrides });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        code: 'invalid_env',
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }
  const e = parsed.data;
  const problems: ConfigProblem[] = [];
  if (e.RAPPORT_LLM_BASE_URL && !e.RAPPORT_LLM_MODEL) {
    problems.push({
      code: 'invalid_env',
      variable: 'RAPPORT_LLM_MODEL',
      message: 'is required when RAPPORT_LLM_BASE_URL is set',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: e.RAPPORT_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.RAPPORT_BODY_LIMIT_BYTES,
    webDir: e.RAPPORT_WEB_DIR,
    seedDemo: e.RAPPORT_SEED_DEMO,
    llm:
      e.RAPPORT_LLM_BASE_URL && e.RAPPORT_LLM_MODEL
        ? { baseUrl: e.RAPPORT_LLM_BASE_URL, model: e.RAPPORT_LLM_MODEL, apiKey: e.RAPPORT_LLM_API_KEY }
        : undefined,
    moments: {
      smtpUrl: e.RAPPORT_SMTP_URL,
      mailFrom: e.RAPPORT_MAIL_FROM,
      webhookSecret: e.RAPPORT_MOMENTS_WEBHOOK_SECRET,
      workerInServe: e.RAPPORT_MOMENTS_WORKER,
    },
  });
}

/** Only the variables the schema knows, so unrelated environment never reaches the parser. */
function pick(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(configSchema.shape)) out[key] = env[key];
  return out;
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}
