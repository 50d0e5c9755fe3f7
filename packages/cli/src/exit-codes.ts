/**
 * The exit status of every `rapport` verb, the same for all of them (packages/cli/README.md lists
 * them): scripts can tell "nothing was done, fix the command line" from "it ran and failed" and
 * from "it ran, but some input rows were left out".
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** It ran and could not finish: a database that cannot be written, a missing file, a record not found. */
  failed: 1,
  /** Bad usage: an unknown verb or option, a missing or invalid argument. Nothing was done. */
  usage: 2,
  /** Done, but some input rows were skipped or rejected (each is named on standard error or in the output). */
  partial: 3,
} as const satisfies Record<string, number>;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
