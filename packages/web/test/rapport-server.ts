import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApp,
  createLogger,
  createStore,
  ENGINE_ANALYZER,
  seedDemo,
  startServer,
} from '@rapport/server';

export interface RapportServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real Rapport server (API and web app) on 127.0.0.1, over a fresh SQLite database in a temp
 * folder with the demo workspace seeded (sign in with `DEMO_SIGN_IN`), serving the web app built into `webDir`.
 */
export async function startRapportServer(webDir: string): Promise<RapportServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-web-data-'));
  const store = createStore({ dialect: 'sqlite', file: join(dataDir, 'rapport.db') });
  await store.migrate();
  // As `rapport serve` does on first start: the demo with its customer messages analysed.
  await seedDemo(store, { now: new Date('2026-03-02T10:00:00Z'), analyzer: ENGINE_ANALYZER });
  const app = createApp({
    store,
    logger: createLogger({ level: 'silent' }),
    config: { bodyLimitBytes: 1_000_000, webDir },
  });
  const server = await startServer({ app, port: 0, host: '127.0.0.1' });
  return {
    url: `${server.url}/`,
    close: async () => {
      await server.close({ graceMs: 1000 });
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
