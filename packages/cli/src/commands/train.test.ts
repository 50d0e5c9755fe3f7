import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../index.js';
import { DEFAULT_DATA_DIR, DEFAULT_MODEL_FILE, DEFAULT_OWN_DATA_DIR } from './train.js';

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

async function train(out: string, extra: string[] = []): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (d) => {
    err += d;
  });
  const args = [
    'node',
    'rapport',
    'train',
    '--data',
    dir,
    '--own',
    join(dir, 'own'),
    '--out',
    out,
    '--bits',
    '12',
    '--epochs',
    '2',
    ...extra,
  ];
  let out_ = '';
  const stdout = new PassThrough();
  stdout.on('data', (d) => {
    out_ += d;
  });
  const code = await main(args, { env: {}, stdin: Readable.from([]), stdout, stderr });
  return { code, err, out: out_ };
}

describe('rapport train', () => {
  const go = join(dir, 'goemotions');
  const tweets = join(dir, 'tweeteval-sentiment');
  mkdirSync(go);
  mkdirSync(tweets);
  writeFileSync(join(go, 'train.tsv'), tsv(30));
  writeFileSync(join(go, 'dev.tsv'), `${tsv(5)}\nbroken line without columns`);
  const tweet = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `@user loving order ${i}\tpositive\n@user order ${i} is late again\tnegative`,
    ).join('\n');
  writeFileSync(join(tweets, 'train.tsv'), tweet(20));
  // Our own corpus with one industry written so far: the others are left out, not fatal.
  mkdirSync(join(dir, 'own', 'customer-messages'), { recursive: true });
  const message = (i: number) =>
    JSON.stringify({
      id: `retail-${i}`,
      text: `parcel ${i} never came`,
      sentiment: 'negative',
      emotions: ['frustration'],
      intent: 'order_status',
      cues: [],
    });
  writeFileSync(
    join(dir, 'own', 'customer-messages', 'retail.jsonl'),
    Array.from({ length: 20 }, (_, i) => message(i)).join('\n'),
  );
  writeFileSync(join(tweets, 'dev.tsv'), `${tweet(4)}\nno label here\tmaybe`);
  writeFileSync(
    join(go, 'mappings.json'),
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
    expect(a.err).toContain(
      'corpus goemotions: 90 train / 15 dev / 15 dev, weight 1, skipped 1 malformed lines',
    );
    expect(a.err).toContain(
      'corpus tweeteval-sentiment: 40 train / 8 dev / 8 dev, weight 0.6, skipped 1 malformed lines',
    );
    // Corpora whose folders are absent are named and left out, not fatal.
    expect(a.err).toMatch(/corpus emobank: .* not found, skipped/);
    expect(a.err).toContain('corpus customer-messages: 14 train / 2 dev / 4 test, weight 3');
    expect(a.out).toMatch(/tweeteval-sentiment \(trained on, dev\): sentiment macro-F1 \d\.\d{3}/);
    // The sentiment cut is tuned on the dev splits and stored in the file.
    expect(a.out).toMatch(/sentiment cut 0\.\d+/);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toMatch(/"sentimentCut":0\.\d+/);
    expect(a.err).toMatch(/epoch 2: dev macro-F1/);
    const text = readFileSync(join(dir, 'a.ts'), 'utf8');
    expect(text).toContain('export const MODEL: ModelFile');
    expect(text).toContain('GoEmotions');
    expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe(text);
  });

  it('holds a corpus out and scores it; rejects an unknown corpus', async () => {
    const held = await train(join(dir, 'c.ts'), ['--holdout', 'tweeteval-sentiment']);
    expect(held.code).toBe(0);
    expect(held.err).toContain('— held out');
    expect(held.err).toContain('training on 104 examples');
    expect(held.out).toMatch(/tweeteval-sentiment \(held out, dev\): sentiment macro-F1 \d\.\d{3}/);
    const bad = await train(join(dir, 'd.ts'), ['--corpora', 'goemotions,reddit']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('unknown corpus "reddit"');
  });

  it('defaults to the shared data folder, the engine data folder and the engine model file', () => {
    expect(DEFAULT_DATA_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/data$/);
    expect(DEFAULT_OWN_DATA_DIR.replace(/\\/g, '/')).toMatch(/packages\/engine\/data$/);
    expect(DEFAULT_MODEL_FILE.replace(/\\/g, '/')).toMatch(/packages\/engine\/model\/goemotions\.ts$/);
  });
});
