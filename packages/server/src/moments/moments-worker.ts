import { hostname } from 'node:os';
import type { Logger } from '../log/index.js';
import type { OutboxItem, Store, WorkspaceScope } from '../storage/index.js';
import { pollLoop } from '../workers/poll-loop.js';
import { type MomentSender, PermanentDeliveryError } from './delivery/types.js';
import { deriveConversationEvents } from './derive-events.js';
import { scheduleMoments } from './plan-workspace.js';
import { loadRules } from './rules/load-rules.js';

export interface MomentsWorkerOptions {
  store: Store;
  logger: Logger;
  /** Senders per channel; a channel without one fails its moments visibly (after retries). */
  senders: { email?: MomentSender; webhook?: MomentSender };
  /** Names this worker in leases; unique per process. */
  workerId?: string;
  clock?: () => Date;
  /** How long a claimed moment is this worker's; must exceed any delivery's time-out. Default 5 min. */
  leaseMs?: number;
  /** Moments claimed per workspace per tick. Default 10. */
  batchSize?: number;
  /** Deliveries in flight at once within a batch. Default 1 (in order). */
  concurrency?: number;
  /** Attempts before a moment is marked failed. Default 8. */
  maxAttempts?: number;
  /** First retry delay; doubled each attempt (30 s, 1 min, 2 min... capped at 6 h). Default 30 s. */
  backoffMs?: number;
  /** Pause between ticks when there was nothing to do. Default 5 s. */
  pollMs?: number;
  /** How often the rules are evaluated into the outbox. Default every minute. */
  scheduleEveryMs?: number;
  /** How far ahead moments are put into the outbox. Default 2 days. */
  horizonDays?: number;
}

export interface TickReport {
  /** Events read from stored conversations (complaints, conversations that ended). */
  derived: number;
  scheduled: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

export interface MomentsWorker {
  readonly id: string;
  /** One pass: schedule (when due), then claim and deliver due moments in every workspace. */
  tick(): Promise<TickReport>;
  /** Ticks until `stop()`; a tick that found work is followed at once by another. */
  start(): void;
  /** Finishes the delivery in progress, then stops. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * The worker that empties the moments outbox. Exactly once, as far as this side can make it:
 * a moment is claimed under a lease in one statement (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so
 * several workers share the work; SQLite's single writer serialises claims), delivered with its
 * idempotency key, and marked sent only by the lease holder. A worker that dies mid-delivery
 * leaves the lease to expire; the next claim retries the moment with the same key.
 * @example
 * const worker = createMomentsWorker({ store, logger, senders: { email: smtpSender({ url, from }) } });
 * worker.start(); // ... await worker.stop();
 */
export function createMomentsWorker(options: MomentsWorkerOptions): MomentsWorker {
  const {
    store,
    logger,
    senders,
    clock = () => new Date(),
    leaseMs = 5 * 60_000,
    batchSize = 10,
    concurrency = 1,
    maxAttempts = 8,
    backoffMs = 30_000,
    pollMs = 5_000,
    scheduleEveryMs = 60_000,
    horizonDays = 2,
  } = options;
  const id = options.workerId ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const log = logger.child({ worker: id });
  let lastScheduleAt = Number.NEGATIVE_INFINITY;
  // Conversations are read for events from a day back at start, then from just before the last pass.
  let deriveSince = new Date(clock().getTime() - 86_400_000).toISOString();

  async function deliver(scope: WorkspaceScope, item: OutboxItem, report: TickReport): Promise<void> {
    const outbox = scope.moments.outbox;
    const ctx = { momentId: item.id, rule: item.ruleId, channel: item.channel, attempt: item.attempts };
    if (item.attempts > maxAttempts) {
      await outbox.markFailed(item.id, id, item.lastError ?? `gave up after ${maxAttempts} attempts`);
      report.failed++;
      return;
    }
    const optOuts = await scope.moments.optOuts.list(item.customerId);
    if (optOuts.some((o) => o.type === 'all' || o.type === item.type)) {
      await outbox.markCancelled(item.id, id, 'customer opted out before it was sent');
      report.cancelled++;
      return;
    }
    try {
      const sender = senders[item.channel];
      if (!sender) {
        throw new Error(
          item.channel === 'email'
            ? 'no SMTP server configured (set RAPPORT_SMTP_URL)'
            : 'no webhook secret configured (set RAPPORT_MOMENTS_WEBHOOK_SECRET)',
        );
      }
      await sender.send(item);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentDeliveryError || item.attempts >= maxAttempts) {
        await outbox.markFailed(
          item.id,
          id,
          `${message} (gave up after ${item.attempts} attempt${item.attempts === 1 ? '' : 's'})`,
        );
        log.warn({ ...ctx, error: message }, 'moment failed; giving up');
        report.failed++;
      } else {
        const delay = Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (item.attempts - 1));
        await outbox.markRetry(item.id, id, message, new Date(clock().getTime() + delay).toISOString());
        log.info({ ...ctx, error: message, retryInMs: delay }, 'moment delivery failed; will retry');
        report.retried++;
      }
      return;
    }
    if (await outbox.markSent(item.id, id, clock().toISOString())) report.sent++;
    else
      log.warn(ctx, 'moment sent, but its lease had passed to another worker (delivery outlasted the lease)');
  }

  async function tick(): Promise<TickReport> {
    const report: TickReport = { derived: 0, scheduled: 0, sent: 0, retried: 0, failed: 0, cancelled: 0 };
    const workspaces = await store.workspaces.list();
    const schedule = clock().getTime() - lastScheduleAt >= scheduleEveryMs;
    const nextDeriveSince = new Date(clock().getTime() - 5 * 60_000).toISOString();
    if (schedule) lastScheduleAt = clock().getTime();
    for (const workspace of workspaces) {
      const scope = store.forWorkspace(workspace.id);
      if (schedule) {
        try {
          report.derived += await deriveConversationEvents(scope, { since: deriveSince });
          const { added } = await scheduleMoments(scope, {
            now: clock(),
            horizonDays,
            workspaceName: workspace.name,
          });
          report.scheduled += added;
        } catch (error) {
          log.error({ err: error, workspaceId: workspace.id }, 'scheduling moments failed');
        }
      }
      const now = clock();
      const claimed = await scope.moments.outbox.claim({
        owner: id,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        limit: batchSize,
      });
      // A rule removed or switched off after its moments were queued no longer speaks for them.
      const enabled = claimed.length > 0 ? await enabledRuleIds(scope) : new Set<string>();
      // Deliveries wait on the network, so a few run at once; each item is still one claim, one send.
      await eachWithConcurrency(claimed, concurrency, async (item) => {
        if (loop.stopping) {
          // Hand back what this worker will not get to, instead of leaving it to the lease.
          await scope.moments.outbox.markRetry(
            item.id,
            id,
            item.lastError ?? 'worker stopped before sending',
            item.nextAttemptAt,
          );
          return;
        }
        if (!enabled.has(item.ruleId)) {
          await scope.moments.outbox.markCancelled(
            item.id,
            id,
            `rule ${item.ruleId} was removed or disabled`,
          );
          report.cancelled++;
          return;
        }
        await deliver(scope, item, report);
      });
    }
    if (schedule) deriveSince = nextDeriveSince;
    return report;
  }

  const loop = pollLoop(async () => {
    try {
      const report = await tick();
      const busy = report.sent + report.retried + report.failed + report.cancelled > 0;
      if (busy || report.scheduled > 0) log.info(report, 'moments tick');
      return busy;
    } catch (error) {
      log.error({ err: error }, 'moments tick failed');
      return false;
    }
  }, pollMs);

  return { id, tick, start: () => loop.start(), stop: () => loop.stop() };
}

async function enabledRuleIds(scope: WorkspaceScope): Promise<Set<string>> {
  const { ruleSet } = await loadRules(scope);
  return new Set(ruleSet.rules.filter((r) => r.enabled).map((r) => r.id));
}

async function eachWithConcurrency<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
