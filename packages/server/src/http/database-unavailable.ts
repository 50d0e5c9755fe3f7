/**
 * Errors that mean "the database cannot be reached or cannot take writes right now" rather than
 * "this request is wrong" or "our code is wrong": lost or refused connections, a server shutting
 * down, a role that may not log in, a locked or read-only SQLite file. They answer 503, which
 * help desks and load balancers retry, instead of 500.
 */
const UNAVAILABLE_CODES = new Set([
  // PostgreSQL: admin/crash shutdown, cannot connect now, too many connections, login refused
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '28000',
  '28P01',
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  // SQLite: locked past the busy timeout, read-only file, disk full, I/O error
  'SQLITE_BUSY',
  'SQLITE_READONLY',
  'SQLITE_FULL',
  'SQLITE_IOERR',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  // SQLSTATE class 08: connection exceptions.
  if (UNAVAILABLE_CODES.has(code) || /^08\w{3}$/.test(code) || code.startsWith('SQLITE_IOERR')) return true;
  // node-postgres reports a connection dropped mid-query without a code.
  return /^Connection terminated|^Client has encountered a connection error/.test(error.message);
}
