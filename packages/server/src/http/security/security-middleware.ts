import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { hashToken } from '../../auth/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { type BucketRule, TokenBuckets } from './token-bucket.js';

export interface RateLimits {
  /** Sign-in attempts per client address and e-mail address. */
  signIn: BucketRule;
  /** Sign-in attempts per client address, whatever address they try (stops spraying). */
  signInPerClient: BucketRule;
  /** Requests per API key; `false` turns it off (the load test measures the server, not the limit). */
  apiKey: BucketRule | false;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  signIn: { burst: 10, perMinute: 10 },
  signInPerClient: { burst: 30, perMinute: 60 },
  apiKey: { burst: 200, perMinute: 6000 },
};

/**
 * Security headers on every answer (hono/secure-headers): a Content-Security-Policy that allows
 * only Rapport's own scripts and WebAssembly (the web app has no inline script; the API reference
 * page has only an inline style), no framing, no MIME sniffing, no referrer leaking ids to other sites.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // 'wasm-unsafe-eval' lets the engine compile its WebAssembly scoring kernel (shipped in
      // Rapport's own script); it allows no JavaScript eval.
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
  });
}

/**
 * Token-bucket rate limits (in memory, per process): sign-in attempts per client and e-mail
 * address and per client, and requests per API key. Over the limit: 429 with `Retry-After`.
 * Mount on `/api/*` before authentication, so that a flood never reaches the password hashing.
 */
export function rateLimits(
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  now?: () => number,
): MiddlewareHandler<AppEnv> {
  const signIn = new TokenBuckets(limits.signIn, now);
  const signInPerClient = new TokenBuckets(limits.signInPerClient, now);
  const apiKeys = limits.apiKey ? new TokenBuckets(limits.apiKey, now) : undefined;
  return async (c, next) => {
    if (c.req.path === '/api/auth/sign-in' && c.req.method === 'POST') {
      const client = clientAddress(c);
      refuse(c, signInPerClient.take(client), 'Too many sign-in attempts from this address');
      const email = await emailOf(c);
      refuse(c, signIn.take(`${client} ${email}`), 'Too many sign-in attempts for this account');
    }
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer && apiKeys) refuse(c, apiKeys.take(hashToken(bearer)), 'Too many requests with this API key');
    return next();
  };
}

function refuse(c: Context<AppEnv>, retryAfterSeconds: number, message: string): void {
  if (retryAfterSeconds === 0) return;
  c.header('Retry-After', String(retryAfterSeconds));
  throw new ApiError('rate_limited', `${message}; try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
  });
}

/** The peer's address; requests built in-process (tests) have none and share one bucket. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The e-mail address a sign-in tries, lower-cased; the body stays readable for the route. */
async function emailOf(c: Context): Promise<string> {
  try {
    const body = (await c.req.json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 320) : '';
  } catch {
    return '';
  }
}
