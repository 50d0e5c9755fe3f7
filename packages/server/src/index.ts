/**
 * @rapport/server — configuration, logging, storage and the HTTP API. This file is the package's
 * only import point.
 */
export * from './auth/index.js';
export * from './config/index.js';
export * from './customers/index.js';
export * from './http/index.js';
export * from './import/index.js';
export * from './journey/index.js';
export * from './llm/index.js';
export { createLogger, type Logger, type LoggerOptions, redactText, redactValue } from './log/index.js';
export * from './moments/index.js';
export * from './privacy/index.js';
export * from './reviews/index.js';
export * from './roleplay/index.js';
export * from './seed/index.js';
export * from './storage/index.js';
export * from './team/index.js';
export * from './webhooks/index.js';
