export { createLogger, type Logger, type LoggerOptions } from './create-logger.js';
export { passesLuhn, REDACTED, redactText, redactValue } from './redact.js';
