import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@rapport/server';
import { afterAll, describe, expect, it } from 'vitest';
import { provisionWorkspace } from '../support/provision.js';
import { killHard, spawnRapport } from '../support/rapport-process.js';
import { openTestDatabase, processDialects } from '../support/test-database.js';

// `rapport import` is SIGKILLed after some batches have committed. Running the same import again
// finishes the job: every message of the file is stored exactly once, each customer message with
// its analysis, and nothing committed before the kill is lost.

const CONVERSATIONS = 20;
const PER_CONVERSATION = 60;
const LINES = [
  'My parcel is late again and I have had no update for a week.',
  'I was charged twice, please refund me today.',
  'Thanks, that solved it!',
];

function writeExport(file: string): void {
  const rows: string[] = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    for (let m = 0; m < PER_CONVERSATION; m++) {
      rows.push(
        JSON.stringify({
          conversation_id: `K-${c}`,
          message_id: `k-${c}-${m}`,
          author: m % 2 === 0 ? 'customer' : 'agent',
          body: `${LINES[m % LINES.length]} (${c}/${m})`,
          created_at: new Date(Date.UTC(2026, 2, 1, 8, m)).toISOString(),
          customer_id: `kc-${c}`,
          customer_name: `Customer ${c}`,
          channel: 'email',
        }),
      );
    }
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
}

/** Messages stored from the export, and whether any conversation holds one twice. */
async function storedMessages(store: Store, workspaceId: string) {
  const ws = store.forWorkspace(workspaceId);
  let messages = 0;
  let customerMessages = 0;
  let analyses = 0;
  let duplicates = 0;
  for (let c = 0; c < CONVERSATIONS; c++) {
    const conversation = await ws.conversations.getByExternalId('crashtest', `K-${c}`);
    if (!conversation) continue;
    const list = await ws.messages.listByConversation(conversation.id, { limit: 100_000 });
    duplicates += list.length - new Set(list.map((m) => m.external?.id)).size;
    messages += list.length;
    customerMessages += list.filter((m) => m.authorKind === 'customer').length;
    analyses += (await ws.analyses.listByConversation(conversation.id)).length;
  }
  return { messages, customerMessages, analyses, duplicates };
}

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.each(processDialects(process.env))('SIGKILL during rapport import on %s', (dialect) => {
  it('loses no committed batch, and a second run completes it without duplicates', {
    timeout: 240_000,
  }, async () => {
    const database = await openTestDatabase(dialect);
    cleanups.push(() => database.dispose());
    const store = await database.openStore();
    cleanups.push(() => store.close());
    const workspace = await provisionWorkspace(store, 'importer');
    const dir = mkdtempSync(join(tmpdir(), 'rapport-export-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'export.jsonl');
    writeExport(file);
    const args = ['import', file, '--format', 'jsonl', '--source', 'crashtest', '--workspace', 'importer'];
    const env = { ...database.env, LOG_LEVEL: 'warn' };

    const first = spawnRapport([...args, '--no-progress', '--batch-size', '20'], env);
    cleanups.push(() => killHard(first));
    // Kill once some batches are committed and before the import could have finished.
    let before = await storedMessages(store, workspace.id);
    while (before.messages === 0 && first.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 20));
      before = await storedMessages(store, workspace.id);
    }
    await killHard(first);
    const atKill = await storedMessages(store, workspace.id);
    expect(atKill.messages).toBeGreaterThan(0);
    expect(atKill.messages).toBeLessThan(CONVERSATIONS * PER_CONVERSATION); // it really was cut short
    expect(atKill.duplicates).toBe(0);
    // Batches are transactions: no message was committed without its analysis.
    expect(atKill.analyses).toBe(atKill.customerMessages);

    const second = spawnRapport([...args, '--no-progress', '--json'], env);
    expect(await second.exited, second.stderr()).toBe(0);
    const after = await storedMessages(store, workspace.id);
    expect(after).toEqual({
      messages: CONVERSATIONS * PER_CONVERSATION,
      customerMessages: (CONVERSATIONS * PER_CONVERSATION) / 2,
      analyses: (CONVERSATIONS * PER_CONVERSATION) / 2,
      duplicates: 0,
    });
    if (dialect === 'sqlite') expect(await store.checkIntegrity()).toEqual({ ok: true, problems: [] });
  });
});
