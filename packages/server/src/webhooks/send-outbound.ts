import type { Analysis } from '@rapport/engine';
import type { Logger } from '../log/index.js';
import type { Message, WorkspaceScope } from '../storage/index.js';
import { signRapport } from './signatures.js';

/** The body of `message.analyzed`: enough for a help desk to tag or prioritise the ticket. */
export interface AnalyzedEvent {
  event: 'message.analyzed';
  workspace: { id: string; slug: string };
  source: string;
  conversation: { id: string; externalId: string };
  message: { id: string; externalId: string | null; createdAt: string };
  analysis: {
    sentiment: Analysis['sentiment'];
    emotions: Array<{ label: string; score: number }>;
    intensity: number;
    risk: Analysis['risk'];
  };
}

export function analyzedEvent(
  workspace: { id: string; slug: string },
  source: string,
  conversation: { id: string; externalId: string },
  message: Message,
  analysis: Analysis,
): AnalyzedEvent {
  return {
    event: 'message.analyzed',
    workspace,
    source,
    conversation,
    message: { id: message.id, externalId: message.external?.id ?? null, createdAt: message.createdAt },
    // Scores and labels only: no customer text or evidence spans leave Rapport on this hook.
    analysis: {
      sentiment: analysis.sentiment,
      emotions: analysis.emotions.map(({ label, score }) => ({ label, score })),
      intensity: analysis.intensity,
      risk: analysis.risk,
    },
  };
}

export interface DeliverOptions {
  logger: Logger;
  clock?: () => Date;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
  /** Attempts before a delivery is given up (the first included). */
  maxAttempts?: number;
  /** At most this many deliveries per call. */
  limit?: number;
  /** Only these deliveries (the ones a request just queued). */
  ids?: readonly string[];
}

/** What one pass over the queue did. */
export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * The pause after the n-th failed attempt: 30 s, 2 min, 8 min, 32 min, ~2 h, then 4 h; with ten
 * attempts a target may be down for about 19 hours before an event is given up.
 * @example retryPauseMs(1) // 30_000
 */
export function retryPauseMs(failedAttempts: number): number {
  return Math.min(4 * 3600_000, 30_000 * 4 ** (failedAttempts - 1));
}

/**
 * Sends the due deliveries of one workspace's queue, each signed with its target's secret
 * (`X-Rapport-Signature`, `X-Rapport-Timestamp`, and `X-Rapport-Delivery`, the same on every
 * attempt so a receiver can drop repeats). A 2xx completes it; 4xx other than 408 and 429 gives
 * up at once (the target refuses it); anything else, a time-out or a network failure, retries
 * later until `maxAttempts`. Never throws for a failed send.
 */
export async function deliverDue(scope: WorkspaceScope, options: DeliverOptions): Promise<DeliveryReport> {
  const { logger, clock = () => new Date(), fetchFn = fetch, timeoutMs = 5000 } = options;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const now = clock();
  const claimed = await scope.outboundDeliveries.claimDue({
    now: now.toISOString(),
    // Longer than any attempt, so a worker that dies mid-send hands the row back by itself.
    leaseUntil: new Date(now.getTime() + timeoutMs + 60_000).toISOString(),
    limit: options.limit ?? 50,
    ...(options.ids && { ids: options.ids }),
  });
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      let status: number | null = null;
      let error = '';
      try {
        const res = await fetchFn(delivery.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Rapport-Webhook/1',
            'x-rapport-delivery': delivery.id,
            'x-rapport-event': delivery.event,
            ...signRapport(delivery.secret, delivery.body, clock()),
          },
          body: delivery.body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = res.status;
        await res.body?.cancel();
        if (res.ok) {
          await scope.outboundDeliveries.markSent(delivery.id, status);
          report.sent++;
          return;
        }
        error = `HTTP ${status}`;
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
      const refused = status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
      const log = {
        deliveryId: delivery.id,
        targetId: delivery.webhookId,
        attempt: delivery.attempts,
        status,
      };
      if (refused || delivery.attempts >= maxAttempts) {
        await scope.outboundDeliveries.markFailed(delivery.id, { status, error });
        logger.warn({ ...log, error }, 'outbound webhook gave up');
        report.failed++;
        return;
      }
      const retryAt = new Date(clock().getTime() + retryPauseMs(delivery.attempts)).toISOString();
      await scope.outboundDeliveries.markRetry(delivery.id, { status, error, retryAt });
      logger.warn({ ...log, error, retryAt }, 'outbound webhook failed; will retry');
      report.retried++;
    }),
  );
  return report;
}
