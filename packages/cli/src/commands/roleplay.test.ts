import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@rapport/engine';
import { createStore } from '@rapport/server';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnRapport, waitForOutput } from '../../test/support/rapport-process.js';
import { runCli } from '../../test/support/run-cli.js';
import { parseReplies } from './roleplay.js';

const dir = mkdtempSync(join(tmpdir(), 'rapport-roleplay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  runCli(['roleplay', ...args], { env: { LOG_LEVEL: 'silent', ...env } });

const GOOD = [
  "Maria, I'm so sorry, being charged twice and having your rent bounce is awful, and that's on us. Could you tell me the amount and the day both charges were taken?",
  'Thank you. Has the bounced rent payment cost you anything else, like a fee?',
  "I'll refund the second charge today and cover the late fee too, or if you prefer I can credit both to your account right now. I'll email you confirmation within the hour.",
];

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('rapport roleplay --list', () => {
  it('lists ids, titles and personas, as text and as JSON, with the facts hidden', async () => {
    const text = await run(['--list']);
    expect(text.code).toBe(0);
    expect(text.out.trim().split('\n').length).toBeGreaterThanOrEqual(15);
    expect(text.out).toMatch(/charged-twice\s+banking\s+Maria Lopez \(angry\): Charged twice/);
    const json = await run(['--list', '--json']);
    const list = JSON.parse(json.out) as { id: string; title: string; persona: { name: string } }[];
    expect(list.map((s) => s.id)).toContain('late-parent-account');
    expect(list[0]).toMatchObject({
      id: 'charged-twice',
      title: 'Charged twice',
      persona: { name: 'Maria Lopez' },
    });
    expect(json.out).not.toContain('249 euros');
  });
});

describe('rapport roleplay --scenario ID --replies FILE --json', () => {
  it('prints the transcript with the feeling after every turn, and the debrief', async () => {
    const replies = file('good.txt', `${[...GOOD, 'One more thing.'].join('\n')}\n`);
    const { code, out } = await run([
      '--scenario',
      'charged-twice',
      '--replies',
      replies,
      '--json',
      '--seed',
      '3',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.status).toBe('solved');
    expect(result.start).toMatchObject({ emotion: 'anger', intensity: 0.8 });
    expect(result.turns).toHaveLength(3);
    for (const turn of result.turns) {
      expect(typeof turn.emotion).toBe('string');
      expect(turn.intensity).toBeGreaterThanOrEqual(0);
      expect(turn.customer.length).toBeGreaterThan(0);
    }
    expect(result.turns[0].intensity).toBeLessThan(0.8);
    expect(result.turns[2].emotion).toBe('gratitude');
    expect(result.unusedReplies).toBe(1);
    expect(result.debrief.turningPoints[0].quote).toContain("I'm so sorry");
    expect(result.debrief.weakest.rewrite.length).toBeGreaterThan(40);
    // Same seed, same replies: the same session, byte for byte.
    expect(
      (await run(['--scenario', 'charged-twice', '--replies', replies, '--json', '--seed', '3'])).out,
    ).toBe(out);
  });

  it('shows a dismissive trainee the customer leaving, from a JSON array of replies', async () => {
    const replies = file(
      'bad.json',
      JSON.stringify(['Calm down. As I already said, it is our policy.', 'Calm down.']),
    );
    const result = JSON.parse(
      (await run(['--scenario', 'charged-twice', '--replies', replies, '--json'])).out,
    );
    expect(result.turns[0].intensity).toBeGreaterThan(0.8);
    expect(result.status).toBe('left');
    expect(result.debrief.outcome).toBe('left');
  });

  it('prints a readable transcript and debrief without --json', async () => {
    const { out } = await run([
      '--scenario',
      'charged-twice',
      '--replies',
      file('good2.txt', GOOD.join('\n')),
    ]);
    expect(out).toMatch(/^Charged twice — Maria Lopez/);
    expect(out).toMatch(/\[anger 0\.80/);
    expect(out).toMatch(/— Debrief: Solved —/);
    expect(out).toMatch(/A stronger version \(coach \d+\/100\)/);
  });

  it('says what is wrong with the options, naming them', async () => {
    const unknown = await run(['--scenario', 'nope', '--replies', file('x.txt', 'hi')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--scenario: no scenario "nope"/);
    const missing = await run(['--scenario', 'charged-twice', '--replies', join(dir, 'missing.txt')]);
    expect(missing.err).toMatch(/--replies: cannot read .*ENOENT/);
    const badJson = await run(['--scenario', 'charged-twice', '--replies', file('bad2.json', '["a",')]);
    expect(badJson.err).toMatch(/--replies: .*not valid JSON/);
    const noReplies = await run(['--scenario', 'charged-twice', '--json']);
    expect(noReplies.err).toMatch(/--json needs --replies/);
    const seed = await run(['--list', '--seed', '-1']);
    expect(seed.err).toMatch(/--seed must be a whole number/);
  });

  it('reads replies one per line or as a JSON array of strings', () => {
    expect(parseReplies('first\n\n second \r\nthird\n')).toEqual(['first', ' second ', 'third']);
    expect(parseReplies('["a", "b"]')).toEqual(['a', 'b']);
    expect(() => parseReplies('[1, 2]')).toThrow(/array of strings/);
  });
});

describe('rapport roleplay --conversation ID', () => {
  it('practises a stored conversation from the configured database', async () => {
    const dataDir = mkdtempSync(join(dir, 'data-'));
    const store = createStore({ dialect: 'sqlite', file: join(dataDir, 'rapport.db') });
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
    const scope = store.forWorkspace(ws.id);
    const conversation = await scope.conversations.create({ channel: 'email', subject: 'Broken kettle' });
    for (const [authorKind, body] of [
      ['customer', 'My kettle arrived broken and nobody replies to me! This is so frustrating.'],
      ['agent', 'Please read our returns policy.'],
      ['customer', 'I bought it as a present for my mother and she needs it this week.'],
    ] as const) {
      const message = await scope.messages.create({ conversationId: conversation.id, authorKind, body });
      if (authorKind === 'customer')
        await scope.analyses.save({ messageId: message.id, modelVersion: 't', analysis: analyze(body) });
    }
    await store.close();
    const replies = file(
      'conv.txt',
      "I'm so sorry, that's on us. Could you tell me more about who the kettle was for?\n",
    );
    const env = { RAPPORT_DATA_DIR: dataDir };
    const { code, out, err } = await run(
      ['--conversation', conversation.id, '--replies', replies, '--json'],
      env,
    );
    expect(err).toBe('Workspace: acme\n');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.scenario.title).toBe('Broken kettle');
    expect(result.start.customer).toContain('kettle arrived broken');
    expect(result.turns[0].revealed).toBe('fact-1');
    const missing = await run(['--conversation', 'nope', '--replies', replies], env);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No conversation with id nope/);
  });
});

describe('rapport roleplay (interactive)', () => {
  it('plays a scenario typed line by line on stdin, with a hint, and ends with the debrief', async () => {
    // Driven by its output: each line is typed once the prompt it answers has been printed.
    const proc = spawnRapport(['roleplay', '--seed', '3'], { LOG_LEVEL: 'silent' });
    const waitFor = (pattern: RegExp) => waitForOutput(proc, pattern);
    await waitFor(/Pick a scenario/);
    proc.child.stdin.write('no-such-one\n');
    await waitFor(/No scenario "no-such-one"/);
    proc.child.stdin.write('1\n');
    await waitFor(/Maria: .*\n.*\[anger 0\.80/);
    proc.child.stdin.write('/hint\n');
    await waitFor(/Hint: .*Try asking/);
    for (const reply of GOOD) proc.child.stdin.write(`${reply}\n`);
    await waitFor(/— Debrief: Solved —[\s\S]*A stronger version/);
    proc.child.stdin.end();
    const code = await proc.exited;
    const out = proc.stdout();
    expect(proc.stderr()).toBe('');
    expect(code).toBe(0);
    expect(out.match(/You: /g)?.length).toBeGreaterThanOrEqual(4);
    expect(out).toMatch(/\[frustration 0\.\d\d .*↓/);
  }, 600_000);
});

describe('rapport roleplay --voice', () => {
  it('lets a model served over HTTP word the customer, while the simulation keeps the feelings', async () => {
    // An OpenAI-compatible endpoint on 127.0.0.1 that says the given line back in capitals.
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const body = JSON.parse(raw) as { messages: { content: string }[] };
        const line = /Your line: (.*)$/m.exec(body.messages[1]?.content ?? '')?.[1] ?? '';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ choices: [{ message: { role: 'assistant', content: line.toUpperCase() } }] }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const env = {
      RAPPORT_LLM_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
      RAPPORT_LLM_MODEL: 'test-model',
    };
    try {
      const replies = file('voice.txt', GOOD.join('\n'));
      const plain = JSON.parse(
        (await run(['--scenario', 'charged-twice', '--replies', replies, '--json', '--seed', '3'])).out,
      );
      const voiced = JSON.parse(
        (
          await run(
            ['--scenario', 'charged-twice', '--replies', replies, '--json', '--seed', '3', '--voice'],
            env,
          )
        ).out,
      );
      expect(voiced.turns.map((t: { voice: string }) => t.voice)).toEqual(['model', 'model', 'model']);
      expect(voiced.turns.map((t: { customer: string }) => t.customer)).toEqual(
        plain.turns.map((t: { customer: string }) => t.customer.toUpperCase()),
      );
      const feel = (r: { turns: { emotion: string; intensity: number }[] }) =>
        r.turns.map((t) => [t.emotion, t.intensity]);
      expect(feel(voiced)).toEqual(feel(plain));
      expect(voiced.status).toBe(plain.status);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    const unconfigured = await run([
      '--scenario',
      'charged-twice',
      '--replies',
      file('v2.txt', 'hi'),
      '--voice',
    ]);
    expect(unconfigured.err).toMatch(/--voice needs RAPPORT_LLM_BASE_URL/);
  });
});
