import { type DriverErrorMapper, StorageError } from '../storage-error.js';

/** node-postgres reports server errors with the SQLSTATE in `code` and the constraint by name. */
export const mapPostgresError: DriverErrorMapper = (error) => {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  const constraint =
    'constraint' in error && typeof error.constraint === 'string' ? error.constraint : undefined;
  const details = constraint ? { constraint } : {};
  switch (error.code) {
    case '23505':
      return new StorageError('unique_violation', 'A row with the same key already exists', details, {
        cause: error,
      });
    case '23503':
      return new StorageError(
        'foreign_key_violation',
        'A referenced row does not exist in this workspace',
        details,
        {
          cause: error,
        },
      );
    case '23502':
    case '23514':
    case '22P02':
    case '22001':
    case '22021':
      return new StorageError('invalid_input', 'The value breaks a rule of the schema', details, {
        cause: error,
      });
    default:
      return undefined;
  }
};
