import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SIGN_IN } from '@rapport/server';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../test/support/rapport-process.js';
import { postgresAdminUrl } from '../../test/support/test-database.js';

// These tests run the real server as a child process (from the TypeScript sources through tsx),
// because what they check — a SIGKILL mid-write, a SIGTERM shutdown — only exists across processes.

/** `rapport serve` with the demo seeded on first start, as a newcomer runs it. */
function startServe(dataDir: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  return startServer(
    { RAPPORT_DATA_DIR: dataDir, RAPPORT_MOMENTS_WORKER: 'true', ...extraEnv },
    { args: ['serve'] },
  );
}

function integrityOf(file: string): string {
  const db = new Database(file);
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('\n');
  } finally {
    db.close();
  }
}

/** Signs in over HTTP; the answer's cookie and CSRF token authenticate later calls. */
async function signIn(url: string, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = await res.json();
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('rapport serve as a process', () => {
  it('survives SIGKILL in the middle of writes and shuts down cleanly on SIGTERM', {
    timeout: 600_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
    dirs.push(dataDir);
    const file = join(dataDir, 'rapport.db');

    const first = await startServe(dataDir);
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    // First start prints the demo sign-in; it works.
    const printed = /sign in as (\S+) with password (\S+)/.exec(first.stdout());
    expect(printed).not.toBeNull();
    const headers = await signIn(first.url, printed?.[1] ?? '', printed?.[2] ?? '');
    const workspace = (await (await fetch(`${first.url}/api/workspaces/current`, { headers })).json())
      .workspace;
    const { conversations } = await (await fetch(`${first.url}/api/conversations`, { headers })).json();
    const conversationId: string = conversations[0].id;
    const messagesUrl = `${first.url}/api/conversations/${conversationId}/messages`;
    const before: number = (await (await fetch(messagesUrl, { headers })).json()).messages.length;

    // Four writers append messages as fast as they can; the process is killed while they run.
    let acknowledged = 0;
    let stop = false;
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(messagesUrl, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              authorKind: 'customer',
              body: `writer ${n} message ${i}: still waiting!`,
            }),
          });
          if (res.status === 201) acknowledged++;
        } catch {
          return;
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    while (acknowledged < 150) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await first.exited;
    // The kill left a write-ahead log behind: this is a real crash, not a clean stop.
    expect(existsSync(`${file}-wal`)).toBe(true);

    // The file opens and is consistent even before the server recovers it.
    expect(integrityOf(file)).toBe('ok');

    const second = await startServe(dataDir);
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    expect(second.stdout()).not.toContain('sign in as');
    // No second demo workspace, and every write the client saw acknowledged is still there.
    const again = await signIn(second.url, printed?.[1] ?? '', printed?.[2] ?? '');
    expect(
      (await (await fetch(`${second.url}/api/workspaces/current`, { headers: again })).json()).workspace.id,
    ).toBe(workspace.id);
    const after: number = (
      await (
        await fetch(`${second.url}/api/conversations/${conversationId}/messages`, { headers: again })
      ).json()
    ).messages.length;
    expect(after).toBeGreaterThanOrEqual(before + acknowledged);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    // A clean close checkpoints the write-ahead log into the database file and removes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(integrityOf(file)).toBe('ok');
  });

  it('runs on PostgreSQL when DATABASE_URL is set', { timeout: 600_000 }, async () => {
    const url = new URL(postgresAdminUrl());
    const database = `rapport_serve_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`create database "${database}"`);
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'rapport-pg-'));
      dirs.push(dataDir);
      url.pathname = `/${database}`;
      const server = await startServe(dataDir, { DATABASE_URL: url.toString() });
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({
        status: 'ok',
        database: 'postgres',
      });
      const headers = await signIn(server.url, DEMO_SIGN_IN.email, DEMO_SIGN_IN.password);
      expect(
        (await (await fetch(`${server.url}/api/conversations`, { headers })).json()).conversations.length,
      ).toBeGreaterThan(0);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      // Nothing went to the SQLite file: DATABASE_URL replaces it.
      expect(existsSync(join(dataDir, 'rapport.db'))).toBe(false);
    } finally {
      await admin.query(`drop database if exists "${database}" with (force)`);
      await admin.end();
    }
  });

  it('says which port is taken when another process holds it', { timeout: 600_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'rapport-busy-'));
      dirs.push(dataDir);
      await expect(startServe(dataDir, { PORT: String(port) })).rejects.toThrow(
        new RegExp(`port ${port} is already in use; set PORT`),
      );
    } finally {
      holder.close();
    }
  });

  it('refuses to start with a bad variable, naming it', { timeout: 600_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-badenv-'));
    dirs.push(dataDir);
    await expect(startServe(dataDir, { PORT: 'eighty' })).rejects.toThrow(/PORT: must be a whole number/);
  });
});
