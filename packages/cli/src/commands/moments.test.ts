import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@rapport/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rapport-moments-cli-'));
const env = { RAPPORT_DATA_DIR: dir, LOG_LEVEL: 'silent', USER: 'lead' };

const run = (...args: string[]) => runCli(['moments', ...args], { env });

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let boId = '';

describe('rapport moments', () => {
  beforeAll(async () => {
    const store = createStore({ dialect: 'sqlite', file: join(dir, 'rapport.db') });
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'shop', name: 'Shop' });
    const scope = store.forWorkspace(ws.id);
    // Born on a day five days from now (in a leap year, so 29 February works too); a customer whose
    // next anniversaries (2 and 3 years) are not among the default 1, 5 and 10.
    const birthday = `1992-${inDays(5).slice(5)}`;
    const since = `${Number(inDays(60).slice(0, 4)) - 2}-${inDays(60).slice(5).replace('02-29', '02-28')}`;
    await scope.customers.create({
      name: 'Ann Lee',
      email: 'ann@example.test',
      timeZone: 'Asia/Tokyo',
      birthday,
    });
    boId = (await scope.customers.create({ name: 'Bo Chen', email: 'bo@example.test', customerSince: since }))
      .id;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('previews the default rules: when, in whose time zone, and why', async () => {
    const { code, out } = await run('preview', '--days', '30');
    expect(code).toBe(0);
    expect(out).toMatch(
      /\d{4}-\d\d-\d\d 10:00 Asia\/Tokyo {2}elevation {2}birthday-note → Ann Lee {2}\(email\)/,
    );
    expect(out).toContain(`why: birthday on ${inDays(5).slice(5)}`);
    expect(out).toContain('subject: Happy birthday, Ann!');
    const json = JSON.parse((await run('preview', '--days', '30', '--json')).out);
    expect(json.due.map((m: { ruleId: string }) => m.ruleId)).toEqual(['birthday-note']);
    expect((await run('preview', '--days', 'many')).err).toContain('--days: must be a whole number');
  });

  it('validates rule files with line numbers and refuses to save a bad one', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'rules:\n  - id: x\n    type: joy\n');
    const { code, err } = await run('rules', 'validate', bad);
    expect(code).toBe(1);
    expect(err).toContain(
      'line 3, rules[0].type: must be one of elevation, insight, pride, connection, recovery',
    );
    expect((await run('rules', 'set', bad)).err).toContain('was not saved');
    expect((await run('rules', 'show')).out).toContain('id: birthday-note');
  });

  it('records an event, queues a recovery for review, and lets a person approve it', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        rules: [
          {
            id: 'recovery',
            type: 'recovery',
            trigger: { kind: 'event', event: 'conversation.ended' },
            when: { data: { ending: 'negative' } },
            action: { kind: 'review', deliver: 'email' },
            timing: { sendBetween: [0, 24], expiresAfterHours: 24 },
            message: { subject: 'Sorry, {{firstName}}', body: 'We will fix it.' },
          },
        ],
      }),
    );
    expect((await run('rules', 'set', rules)).out).toContain('Saved 1 rules for shop');
    const recorded = await run(
      'event',
      boId,
      'conversation.ended',
      '--data',
      '{"ending":"negative"}',
      '--key',
      'ticket-1',
    );
    expect(recorded.out).toContain('Recorded conversation.ended #1');
    expect((await run('event', boId, 'conversation.ended', '--key', 'ticket-1')).out).toContain(
      'Already recorded',
    );
    expect(JSON.parse((await run('worker', '--once')).out)).toMatchObject({ scheduled: 1, sent: 0 });
    const queue = JSON.parse((await run('queue', '--json')).out);
    expect(queue).toMatchObject([{ status: 'review', subject: 'Sorry, Bo', customerId: boId }]);
    expect((await run('approve', queue[0].id, '--subject', 'Bo, we are sorry')).code).toBe(0);
    expect(JSON.parse((await run('queue', '--status', 'pending', '--json')).out)).toMatchObject([
      { id: queue[0].id, subject: 'Bo, we are sorry', reviewedBy: 'lead' },
    ]);
    // No SMTP server is configured: the worker says so on the moment instead of dropping it.
    await run('worker', '--once', '--backoff-seconds', '0');
    const [pending] = JSON.parse((await run('queue', '--status', 'pending', '--json')).out);
    expect(pending.lastError).toBe('no SMTP server configured (set RAPPORT_SMTP_URL)');
    expect((await run('opt-out', boId)).out).toContain('1 queued moment(s) cancelled');
  });
});
