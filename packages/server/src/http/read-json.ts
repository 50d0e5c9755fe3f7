import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

/**
 * Reads and validates a JSON body: malformed JSON is `invalid_json`, a wrong shape `invalid_input`.
 * @example const body = await readJson(c, createCustomerBody);
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (error) {
    throw new ApiError('invalid_json', 'The request body is not valid JSON', undefined, { cause: error });
  }
  return schema.parse(body);
}
