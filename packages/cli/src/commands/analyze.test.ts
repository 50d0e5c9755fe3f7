import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { EXIT } from '../exit-codes.js';
import { main } from '../index.js';

const run = (args: string[], input = '') => runCli(args, { stdin: input });

describe('rapport analyze', () => {
  it('streams JSON Lines in order, with an error line for each bad line', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Still waiting for my refund!!' }),
      'not json',
      JSON.stringify({ id: 'b', text: 7 }),
      '',
      JSON.stringify({ id: 3, text: 'Thank you, all sorted now' }),
    ].join('\n');
    const { code, out } = await run(['analyze', '--jsonl'], input);
    expect(code).toBe(EXIT.partial); // every line answered, two of them with an error
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 'b', 3]);
    expect(lines[0].sentiment.label).toBe('negative');
    expect(lines[1].error.code).toBe('bad_json');
    expect(lines[2].error.code).toBe('bad_shape');
    expect(lines[3].sentiment.label).toBe('positive');
  });

  it('handles input split across chunks and a final line without newline', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => {
      out += d;
    });
    const text = `${JSON.stringify({ id: 'x', text: 'no one answers' })}\n${JSON.stringify({ id: 'y', text: 'ok' })}`;
    const chunks = [text.slice(0, 7), text.slice(7, 30), text.slice(30)].map((s) => Buffer.from(s));
    await main(['node', 'rapport', 'analyze', '--jsonl'], {
      env: {},
      stdin: Readable.from(chunks),
      stdout,
      stderr: new PassThrough(),
    });
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['x', 'y']);
  });

  it('prints a readable summary for a text argument', async () => {
    const { code, out } = await run(['analyze', 'I was charged twice and no one answers!!']);
    expect(code).toBe(0);
    expect(out).toMatch(/Sentiment\s+negative/);
    expect(out).toContain('charged twice');
    expect(out).toMatch(/Risk\s+escalation/);
  });
});
