import type { Logger } from '../log/index.js';
import type { Store } from '../storage/index.js';
import { pollLoop } from '../workers/poll-loop.js';
import { type DeliveryReport, deliverDue } from './send-outbound.js';

export interface OutboundWorkerOptions {
  store: Store;
  logger: Logger;
  clock?: () => Date;
  fetchFn?: typeof fetch;
  /** How long an idle worker waits before it looks at the queue again. */
  pollMs?: number;
  maxAttempts?: number;
}

export interface OutboundWorker {
  /** One pass over every workspace's due deliveries. */
  tick(): Promise<DeliveryReport>;
  start(): void;
  /** Finishes the pass in progress, then stops. */
  stop(): Promise<void>;
}

/**
 * Retries queued outbound webhooks in the background (`rapport serve` runs one). Requests send
 * their own deliveries at once; this picks up whatever failed, or was queued while the server
 * was down. Several workers (or servers) may share a PostgreSQL database: each delivery is
 * claimed by one of them.
 * @example const worker = createOutboundWorker({ store, logger }); worker.start();
 */
export function createOutboundWorker(options: OutboundWorkerOptions): OutboundWorker {
  const { store, logger, pollMs = 5000 } = options;
  const log = logger.child({ worker: 'outbound-webhooks' });
  async function tick(): Promise<DeliveryReport> {
    const total: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
    for (const workspace of await store.workspaces.list()) {
      const report = await deliverDue(store.forWorkspace(workspace.id), {
        logger: log,
        ...(options.clock && { clock: options.clock }),
        ...(options.fetchFn && { fetchFn: options.fetchFn }),
        ...(options.maxAttempts && { maxAttempts: options.maxAttempts }),
      });
      total.sent += report.sent;
      total.retried += report.retried;
      total.failed += report.failed;
    }
    return total;
  }

  const loop = pollLoop(async () => {
    try {
      const report = await tick();
      const busy = report.sent + report.retried + report.failed > 0;
      if (busy) log.info(report, 'outbound webhooks tick');
      return busy;
    } catch (error) {
      log.error({ err: error }, 'outbound webhooks tick failed');
      return false;
    }
  }, pollMs);

  return { tick, start: () => loop.start(), stop: () => loop.stop() };
}
