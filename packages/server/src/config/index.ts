export { type ConfigEnv, configSchema, type LogLevel } from './config-schema.js';
export { type Config, ConfigError, type ConfigProblem, loadConfig } from './load-config.js';
