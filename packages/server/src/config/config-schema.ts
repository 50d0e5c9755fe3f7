import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings in the environment mean "not set": `PORT= rapport serve` should use the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/**
 * The one schema that turns environment variables into Rapport's configuration. Each key is the
 * variable's own name so that an error can name the variable the operator has to fix.
 */
export const configSchema = z.object({
  PORT: optional(
    z.coerce
      .number({ error: 'must be a whole number between 0 and 65535' })
      .int({ error: 'must be a whole number between 0 and 65535' })
      .min(0, { error: 'must be a whole number between 0 and 65535' })
      .max(65535, { error: 'must be a whole number between 0 and 65535' }),
  ).default(8080),
  HOST: optional(z.string().min(1)).default('0.0.0.0'),
  RAPPORT_DATA_DIR: optional(z.string().min(1)).default('./data'),
  DATABASE_URL: optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error:
        'must be a postgres:// or postgresql:// URL (leave it unset to use the embedded SQLite database)',
    }),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })).default(
    'info',
  ),
  RAPPORT_BODY_LIMIT_BYTES: optional(
    z.coerce
      .number({ error: 'must be a positive whole number of bytes' })
      .int({ error: 'must be a positive whole number of bytes' })
      .positive({ error: 'must be a positive whole number of bytes' }),
  ).default(1_048_576),
  RAPPORT_WEB_DIR: optional(z.string().min(1)),
  RAPPORT_SEED_DEMO: optional(
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .transform((v) => v === 'true' || v === '1'),
  ).default(true),
  RAPPORT_LLM_BASE_URL: optional(httpUrl),
  RAPPORT_LLM_MODEL: optional(z.string().min(1)),
  RAPPORT_LLM_API_KEY: optional(z.string().min(1)),
  RAPPORT_SMTP_URL: optional(
    z.url({
      protocol: /^smtps?$/,
      error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587',
    }),
  ),
  RAPPORT_MAIL_FROM: optional(z.string().min(3)).default('Rapport <moments@localhost>'),
  RAPPORT_MOMENTS_WEBHOOK_SECRET: optional(
    z.string().min(16, { error: 'must be at least 16 characters (it signs outbound moment webhooks)' }),
  ),
  RAPPORT_MOMENTS_WORKER: optional(
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .transform((v) => v === 'true' || v === '1'),
  ).default(true),
});

export type ConfigEnv = z.input<typeof configSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];
