import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The real `rapport` command as a child process, from the TypeScript sources through tsx (no
// stale build): what the reliability tests and the load test check — a SIGKILL mid-write, the
// logs a process writes, throughput over real sockets — only exists across processes.
const CLI_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
/** The compiled CLI (`npm run build`): what the load test measures, as users run it. */
const BUILT_CLI = fileURLToPath(new URL('../../bin/rapport.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/**
 * tsx's loader, resolved from this repository rather than from the child's working directory, so
 * a child started anywhere (or as another user) loads the same tsx the tests run with.
 */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Node's arguments that run `rapport <args>` from the TypeScript sources. */
export function sourceArgs(args: readonly string[]): string[] {
  return [
    '--conditions=source',
    '--import',
    TSX_LOADER,
    '--input-type=module',
    '-e',
    `const { main } = await import(${JSON.stringify(pathToFileURL(CLI_ENTRY).href)}); process.exitCode = await main(${JSON.stringify(['node', 'rapport', ...args])});`,
  ];
}

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
  const child = spawn(process.execPath, built ? [BUILT_CLI, ...args] : sourceArgs(args), {
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
 * Resolves with the first match of `pattern` in what the process has written to `stream`, as soon
 * as it appears; rejects if the process exits first. There is no timer: a slow machine is only
 * slow, and the test's own timeout catches a process that hangs.
 */
export function waitForOutput(
  proc: RapportProcess,
  pattern: RegExp,
  stream: 'stdout' | 'stderr' = 'stdout',
): Promise<RegExpExecArray> {
  const text = stream === 'stdout' ? proc.stdout : proc.stderr;
  const source = proc.child[stream];
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(text());
      if (!match) return false;
      source.off('data', onData);
      resolve(match);
      return true;
    };
    // Registered after spawnRapport's own listener, so `text()` already holds the new chunk.
    const onData = () => check();
    if (check()) return;
    source.on('data', onData);
    proc.exited.then((code) => {
      if (check()) return;
      source.off('data', onData);
      reject(
        new Error(
          `rapport exited with ${code} before printing ${pattern}:\n${proc.stdout()}\n${proc.stderr()}`,
        ),
      );
    });
  });
}

/**
 * `rapport serve` on 127.0.0.1 and a free port, without the demo workspace unless `args` says
 * otherwise; resolves once it prints its address. `env` adds RAPPORT_DATA_DIR or DATABASE_URL,
 * LOG_LEVEL and the like.
 */
export async function startServer(
  env: Record<string, string>,
  { args = ['serve', '--no-seed'], ...spawnOptions }: SpawnOptions & { args?: string[] } = {},
): Promise<RunningServer> {
  const proc = spawnRapport(
    args,
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RAPPORT_MOMENTS_WORKER: 'false', ...env },
    spawnOptions,
  );
  const match = await waitForOutput(proc, /Rapport is running at (http:\/\/\S+)/);
  return { ...proc, url: match[1] ?? '' };
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
