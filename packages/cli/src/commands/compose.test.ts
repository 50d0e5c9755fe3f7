import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { EXIT } from '../exit-codes.js';

const run = (args: string[], stdinText = '') =>
  runCli(['compose', ...args], { env: { LOG_LEVEL: 'silent' }, stdin: stdinText });

describe('rapport compose', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('drafts a reply for a person, with alternatives and the coach score', async () => {
    const { code, out } = await run([
      'My parcel never arrived and nobody answers the phone',
      '--name',
      'Jo',
      '--option',
      'a full refund',
      '--option',
      'a replacement by express delivery',
      '--next',
      'send the replacement tomorrow',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/Draft \(coach \d+\/100/);
    expect(out).toContain('Alternative 2');
    expect(out).toContain('your parcel never arrived');
    expect(out).toContain('a full refund or a replacement by express delivery');
  });

  it('streams JSON Lines in order, answering a bad line with an error', async () => {
    const lines = [
      JSON.stringify({ id: 'a', customer: 'Where is my refund?', customerName: 'Ana' }),
      'not json',
      JSON.stringify({ id: 'b', customer: 42 }),
      JSON.stringify({ id: 'c', customer: 'Thanks, it works now!', channel: 'public' }),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], `${lines}\n`);
    expect(code).toBe(EXIT.partial); // every line answered, two of them with an error
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.id)).toEqual(['a', null, 'b', 'c']);
    expect(records[0]).toMatchObject({ draft: expect.stringContaining('Ana') });
    expect(records[0]!.alternatives).toHaveLength(2);
    expect(records[0]!.coach).toMatchObject({ score: expect.any(Number) });
    expect(records[1]).toMatchObject({ error: { code: 'bad_json' } });
    expect(records[2]).toMatchObject({ error: { code: 'bad_input' } });
  });

  it('asks for a message when given none', async () => {
    const { code, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toMatch(/give a customer message/);
  });
});
