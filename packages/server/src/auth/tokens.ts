import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A new random secret (256 bits, base64url), with an optional readable prefix so a leaked key is
 * recognisable in logs and secret scanners (`rk_live_…`).
 * @example const key = newToken('rk_'); // 'rk_Vb3…'
 */
export function newToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 hex of a token: what the database keeps instead of the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two strings in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
