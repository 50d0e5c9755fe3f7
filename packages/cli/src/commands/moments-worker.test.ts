import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type OutboxItem } from '@rapport/server';
import { startSmtpCatcher } from '@rapport/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type RapportProcess, spawnRapport } from '../../test/support/rapport-process.js';

// A worker killed with SIGKILL in the middle of an SMTP conversation must, once restarted, leave
// every moment delivered exactly once. Only a real second process can show that.

function startWorker(env: Record<string, string>): RapportProcess {
  return spawnRapport(['moments', 'worker', '--poll-ms', '50', '--lease-seconds', '2'], {
    LOG_LEVEL: 'warn',
    ...env,
  });
}

/** Asks `probe` again until it answers, for as long as `worker` runs (the test's timeout ends a hang). */
async function waitFor<T>(
  what: string,
  worker: RapportProcess,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
      throw new Error(`the worker exited before ${what}:\n${worker.stdout()}${worker.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('rapport moments worker as a process', () => {
  it('is killed with SIGKILL mid-delivery, restarts, and sends every moment exactly once', {
    timeout: 600_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-moments-crash-'));
    dirs.push(dataDir);
    const store = createStore({ dialect: 'sqlite', file: join(dataDir, 'rapport.db') });
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'shop', name: 'Shop' });
    const scope = store.forWorkspace(ws.id);
    await scope.moments.rules.put({
      format: 'yaml',
      source: `rules:
  - id: thanks
    type: connection
    trigger: { kind: event, event: offer.used }
    action: { kind: email }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thank you, {{firstName}}", body: "Enjoy {{event.offer}}." }
`,
    });
    const recipients: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const email = `customer${i}@example.test`;
      recipients.push(email);
      const c = await scope.customers.create({ name: `Customer ${i}`, email });
      await scope.moments.events.record({
        customerId: c.id,
        type: 'offer.used',
        occurredAt: new Date().toISOString(),
        data: { offer: 'spring-10' },
      });
    }
    const smtp = await startSmtpCatcher();
    const env = { RAPPORT_DATA_DIR: dataDir, RAPPORT_SMTP_URL: smtp.url, RAPPORT_SEED_DEMO: 'false' };
    try {
      smtp.stallRecipients = true;
      const stalled = smtp.stalled();
      const first = startWorker(env);
      await Promise.race([
        stalled,
        first.exited.then(() =>
          Promise.reject(new Error(`worker exited:\n${first.stdout()}${first.stderr()}`)),
        ),
      ]);
      const inFlight = await scope.moments.outbox.list({ status: 'sending' });
      expect(inFlight.length).toBeGreaterThan(0);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBeNull();
      expect(smtp.messages).toEqual([]);

      smtp.stallRecipients = false;
      const second = startWorker(env);
      const items = await waitFor('every moment was sent', second, async () => {
        const all = await scope.moments.outbox.list();
        return all.length === 5 && all.every((m) => m.status === 'sent') ? all : undefined;
      });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(recipients);
      expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(5);
      const retried = items.filter((m: OutboxItem) => m.attempts === 2).map((m) => m.id);
      expect(retried).toEqual(expect.arrayContaining(inFlight.map((m) => m.id)));
    } finally {
      await smtp.close();
      await store.close();
    }
  });
});
