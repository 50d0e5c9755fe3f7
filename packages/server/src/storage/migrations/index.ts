export { type MigrationReport, migrateToLatest } from './migrate-to-latest.js';
export { MIGRATIONS } from './migrations.js';
