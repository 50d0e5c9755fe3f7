/**
 * The command line asked for something that cannot be done as written (a bad flag value, a
 * missing argument, a workspace that does not exist). `main` prints the message on standard error
 * and exits with `EXIT.usage` (2); nothing has been changed.
 * @example throw new UsageError('--days: must be a whole number from 1 to 366');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
