import { describe, expect, it } from 'vitest';
import { jsonItems } from './json-items.js';

async function cut(text: string, keys: string[] = [], chunkSize = 3) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out: Array<{ line: number; value?: unknown; error?: string }> = [];
  for await (const item of jsonItems(chunks(), keys)) {
    out.push('text' in item ? { line: item.line, value: JSON.parse(item.text) } : item);
  }
  return out;
}

describe('jsonItems', () => {
  it('cuts JSON Lines into records with their line numbers, across chunk boundaries', async () => {
    const text = '{"id":1,"s":"a \\"quoted\\" }"}\n\n{"id":2,"list":[1,{"x":"]"}]}\n';
    for (const size of [1, 3, 7, 1000]) {
      expect(await cut(text, [], size)).toEqual([
        { line: 1, value: { id: 1, s: 'a "quoted" }' } },
        { line: 3, value: { id: 2, list: [1, { x: ']' }] } },
      ]);
    }
  });

  it('cuts the elements of a top-level array and of a wrapper object', async () => {
    expect(await cut('[\n  {"id": 1},\n  {"id": 2}\n]')).toEqual([
      { line: 2, value: { id: 1 } },
      { line: 3, value: { id: 2 } },
    ]);
    const wrapped =
      '{\n "count": 2,\n "tickets": [\n  {"id": 1, "tickets": []},\n  {"id": 2}\n ],\n "next_page": null\n}';
    expect(await cut(wrapped, ['tickets'])).toEqual([
      { line: 4, value: { id: 1, tickets: [] } },
      { line: 5, value: { id: 2 } },
    ]);
  });

  it('keeps objects whole when none of their keys is a wrapper key', async () => {
    expect(await cut('{"id": 1, "comments": [{"id": 9}]}', ['tickets'])).toEqual([
      { line: 1, value: { id: 1, comments: [{ id: 9 }] } },
    ]);
  });

  it('reports stray text and a cut-off file by line and goes on', async () => {
    expect(await cut('{"id":1}\nnot json\n{"id":2}\n{"id":3')).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, error: 'expected a JSON object or array here' },
      { line: 3, value: { id: 2 } },
      { line: 4, error: 'the file ends in the middle of this record' },
    ]);
  });
});
