import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'rapport-train-intent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const stderr = new PassThrough();
  const stdout = new PassThrough();
  stderr.on('data', (d) => {
    err += d;
  });
  stdout.on('data', (d) => {
    out += d;
  });
  const code = await main(['node', 'rapport', 'train-intent', ...args], {
    env: {},
    stdin: Readable.from([]),
    stdout,
    stderr,
  });
  return { code, err, out };
}

describe('rapport train-intent', () => {
  const own = join(dir, 'own');
  mkdirSync(join(dir, 'banking77'));
  writeFileSync(
    join(dir, 'banking77', 'train.tsv'),
    Array.from(
      { length: 20 },
      (_, i) => `I want a refund for ${i}\trequest_refund\nwhere is card ${i}\tcard_arrival`,
    ).join('\n'),
  );
  mkdirSync(join(own, 'customer-messages'), { recursive: true });
  const line = (i: number, text: string, intent: string) =>
    JSON.stringify({
      id: `retail-${i}`,
      text,
      sentiment: 'negative',
      emotions: ['frustration'],
      intent,
      cues: [],
    });
  writeFileSync(
    join(own, 'customer-messages', 'retail.jsonl'),
    Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? line(i, `money back for parcel ${i} please`, 'refund')
        : line(i, `parcel ${i} never came`, 'order_status'),
    ).join('\n'),
  );

  it('trains on what it finds, names what is missing, writes the module and prints held-out figures', async () => {
    const out = join(dir, 'intent.ts');
    const r = await run(['--data', dir, '--own', own, '--out', out, '--epochs', '3']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/clinc150\/train\.tsv: not found, left out/);
    expect(r.err).toMatch(/banking77: labels with no mapping|banking77\/train: 40 texts/);
    expect(r.out).toMatch(/customer-messages held-back fifth\s+4\s/);
    expect(readFileSync(out, 'utf8')).toMatch(/export const INTENT_MODEL: IntentModelFile/);
  });

  it('refuses a folder with none of our messages, and bad flags', async () => {
    const empty = await run(['--data', dir, '--own', join(dir, 'nothing'), '--out', join(dir, 'x.ts')]);
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/no labelled customer messages/);
    const bad = await run(['--epochs', '0']);
    expect(bad.err).toMatch(/--epochs must be 1\.\.100/);
  });
});
