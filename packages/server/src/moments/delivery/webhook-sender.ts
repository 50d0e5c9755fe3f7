import { createHmac, timingSafeEqual } from 'node:crypto';
import type { OutboxItem } from '../../storage/index.js';
import { type MomentSender, PermanentDeliveryError } from './types.js';

export interface WebhookSenderOptions {
  /** Signs every delivery (RAPPORT_MOMENTS_WEBHOOK_SECRET). */
  secret: string;
  timeoutMs?: number;
  clock?: () => Date;
}

/** What a moment webhook receives as its JSON body. */
export interface MomentWebhookBody {
  id: string;
  idempotencyKey: string;
  type: string;
  ruleId: string;
  customerId: string;
  recipient: string | null;
  subject: string;
  body: string;
  scheduledFor: string;
  reason: string;
}

/**
 * Rapport's signature scheme (the same as its other outbound webhooks):
 * `X-Rapport-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` with
 * `X-Rapport-Timestamp: <unix seconds>`.
 */
export function signMomentWebhook(secret: string, body: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return { 'x-rapport-timestamp': timestamp, 'x-rapport-signature': `sha256=${signature}` };
}

/** For receivers (and tests): true when the signature matches and the timestamp is within 5 minutes. */
export function verifyMomentWebhook(
  secret: string,
  body: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  now: Date,
): boolean {
  if (!headers.signature || !headers.timestamp || !/^\d{1,12}$/.test(headers.timestamp)) return false;
  if (Math.abs(now.getTime() - Number(headers.timestamp) * 1000) > 5 * 60_000) return false;
  const expected = Buffer.from(
    signMomentWebhook(secret, body, new Date(Number(headers.timestamp) * 1000))['x-rapport-signature'] ?? '',
  );
  const given = Buffer.from(headers.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Posts moments as signed JSON. A 2xx is success; 408, 429 and 5xx are worth retrying; any other
 * answer is permanent (the receiver refused it).
 */
export function webhookSender({
  secret,
  timeoutMs = 10_000,
  clock = () => new Date(),
}: WebhookSenderOptions): MomentSender {
  return {
    async send(item: OutboxItem) {
      if (!item.webhookUrl) throw new PermanentDeliveryError('the moment has no webhook URL');
      const payload: MomentWebhookBody = {
        id: item.id,
        idempotencyKey: item.idempotencyKey,
        type: item.type,
        ruleId: item.ruleId,
        customerId: item.customerId,
        recipient: item.recipient,
        subject: item.subject,
        body: item.body,
        scheduledFor: item.scheduledFor,
        reason: item.reason,
      };
      const body = JSON.stringify(payload);
      let response: Response;
      try {
        response = await fetch(item.webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Rapport-Moments/1',
            'idempotency-key': item.idempotencyKey,
            ...signMomentWebhook(secret, body, clock()),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new Error(
          `webhook: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
        );
      }
      await response.body?.cancel();
      if (response.ok) return;
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      const message = `webhook answered HTTP ${response.status}`;
      throw retryable ? new Error(message) : new PermanentDeliveryError(message);
    },
  };
}
