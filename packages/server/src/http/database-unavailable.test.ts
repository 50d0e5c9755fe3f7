import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toApiError } from './to-api-error.js';

describe('errors from a database that cannot take the request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-unavailable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answer 503 for a read-only SQLite file, 500 for a bug', () => {
    const file = join(dir, 'db.sqlite');
    new Database(file).exec('create table t (x)');
    const readOnly = new Database(file, { readonly: true });
    let error: unknown;
    try {
      readOnly.exec('insert into t values (1)');
    } catch (caught) {
      error = caught;
    }
    readOnly.close();
    expect(toApiError(error)).toMatchObject({ status: 503, code: 'unavailable' });
    expect(toApiError(new Error('Connection terminated unexpectedly'))).toMatchObject({ status: 503 });
    expect(toApiError(new TypeError('x is undefined'))).toMatchObject({ status: 500, code: 'internal' });
  });
});
