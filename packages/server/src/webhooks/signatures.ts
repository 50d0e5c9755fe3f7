import { createHmac } from 'node:crypto';
import { safeEqual } from '../auth/index.js';

/** The request as signature checks see it: lower-case header names, the exact body bytes as text. */
export interface SignedRequest {
  header(name: string): string | undefined;
  body: string;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Deliveries older (or further in the future) than this are refused, so a captured one cannot be replayed later. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

const hmac = (algorithm: 'sha1' | 'sha256', secret: string, text: string) =>
  createHmac(algorithm, secret).update(text, 'utf8');

/**
 * Zendesk: `X-Zendesk-Webhook-Signature` is base64(HMAC-SHA256(secret, timestamp + body)) with the
 * timestamp from `X-Zendesk-Webhook-Signature-Timestamp` (ISO 8601).
 */
export function verifyZendesk(req: SignedRequest, secret: string, now: Date): SignatureCheck {
  const signature = req.header('x-zendesk-webhook-signature');
  const timestamp = req.header('x-zendesk-webhook-signature-timestamp');
  if (!signature || !timestamp)
    return { ok: false, reason: 'missing X-Zendesk-Webhook-Signature or -Timestamp' };
  const fresh = checkFresh(Date.parse(timestamp), now);
  if (!fresh.ok) return fresh;
  const expected = hmac('sha256', secret, timestamp + req.body).digest('base64');
  return safeEqual(signature, expected) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

/** Intercom: `X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, body)>`. */
export function verifyIntercom(req: SignedRequest, secret: string): SignatureCheck {
  const signature = req.header('x-hub-signature');
  if (!signature) return { ok: false, reason: 'missing X-Hub-Signature' };
  const expected = `sha1=${hmac('sha1', secret, req.body).digest('hex')}`;
  return safeEqual(signature, expected) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

/**
 * Freshdesk automations cannot sign a request; they can send a custom header. Rapport asks for
 * `X-Rapport-Token: <secret>` and compares it in constant time.
 */
export function verifyFreshdesk(req: SignedRequest, secret: string): SignatureCheck {
  const token = req.header('x-rapport-token');
  if (!token) return { ok: false, reason: 'missing X-Rapport-Token' };
  return safeEqual(token, secret) ? { ok: true } : { ok: false, reason: 'token does not match' };
}

/**
 * Rapport's own scheme, used by the generic inbound webhook and by every outbound one:
 * `X-Rapport-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` and
 * `X-Rapport-Timestamp: <unix seconds>`.
 */
export function signRapport(secret: string, body: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    'x-rapport-timestamp': timestamp,
    'x-rapport-signature': `sha256=${hmac('sha256', secret, `${timestamp}.${body}`).digest('hex')}`,
  };
}

export function verifyRapport(req: SignedRequest, secret: string, now: Date): SignatureCheck {
  const signature = req.header('x-rapport-signature');
  const timestamp = req.header('x-rapport-timestamp');
  if (!signature || !timestamp)
    return { ok: false, reason: 'missing X-Rapport-Signature or X-Rapport-Timestamp' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'X-Rapport-Timestamp must be unix seconds' };
  const fresh = checkFresh(Number(timestamp) * 1000, now);
  if (!fresh.ok) return fresh;
  const expected = `sha256=${hmac('sha256', secret, `${timestamp}.${req.body}`).digest('hex')}`;
  return safeEqual(signature, expected) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

function checkFresh(at: number, now: Date): SignatureCheck {
  if (Number.isNaN(at)) return { ok: false, reason: 'timestamp is not a date' };
  return Math.abs(now.getTime() - at) <= MAX_SKEW_MS
    ? { ok: true }
    : { ok: false, reason: 'timestamp is more than 5 minutes away from now (replayed or clock skew)' };
}
