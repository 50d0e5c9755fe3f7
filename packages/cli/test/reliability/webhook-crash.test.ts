import { afterAll, describe, expect, it } from 'vitest';
import { genericDelivery, type ProvisionedWorkspace, provisionWorkspace } from '../support/provision.js';
import { killHard, type RunningServer, startServer, stopGracefully } from '../support/rapport-process.js';
import { openTestDatabase, processDialects, type TestDatabase } from '../support/test-database.js';

// A help desk posts webhooks in a burst and the server is SIGKILLed in the middle of it. The help
// desk retries everything it did not see acknowledged (and, to be hard on us, everything else
// too). Afterwards every acknowledged message is stored exactly once, with its analysis.

const SENDERS = 6;
const KILL_AFTER_ACKS = 120;

interface Attempt {
  deliveryId: string;
  conversationId: string;
  messageId: string;
  body: string;
  acknowledged: boolean;
}

function attemptFor(sender: number, i: number): Attempt {
  return {
    deliveryId: `d-${sender}-${i}`,
    conversationId: `c-${sender}`,
    messageId: `m-${sender}-${i}`,
    body: `Sender ${sender}, message ${i}: I was charged twice and nobody answers!`,
    acknowledged: false,
  };
}

async function deliver(server: RunningServer, workspace: ProvisionedWorkspace, attempt: Attempt) {
  const { headers, body } = genericDelivery(workspace.webhookSecret, attempt);
  const res = await fetch(`${server.url}/api/webhooks/generic/${workspace.slug}`, {
    method: 'POST',
    headers,
    body,
  });
  return { status: res.status, json: (await res.json()) as { duplicate?: boolean; storedMessages?: number } };
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.each(processDialects(process.env))('SIGKILL during a webhook burst on %s', (dialect) => {
  it('loses no acknowledged delivery and stores none twice', async () => {
    const database: TestDatabase = await openTestDatabase(dialect);
    cleanups.push(() => database.dispose());
    const setup = await database.openStore();
    const workspace = await provisionWorkspace(setup, 'burst');
    await setup.close();

    const first = await startServer(database.env);
    cleanups.push(() => killHard(first));
    const attempts: Attempt[] = [];
    let acknowledged = 0;
    let killed = false;
    const sender = async (n: number) => {
      for (let i = 0; !killed; i++) {
        const attempt = attemptFor(n, i);
        attempts.push(attempt);
        try {
          const { status } = await deliver(first, workspace, attempt);
          if (status === 200) {
            attempt.acknowledged = true;
            acknowledged++;
          }
        } catch {
          return; // the connection died with the server: not acknowledged
        }
      }
    };
    const senders = Array.from({ length: SENDERS }, (_, n) => sender(n));
    while (acknowledged < KILL_AFTER_ACKS) await new Promise((r) => setTimeout(r, 5));
    await killHard(first);
    killed = true;
    await Promise.all(senders);

    const second = await startServer(database.env);
    cleanups.push(() => killHard(second));
    // The help desk retries: what was acknowledged must come back as a duplicate, the rest is stored now.
    for (const attempt of attempts) {
      const { status, json } = await deliver(second, workspace, attempt);
      expect(status).toBe(200);
      if (attempt.acknowledged) expect(json.duplicate).toBe(true);
    }
    expect(await stopGracefully(second)).toBe(0);

    const store = await database.openStore();
    try {
      const ws = store.forWorkspace(workspace.id);
      let stored = 0;
      for (let n = 0; n < SENDERS; n++) {
        const conversation = await ws.conversations.getByExternalId('generic', `c-${n}`);
        expect(conversation).toBeDefined();
        const messages = await ws.messages.listByConversation(conversation?.id ?? '', { limit: 100_000 });
        const externalIds = messages.map((m) => m.external?.id);
        expect(new Set(externalIds).size).toBe(externalIds.length); // nothing twice
        const analyses = await ws.analyses.listByConversation(conversation?.id ?? '');
        expect(analyses.length).toBe(messages.length); // every customer message was analysed
        stored += messages.length;
      }
      // Every attempt (acknowledged before the kill or retried after it) is there, once.
      expect(stored).toBe(attempts.length);
      for (const attempt of attempts.filter((a) => a.acknowledged)) {
        expect(await ws.messages.getByExternalId('generic', attempt.messageId)).toBeDefined();
      }
      if (dialect === 'sqlite') expect(await store.checkIntegrity()).toEqual({ ok: true, problems: [] });
    } finally {
      await store.close();
    }
  });
});
