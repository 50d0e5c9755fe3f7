/** Every way a storage call can fail that the caller is expected to handle. */
export type StorageErrorCode = 'not_found' | 'unique_violation' | 'foreign_key_violation' | 'invalid_input';

export interface StorageErrorDetails {
  /** The entity the call was about, e.g. `customer`. */
  entity?: string;
  /** The constraint or field at fault, when the driver or validator says which. */
  constraint?: string;
  issues?: { path: string; message: string }[];
}

/**
 * The one error type the store throws for expected failures, the same on SQLite and PostgreSQL.
 * @example if (error instanceof StorageError && error.code === 'unique_violation') return conflict();
 */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly details: StorageErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A driver's error translated, or undefined when it is not one the caller can act on. */
export type DriverErrorMapper = (error: unknown) => StorageError | undefined;
