import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

const fixtures = new URL('../../../server/src/import/fixtures/', import.meta.url).pathname;

const run = (args: string[], env: Record<string, string>) => runCli(args, { env });

describe('rapport import, journey and customer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-cli-'));
  const env = { RAPPORT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a Zendesk export with a summary, then finds nothing new the second time', async () => {
    // A fresh data folder: the import creates the database and a workspace of its own.
    const first = await run(
      ['import', join(fixtures, 'zendesk-tickets.json'), '--format', 'zendesk', '--no-progress'],
      env,
    );
    expect(first.code).toBe(0);
    expect(first.err).toBe('Workspace: default (created now; `rapport workspace list` shows them all)\n');
    expect(first.out).toMatch(/conversations {2}3 new, 0 updated, 0 unchanged/);
    expect(first.out).toMatch(/messages {7}7 new, 0 updated, 0 unchanged/);
    expect(first.out).toMatch(/analysed 5 customer messages, remembered \d+ facts, redacted 1 card numbers/);
    const again = await run(
      ['import', join(fixtures, 'zendesk-tickets.json'), '--format', 'zendesk', '--no-progress', '--json'],
      env,
    );
    expect(JSON.parse(again.out)).toMatchObject({
      conversations: { created: 0, updated: 0, unchanged: 3 },
      messages: { created: 0, updated: 0, unchanged: 7 },
      skipped: 0,
    });
  });

  it('lists skipped rows by line and exits with 3', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      '{"conversation_id":"X","author":"customer","body":"hi","created_at":"2026-03-01T10:00:00Z"}\n{"conversation_id":"X","author":"customer","body":"hi"}\n',
    );
    const result = await run(['import', file, '--format', 'jsonl', '--no-progress'], env);
    expect(result.code).toBe(3);
    expect(result.out).toContain(
      'skipped 1 row:\n    line 2: created_at: is required (an ISO-8601 date-time)',
    );
    const missing = await run(['import', join(dir, 'nope.json'), '--format', 'zendesk'], env);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('nope.json: no such file') });
    const noFormat = await run(['import', file], env);
    expect(noFormat.code).toBe(2);
    expect(noFormat.err).toContain('--format: required, one of zendesk, freshdesk, intercom, csv, jsonl');
  });

  it('shows a conversation’s journey, as text and as JSON', async () => {
    const text = await run(['journey', 'zendesk:48250'], env);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Conversation zendesk:48250 “App keeps logging me out” (open, web)');
    expect(text.out).toMatch(/agent {5}inflamed \(-\d\.\d\d\)/);
    expect(text.out).toMatch(/Remembered: negative/);
    const json = JSON.parse((await run(['journey', 'zendesk:48250', '--json'], env)).out);
    expect(json.journey.replies[0].effect).toBe('inflamed');
    expect(json.journey.risk.churn).toBeGreaterThan(0.3);
    expect((await run(['journey', 'zendesk:1'], env)).err).toContain('no conversation zendesk:1');
  });

  it('shows, exports and erases a customer', async () => {
    const profile = await run(['customer', 'zendesk:9001'], env);
    expect(profile.code).toBe(0);
    expect(profile.out).toContain('Maria Lopez <maria.lopez@example.com>');
    expect(profile.out).toMatch(/Contact preferences:\n {2}channel: email/);
    expect(profile.out).toContain('husband: Carlos');
    const json = JSON.parse((await run(['customer', 'zendesk:9001', '--json'], env)).out);
    const id = json.customer.id as string;

    const out = join(dir, 'maria.json');
    const exported = await run(['customer', 'export', id, '--out', out], env);
    expect(exported.out).toContain('2 conversations, 4 messages');
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.customer.name).toBe('Maria Lopez');
    expect(data.conversations[0].messages[0].analysis.sentiment.label).toBe('negative');

    const refused = await run(['customer', 'erase', id], env);
    expect(refused.code).toBe(2);
    expect((await run(['customer', id], env)).code).toBe(0);
    const erased = await run(['customer', 'erase', id, '--yes'], env);
    expect(erased.out).toContain('2 conversations, 4 messages');
    expect((await run(['customer', id], env)).err).toContain(`no customer ${id}`);
    expect((await run(['journey', 'zendesk:48213'], env)).code).toBe(1);
    expect((await run(['customer', 'zendesk:9002'], env)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
