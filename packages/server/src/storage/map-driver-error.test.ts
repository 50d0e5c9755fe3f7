import { describe, expect, it } from 'vitest';
import { mapPostgresError } from './postgres/map-postgres-error.js';
import { mapSqliteError } from './sqlite/map-sqlite-error.js';

// Constraint errors the repositories cannot provoke through validated input (CHECK, NOT NULL)
// still need the same code on both drivers; these are the drivers' real error shapes.
function driverError(message: string, fields: Record<string, string>): Error {
  return Object.assign(new Error(message), fields);
}

describe('driver error mapping', () => {
  it('maps SQLite extended result codes', () => {
    const unique = mapSqliteError(
      driverError('UNIQUE constraint failed: users.workspace_id, users.email', {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
      }),
    );
    expect(unique).toMatchObject({
      code: 'unique_violation',
      details: { constraint: 'users.workspace_id, users.email' },
    });
    expect(
      mapSqliteError(driverError('FOREIGN KEY constraint failed', { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))
        ?.code,
    ).toBe('foreign_key_violation');
    expect(
      mapSqliteError(driverError('CHECK constraint failed: role', { code: 'SQLITE_CONSTRAINT_CHECK' }))?.code,
    ).toBe('invalid_input');
    expect(
      mapSqliteError(
        driverError('NOT NULL constraint failed: users.name', { code: 'SQLITE_CONSTRAINT_NOTNULL' }),
      )?.code,
    ).toBe('invalid_input');
    expect(mapSqliteError(driverError('database is locked', { code: 'SQLITE_BUSY' }))).toBeUndefined();
    expect(mapSqliteError('not an error')).toBeUndefined();
  });

  it('maps PostgreSQL SQLSTATEs', () => {
    const unique = mapPostgresError(
      driverError('duplicate key', { code: '23505', constraint: 'users_workspace_email_key' }),
    );
    expect(unique).toMatchObject({
      code: 'unique_violation',
      details: { constraint: 'users_workspace_email_key' },
    });
    expect(mapPostgresError(driverError('fk', { code: '23503' }))?.code).toBe('foreign_key_violation');
    expect(mapPostgresError(driverError('check', { code: '23514' }))?.code).toBe('invalid_input');
    expect(mapPostgresError(driverError('not null', { code: '23502' }))?.code).toBe('invalid_input');
    expect(mapPostgresError(driverError('connection refused', { code: 'ECONNREFUSED' }))).toBeUndefined();
  });
});
