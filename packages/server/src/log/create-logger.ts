import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../config/index.js';
import { redactText, redactValue } from './redact.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: LogLevel;
  /** Where JSON lines go; standard output when omitted. Tests pass a stream they can read. */
  destination?: DestinationStream;
  /** Fields on every line, e.g. `{ service: 'rapport' }`. */
  base?: Record<string, unknown>;
}

/**
 * A pino logger whose every line has secrets, e-mail addresses and card numbers removed — in the
 * merged object and in the message — because customer text and request headers reach the logs.
 * @example const log = createLogger({ level: 'info' }); log.info({ email: 'a@b.co' }, 'signed in');
 */
export function createLogger({ level = 'info', destination, base = {} }: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: { service: 'rapport', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      log: (object: Record<string, unknown>) => redactValue(object) as Record<string, unknown>,
    },
    hooks: {
      // Messages are free text (they may quote a customer), so they get the same treatment.
      logMethod(this: Logger, args: Parameters<Logger['info']>, method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)),
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
