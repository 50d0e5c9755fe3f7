import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'rapport_session';
export const CSRF_HEADER = 'X-CSRF-Token';
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Browsers accept `Secure` cookies over HTTPS and from loopback hosts; over plain HTTP elsewhere
 * a `Secure` cookie would silently never come back, so it is left off there (put Rapport behind
 * TLS in production; the proxy's `X-Forwarded-Proto: https` turns it on).
 */
function isSecureTransport(c: Context): boolean {
  const url = new URL(c.req.url);
  if (url.protocol === 'https:') return true;
  if (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** HttpOnly (scripts never see it), SameSite=Strict (other sites never send it), Secure where possible. */
export function writeSessionCookie(c: Context, token: string, expires: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isSecureTransport(c),
    expires,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecureTransport(c) });
}
