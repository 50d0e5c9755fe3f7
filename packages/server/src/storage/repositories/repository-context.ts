import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../schema.js';
import { type DriverErrorMapper, StorageError } from '../storage-error.js';

/** What every workspace-scoped repository is built from. The workspace id is fixed here, once. */
export interface RepositoryContext {
  readonly db: Kysely<Database>;
  readonly workspaceId: string;
  readonly now: () => string;
  readonly newId: () => string;
  readonly mapError: DriverErrorMapper;
}

/** Validates input at the repository edge; a bad value becomes `invalid_input`, never a driver error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, entity: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) {
    // PostgreSQL cannot store U+0000 in text; refusing it in both dialects keeps them identical.
    const path = findNulCharacter(result.data);
    if (path === undefined) return result.data;
    throw new StorageError('invalid_input', `Invalid ${entity}: text must not contain the NUL character`, {
      entity,
      issues: [{ path, message: 'must not contain the NUL character (U+0000)' }],
    });
  }
  throw new StorageError(
    'invalid_input',
    `Invalid ${entity}: ${result.error.issues[0]?.message ?? 'bad value'}`,
    {
      entity,
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    },
  );
}

/** Runs a query and turns the driver's constraint errors into `StorageError`s. */
export async function guard<T>(
  ctx: Pick<RepositoryContext, 'mapError'>,
  entity: string,
  run: () => Promise<T>,
) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    const mapped = ctx.mapError(error);
    if (mapped) {
      mapped.details.entity ??= entity;
      throw mapped;
    }
    throw error;
  }
}

export function notFound(entity: string, id: string): StorageError {
  return new StorageError('not_found', `No ${entity} with id ${id} in this workspace`, { entity });
}

/** Reads a JSON text column; a damaged value reads as empty rather than failing the whole list. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Runs `work` in a transaction, or inside the caller's one when the repository already belongs
 * to a transaction (Kysely cannot nest them), so multi-row writes are all-or-nothing either way.
 */
export async function inTransaction<T>(ctx: RepositoryContext, work: (db: Kysely<Database>) => Promise<T>) {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute((trx) => work(trx));
}

function findNulCharacter(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findNulCharacter(child, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
