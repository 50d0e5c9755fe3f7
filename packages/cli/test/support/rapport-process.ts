import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The real `rapport` command as a child process, from the TypeScript sources through tsx (no
// stale build): what the reliability tests and the load test check — a SIGKILL mid-write, the
// logs a process writes, throughput over real sockets — only exists across processes.
const CLI_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
/** The compiled CLI (`npm run build`): what the load test measures, as users run it. */
const BUILT_CLI = fileURLToPath(new URL('../../bin/rapport.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface RapportProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves to the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
}

export interface RunningServer extends RapportProcess {
  url: string;
}

export interface SpawnOptions {
  /** Run the compiled CLI instead of the sources (it must have been built). */
  built?: boolean;
  /** Run as another user (a root test runner drops to `nobody` so file permissions apply). */
  user?: { uid: number; gid: number };
}

/** Starts `rapport <args>` with exactly `env` (plus PATH); nothing from the test's own environment leaks in. */
export function spawnRapport(
  args: string[],
  env: Record<string, string>,
  { built = false, user }: SpawnOptions = {},
): RapportProcess {
  const fromSource = [
    '--conditions=source',
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(CLI_ENTRY)}); process.exitCode = await main(${JSON.stringify(['node', 'rapport', ...args])});`,
  ];
  const child = spawn(process.execPath, built ? [BUILT_CLI, ...args] : fromSource, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    ...user,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/**
 * `rapport serve` on 127.0.0.1 and a free port, without the demo workspace; resolves once it
 * prints its address. `env` adds RAPPORT_DATA_DIR or DATABASE_URL, LOG_LEVEL and the like.
 */
export function startServer(
  env: Record<string, string>,
  { timeoutMs = 60_000, ...spawnOptions }: SpawnOptions & { timeoutMs?: number } = {},
): Promise<RunningServer> {
  const proc = spawnRapport(
    ['serve', '--no-seed'],
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RAPPORT_MOMENTS_WORKER: 'false', ...env },
    spawnOptions,
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${proc.stderr()}`));
    }, timeoutMs);
    const onData = () => {
      const match = /Rapport is running at (http:\/\/\S+)/.exec(proc.stdout());
      if (!match?.[1]) return;
      clearTimeout(timer);
      proc.child.stdout.off('data', onData);
      resolve({ ...proc, url: match[1] });
    };
    proc.child.stdout.on('data', onData);
    proc.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${proc.stderr()}`));
    });
  });
}

/** SIGKILL (no clean-up of any kind runs) and wait until the process is gone. */
export async function killHard(proc: RapportProcess): Promise<void> {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
  await proc.exited;
}

/** SIGTERM and wait for the graceful shutdown; resolves to the exit code. */
export async function stopGracefully(proc: RapportProcess): Promise<number | null> {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
  return proc.exited;
}
