import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { StorageError, type StorageErrorCode } from '../storage/index.js';
import { ApiError, type ErrorCode } from './api-error.js';
import { isDatabaseUnavailable } from './database-unavailable.js';

const CODE_BY_STORAGE_CODE = {
  not_found: 'not_found',
  unique_violation: 'conflict',
  foreign_key_violation: 'invalid_reference',
  invalid_input: 'invalid_input',
} as const satisfies Record<StorageErrorCode, ErrorCode>;

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'invalid_input',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Turns anything a handler threw into the API's one error type; unknown errors become `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StorageError) {
    return new ApiError(CODE_BY_STORAGE_CODE[error.code], error.message, error.details, { cause: error });
  }
  if (error instanceof ZodError) {
    return new ApiError(
      'invalid_input',
      'The request is not valid',
      { issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
      { cause: error },
    );
  }
  if (error instanceof HTTPException) {
    const code = CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'internal' : 'bad_request');
    return new ApiError(code, error.message || code.replaceAll('_', ' '), undefined, { cause: error });
  }
  if (isDatabaseUnavailable(error)) {
    return new ApiError(
      'unavailable',
      'The database is not available right now; try again shortly',
      undefined,
      {
        cause: error,
      },
    );
  }
  // Never echo an unexpected error's message: it may carry SQL, paths or customer text.
  return new ApiError('internal', 'Something went wrong on our side', undefined, { cause: error });
}
