import { type DriverErrorMapper, StorageError } from '../storage-error.js';

/** better-sqlite3 reports constraint failures as `SqliteError` with an extended result code. */
export const mapSqliteError: DriverErrorMapper = (error) => {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  const constraint = /constraint failed: (.+)$/.exec(error.message)?.[1];
  const details = constraint ? { constraint } : {};
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new StorageError('unique_violation', 'A row with the same key already exists', details, {
        cause: error,
      });
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new StorageError(
        'foreign_key_violation',
        'A referenced row does not exist in this workspace',
        details,
        {
          cause: error,
        },
      );
    case 'SQLITE_CONSTRAINT_NOTNULL':
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_MISMATCH':
    case 'SQLITE_TOOBIG':
      return new StorageError('invalid_input', 'The value breaks a rule of the schema', details, {
        cause: error,
      });
    default:
      return undefined;
  }
};
