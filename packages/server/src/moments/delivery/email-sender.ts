import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { OutboxItem } from '../../storage/index.js';
import { type MomentSender, PermanentDeliveryError } from './types.js';

export interface SmtpSenderOptions {
  /** `smtp://user:password@host:587` or `smtps://...:465` (RAPPORT_SMTP_URL). */
  url: string;
  /** `Name <address>` (RAPPORT_MAIL_FROM). */
  from: string;
  /** Per-phase socket time-out; keep it well under the worker's lease. Default 30 s. */
  timeoutMs?: number;
}

/** The `Message-ID` of a moment: the same for every attempt, so a resent copy can be recognised. */
export function momentMessageId(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@moments.rapport>`;
}

/**
 * Sends moments as plain-text e-mail over SMTP with nodemailer.
 * @example const email = smtpSender({ url: 'smtp://127.0.0.1:2525', from: 'Acme <care@acme.test>' });
 */
export function smtpSender({ url, from, timeoutMs = 30_000 }: SmtpSenderOptions): MomentSender {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // A self-hosted relay on the same network often has a self-signed certificate; STARTTLS is
    // still used when offered. Operators who need verification use smtps:// with a real certificate.
    tls: { rejectUnauthorized: false },
  });
  return {
    async send(item: OutboxItem) {
      if (!item.recipient) throw new PermanentDeliveryError('the moment has no recipient address');
      try {
        await transport.sendMail({
          from,
          to: item.recipient,
          subject: item.subject,
          text: item.body,
          messageId: momentMessageId(item.idempotencyKey),
          headers: { 'X-Rapport-Moment': item.ruleId, 'X-Rapport-Moment-Type': item.type },
        });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx replies (unknown mailbox, relay denied) will not change on a retry; 4xx and network errors may.
        if (typeof code === 'number' && code >= 500)
          throw new PermanentDeliveryError(`SMTP ${code}: ${firstLine(error)}`);
        throw new Error(`SMTP: ${firstLine(error)}`);
      }
    },
    close: () => transport.close(),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
}
