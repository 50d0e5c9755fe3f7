import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { EXIT } from '../exit-codes.js';

const run = (args: string[], input = '') => runCli(args, { stdin: input });

describe('rapport coach', () => {
  it('streams JSON Lines in order, with an error line for each bad line', async () => {
    const input = [
      JSON.stringify({ id: 1, reply: 'Please calm down.', customer: 'My refund never came!!' }),
      '{not json',
      JSON.stringify({ id: 'b', reply: 42 }),
      '',
      JSON.stringify({ id: 3, reply: 'Glad to hear it — enjoy!' }),
    ].join('\n');
    const { code, out } = await run(['coach', '--jsonl'], input);
    expect(code).toBe(EXIT.partial); // every line answered, two of them with an error
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 'b', 3]);
    expect(lines[0].checks.find((c: { id: string }) => c.id === 'dismissive').status).toBe('warn');
    expect(lines[1].error.code).toBe('bad_json');
    expect(lines[2].error.code).toBe('bad_shape');
    expect(typeof lines[3].score).toBe('number');
  });

  it('prints a readable report with suggestions', async () => {
    const { code, out } = await run([
      'coach',
      '--customer',
      'I was charged twice and nobody answers my emails!',
      '--name',
      'Maria',
      '--',
      'As I already said, refunds take 14 days.',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Score \d+\/100/);
    expect(out).toMatch(/✗ dismissive/);
    expect(out).toMatch(/→ To recap/);
  });

  it('asks for a draft when none is given', async () => {
    const { out, err } = await run(['coach']);
    expect(out).toBe('');
    expect(err).toMatch(/give a draft reply/);
    process.exitCode = 0;
  });
});
