import type { OutboxItem } from '../../storage/index.js';

/**
 * Delivers one moment. Resolves when the other side has accepted it; rejects otherwise. Every
 * delivery carries the outbox item's idempotency key (e-mail `Message-ID`, webhook
 * `Idempotency-Key`), so a receiver can drop the copy that a crash between "accepted" and
 * "recorded as sent" would cause.
 */
export interface MomentSender {
  send(item: OutboxItem): Promise<void>;
  close?(): Promise<void> | void;
}

/** A failure the sender knows cannot succeed on a retry (a 4xx from a webhook, a refused address). */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}
