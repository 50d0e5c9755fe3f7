import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error code the HTTP API answers with. Add a code here and the map below must follow. */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'invalid_reference'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

export const STATUS_BY_CODE = {
  bad_request: 400,
  invalid_json: 400,
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_reference: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId?: string; details?: unknown };
}

/**
 * The one error type handlers throw; `onError` renders it as `{ error: { code, message, details } }`.
 * @example throw new ApiError('not_found', 'No such conversation');
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.status = STATUS_BY_CODE[code];
  }
}
