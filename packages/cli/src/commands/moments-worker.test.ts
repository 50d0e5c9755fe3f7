import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore, type OutboxItem } from '@rapport/server';
import { startSmtpCatcher } from '@rapport/server/testing';
import { afterAll, describe, expect, it } from 'vitest';

// A worker killed with SIGKILL in the middle of an SMTP conversation must, once restarted, leave
// every moment delivered exactly once. Only a real second process can show that.
const CLI_ENTRY = fileURLToPath(new URL('../index.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

interface Worker {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  output: () => string;
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(CLI_ENTRY)}); process.exitCode = await main(['node', 'rapport', 'moments', 'worker', '--poll-ms', '50', '--lease-seconds', '2']);`,
    ],
    { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('rapport moments worker as a process', () => {
  it('is killed with SIGKILL mid-delivery, restarts, and sends every moment exactly once', {
    timeout: 120_000,
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
        first.exited.then(() => Promise.reject(new Error(`worker exited:\n${first.output()}`))),
      ]);
      const inFlight = await scope.moments.outbox.list({ status: 'sending' });
      expect(inFlight.length).toBeGreaterThan(0);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBeNull();
      expect(smtp.messages).toEqual([]);

      smtp.stallRecipients = false;
      const second = startWorker(env);
      const items = await waitFor('every moment sent', async () => {
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
