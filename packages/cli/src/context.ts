import type { Readable, Writable } from 'node:stream';

/**
 * What every CLI verb receives: the process environment (read once, by the verbs that need
 * configuration, through the server's config schema) and the standard streams, so tests can run
 * a verb in-process with their own streams.
 */
export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** `--verbose` was given: log at `info` (or lower, if LOG_LEVEL says so) even for one-shot verbs. */
  verbose?: boolean;
}
