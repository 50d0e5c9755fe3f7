import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './jsonLines.js';

describe('readLines', () => {
  it('drops an over-long line without holding it, then goes on', async () => {
    const big = 'x'.repeat(5000);
    const input = Readable.from([
      Buffer.from(`short\n${big.slice(0, 2500)}`),
      Buffer.from(`${big.slice(2500)}\nafter\n`),
    ]);
    const lines = [];
    for await (const line of readLines(input, 1000)) lines.push(line);
    expect(lines).toEqual([
      { ok: true, text: 'short' },
      { ok: false, code: 'line_too_long', bytes: 5000 },
      { ok: true, text: 'after' },
    ]);
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const bytes = Buffer.from('café ☕\n');
    const input = Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]);
    const lines = [];
    for await (const line of readLines(input)) lines.push(line);
    expect(lines).toEqual([{ ok: true, text: 'café ☕' }]);
  });
});
