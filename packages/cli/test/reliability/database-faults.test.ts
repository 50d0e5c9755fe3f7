import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@rapport/server';
import { afterAll, describe, expect, it } from 'vitest';
import { genericDelivery, provisionWorkspace } from '../support/provision.js';
import { killHard, spawnRapport, startServer } from '../support/rapport-process.js';
import { postgresAdminUrl, postgresDatabase } from '../support/test-database.js';

// The database cannot be written or goes away: the process says so plainly and changes nothing,
// or (PostgreSQL) reports itself unhealthy and comes back on its own when the database does.

// Root ignores file modes, so a root test runner starts rapport as `nobody` for these checks.
const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-fault-'));
  chmodSync(dir, 0o755); // readable by `nobody`, writable only by the test
  cleanups.push(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('an unwritable database', () => {
  it('refuses to start in an unwritable data directory, naming it', { timeout: 600_000 }, async () => {
    const parent = tempDir();
    if (!user) chmodSync(parent, 0o555);
    const dataDir = join(parent, 'data');
    const proc = spawnRapport(
      ['serve', '--no-seed'],
      { PORT: '0', HOST: '127.0.0.1', RAPPORT_DATA_DIR: dataDir },
      {
        ...(user && { user }),
      },
    );
    expect(await proc.exited).toBe(1);
    expect(proc.stderr()).toContain(dataDir);
    expect(proc.stderr()).toMatch(/EACCES|permission denied/i);
    expect(proc.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('refuses a read-only database file with a clear error and leaves it untouched', {
    timeout: 600_000,
  }, async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'rapport.db');
    const setup = createStore({ dialect: 'sqlite', file });
    await setup.migrate();
    const workspace = await provisionWorkspace(setup, 'frozen');
    await setup.close();
    const before = sha256(file);
    chmodSync(file, 0o444);
    if (!user) chmodSync(dataDir, 0o555); // no journal files can be created beside it either

    const proc = spawnRapport(
      ['serve', '--no-seed'],
      { PORT: '0', HOST: '127.0.0.1', RAPPORT_DATA_DIR: dataDir },
      {
        ...(user && { user }),
      },
    );
    expect(await proc.exited).toBe(1);
    expect(proc.stderr()).toContain(`cannot write the database at ${file}`);
    expect(proc.stderr()).toContain('SQLITE_READONLY');
    expect(proc.stderr()).not.toMatch(/\n\s+at /);

    chmodSync(dataDir, 0o755);
    chmodSync(file, 0o644);
    expect(sha256(file)).toBe(before);
    const after = createStore({ dialect: 'sqlite', file });
    try {
      expect(await after.checkIntegrity()).toEqual({ ok: true, problems: [] });
      expect((await after.workspaces.getBySlug('frozen'))?.id).toBe(workspace.id);
    } finally {
      await after.close();
    }
  });
});

describe('losing the PostgreSQL connection', () => {
  it('answers 503 on /healthz while the database is gone and recovers on its own', {
    timeout: 600_000,
  }, async () => {
    const database = await postgresDatabase(postgresAdminUrl());
    cleanups.push(() => database.dispose());
    const setup = await database.openStore();
    const workspace = await provisionWorkspace(setup, 'flaky');
    await setup.close();
    const server = await startServer(database.env);
    cleanups.push(() => killHard(server));
    const health = async () => (await fetch(`${server.url}/healthz`)).status;
    const waitFor = async (status: number) => {
      for (let i = 0; i < 200; i++) {
        if ((await health()) === status) return status;
        await new Promise((r) => setTimeout(r, 100));
      }
      return health();
    };
    expect(await health()).toBe(200);

    await database.cutConnections(); // terminates the server's backends; no reconnection allowed
    expect(await waitFor(503)).toBe(503);
    const during = await fetch(`${server.url}/healthz`);
    expect((await during.json()).error.code).toBe('unavailable');
    expect(server.child.exitCode).toBeNull(); // still running, just unhealthy
    // A delivery now is refused with 503, which help desks retry; it is not acknowledged.
    const { headers, body } = genericDelivery(workspace.webhookSecret, {
      deliveryId: 'during-outage',
      conversationId: 'c-1',
      messageId: 'm-1',
      body: 'Is anyone there? The site was down.',
    });
    const deliver = () =>
      fetch(`${server.url}/api/webhooks/generic/flaky`, { method: 'POST', headers, body });
    const refused = await deliver();
    expect(refused.status).toBe(503);
    expect((await refused.json()).error.code).toBe('unavailable');

    await database.restoreConnections();
    expect(await waitFor(200)).toBe(200);
    // And it works again, writes included, with nothing restarted: the retry is stored once.
    const res = await deliver();
    expect(res.status).toBe(200);
    expect((await res.json()).storedMessages).toBe(1);
  });
});
