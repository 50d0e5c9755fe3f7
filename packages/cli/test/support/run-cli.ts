import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/index.js';

/** What one run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `rapport <args>` in this process, as `bin/rapport.js` would, with the given environment and
 * standard input, and captures what it writes. Resets `process.exitCode` afterwards, so a command
 * that reports failure (as the CLI does for rejected rows) does not fail the test run itself.
 * @example const { code, out } = await runCli(['analyze', '--jsonl'], { stdin: '{"id":1,"text":"hi"}' });
 */
export async function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await main(['node', 'rapport', ...args], {
    env: options.env ?? {},
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
  });
  process.exitCode = undefined;
  return { code, out, err };
}
