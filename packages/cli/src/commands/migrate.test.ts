import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { EXIT } from '../exit-codes.js';

const run = (env: Record<string, string>) => runCli(['migrate'], { env });

describe('rapport migrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the database in RAPPORT_DATA_DIR, then reports it up to date', async () => {
    const env = { RAPPORT_DATA_DIR: join(dir, 'nested', 'data'), LOG_LEVEL: 'silent' };
    const first = await run(env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('applied 0001-initial-schema');
    expect(existsSync(join(dir, 'nested', 'data', 'rapport.db'))).toBe(true);
    const second = await run(env);
    expect(second.out).toMatch(/already up to date \(schema \d{4}-[a-z-]+\)/);
  });

  it('names a wrong variable and exits with the usage status', async () => {
    const result = await run({ DATABASE_URL: 'mysql://nope', RAPPORT_DATA_DIR: dir });
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(/DATABASE_URL: must be a postgres:\/\//);
  });
});
