import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../index.js';
import { DEFAULT_DATA_DIR, DEFAULT_MODEL_FILE } from './train.js';

const dir = mkdtempSync(join(tmpdir(), 'rapport-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tsv(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(
      `thank you so much for item ${i}\t15\ta${i}`,
      `this is infuriating, item ${i}\t2\tb${i}`,
      `item ${i} is here\t27\tc${i}`,
    );
  }
  return rows.join('\n');
}

async function train(out: string): Promise<{ code: number; err: string }> {
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (d) => {
    err += d;
  });
  const args = ['node', 'rapport', 'train', '--data', dir, '--out', out, '--bits', '12', '--epochs', '2'];
  const code = await main(args, { env: {}, stdin: Readable.from([]), stdout: new PassThrough(), stderr });
  return { code, err };
}

describe('rapport train', () => {
  writeFileSync(join(dir, 'train.tsv'), tsv(30));
  writeFileSync(join(dir, 'dev.tsv'), `${tsv(5)}\nbroken line without columns`);
  writeFileSync(
    join(dir, 'mappings.json'),
    JSON.stringify({
      ekman: { joy: ['gratitude'], anger: ['anger'] },
      sentiment: { positive: ['gratitude'], negative: ['anger'] },
    }),
  );

  it('writes a model module, the same bytes twice, and reports skipped lines', async () => {
    const a = await train(join(dir, 'a.ts'));
    const b = await train(join(dir, 'b.ts'));
    expect(b.code).toBe(0);
    expect(a.code).toBe(0);
    expect(a.err).toContain('skipped 1 malformed lines');
    expect(a.err).toMatch(/epoch 2: dev macro-F1/);
    const text = readFileSync(join(dir, 'a.ts'), 'utf8');
    expect(text).toContain('export const MODEL: ModelFile');
    expect(text).toContain('GoEmotions');
    expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe(text);
  });

  it('defaults to the shared GoEmotions folder and the engine model file', () => {
    expect(DEFAULT_DATA_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/data\/goemotions$/);
    expect(DEFAULT_MODEL_FILE.replace(/\\/g, '/')).toMatch(/packages\/engine\/model\/goemotions\.ts$/);
  });
});
