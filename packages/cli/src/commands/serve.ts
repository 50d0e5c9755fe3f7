import { analyze } from '@rapport/engine';
import {
  createApp,
  createMomentsWorker,
  createOutboundWorker,
  DEMO_SIGN_IN,
  type DemoAnalyzer,
  loadConfig,
  momentSendersFromConfig,
  seedDemo,
  startServer,
} from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { cliLogger, openMigratedStore } from '../server-runtime.js';

/**
 * The engine's reader for the demo's customer messages, so the demo opens with analyses stored.
 * The engine exports no model version yet; this names the engine release that produced them.
 */
const demoAnalyzer: DemoAnalyzer = { analyze, modelVersion: 'rapport-engine-0.1.0' };

/**
 * `rapport serve`: migrates, seeds the demo workspace on first start, serves the API and the web
 * app, and shuts down gracefully on SIGTERM/SIGINT (in-flight requests finish, the database closes).
 */
export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('start the Rapport server (PORT, HOST, RAPPORT_DATA_DIR, DATABASE_URL, LOG_LEVEL)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--no-seed', 'do not create the demo workspace on first start')
    .action(async (options: { port?: string; seed: boolean }) => {
      const config = loadConfig(ctx.env, options.port === undefined ? {} : { PORT: options.port });
      const logger = cliLogger(config, ctx, 'long-running');
      const { store } = await openMigratedStore(config, logger);
      try {
        let demoCreated = false;
        if (config.seedDemo && options.seed && (await store.workspaces.list()).length === 0) {
          const { created } = await seedDemo(store, {
            now: new Date(),
            analyzer: demoAnalyzer,
          });
          logger.info({ created }, 'demo workspace created');
          demoCreated = true;
        }
        const app = createApp({ store, logger, config });
        const server = await startServer({ app, port: config.port, host: config.host }).catch(
          (error: unknown) => {
            if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
              throw new Error(
                `port ${config.port} is already in use; set PORT (and RAPPORT_DATA_DIR or DATABASE_URL) to run another instance beside it`,
              );
            }
            throw error;
          },
        );
        const demoLine = demoCreated
          ? `Demo workspace created: sign in as ${DEMO_SIGN_IN.email} with password ${DEMO_SIGN_IN.password}\n`
          : '';
        ctx.stdout.write(`Rapport is running at ${server.url}\n${demoLine}`);
        // The moments worker runs inside the server unless RAPPORT_MOMENTS_WORKER=false (then run
        // `rapport moments worker` on its own, as many as you like on PostgreSQL).
        const senders = momentSendersFromConfig(config);
        const moments = config.moments.workerInServe
          ? createMomentsWorker({ store, logger, senders })
          : undefined;
        moments?.start();
        // Retries outbound webhooks that failed, or were queued while the server was down.
        const outbound = createOutboundWorker({ store, logger });
        outbound.start();
        const signal = await nextShutdownSignal();
        logger.info({ signal }, 'shutting down: finishing in-flight requests');
        await Promise.all([moments?.stop(), outbound.stop()]);
        for (const sender of Object.values(senders)) await sender?.close?.();
        await server.close();
      } finally {
        await store.close();
      }
      logger.info('stopped; database closed');
    });
}

/** Resolves on the first SIGTERM or SIGINT; a second one means "now", and exits at once. */
function nextShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.once('SIGTERM', () => process.exit(1));
      process.once('SIGINT', () => process.exit(130));
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
