import { createMomentsWorker, loadConfig, momentSendersFromConfig } from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { cliLogger, openMigratedStore } from '../../server-runtime.js';
import { wholeNumber } from '../open-workspace.js';

/**
 * `rapport moments worker`: schedules moments and empties the outbox until SIGTERM/SIGINT. Run
 * one per machine on PostgreSQL (they share the work); on SQLite run one (or let `rapport serve`
 * run it) — SQLite has one writer, and the lease keeps a second worker from sending twice anyway.
 */
export function momentsWorkerCommand(ctx: CliContext): Command {
  return new Command('worker')
    .description(
      'deliver moments: e-mail (RAPPORT_SMTP_URL) and signed webhooks (RAPPORT_MOMENTS_WEBHOOK_SECRET)',
    )
    .option('--once', 'one pass, then exit')
    .option('--poll-ms <ms>', 'pause between passes when idle', '5000')
    .option(
      '--lease-seconds <s>',
      'how long a claimed moment is this worker’s (longer than any delivery)',
      '300',
    )
    .option('--max-attempts <n>', 'attempts before a moment is marked failed', '8')
    .option('--backoff-seconds <s>', 'first retry delay, doubled each attempt', '30')
    .action(
      async (options: {
        once?: boolean;
        pollMs: string;
        leaseSeconds: string;
        maxAttempts: string;
        backoffSeconds: string;
      }) => {
        const config = loadConfig(ctx.env);
        const logger = cliLogger(config, ctx, options.once ? 'one-shot' : 'long-running');
        const { store } = await openMigratedStore(config, logger);
        const senders = momentSendersFromConfig(config);
        const running = createMomentsWorker({
          store,
          logger,
          senders,
          pollMs: wholeNumber('--poll-ms', options.pollMs, { min: 10 }),
          leaseMs: wholeNumber('--lease-seconds', options.leaseSeconds) * 1000,
          maxAttempts: wholeNumber('--max-attempts', options.maxAttempts),
          backoffMs: wholeNumber('--backoff-seconds', options.backoffSeconds, { min: 0 }) * 1000,
        });
        try {
          if (options.once) {
            const report = await running.tick();
            ctx.stdout.write(`${JSON.stringify(report)}\n`);
            return;
          }
          ctx.stdout.write(`Moments worker ${running.id} running\n`);
          running.start();
          await new Promise<void>((resolve) => {
            process.once('SIGTERM', () => resolve());
            process.once('SIGINT', () => resolve());
          });
          await running.stop();
        } finally {
          for (const sender of Object.values(senders)) await sender?.close?.();
          await store.close();
        }
      },
    );
}
