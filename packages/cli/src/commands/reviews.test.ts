import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonalData } from '@rapport/engine';
import { createStore } from '@rapport/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/run-cli.js';
import { EXIT_SOME_REJECTED } from './reviews.js';

const SAMPLE = fileURLToPath(new URL('../../../server/src/reviews/sample/sample-posts.csv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rapport-reviews-'));
const env = { RAPPORT_DATA_DIR: dir, LOG_LEVEL: 'silent' };

const run = (args: string[], input = '') => runCli(['reviews', ...args], { env, stdin: input });

describe('rapport reviews', () => {
  beforeAll(async () => {
    const store = createStore({ dialect: 'sqlite', file: join(dir, 'rapport.db') });
    await store.migrate();
    await store.workspaces.create({ slug: 'northwind', name: 'Northwind' });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the sample, and importing it again changes nothing', async () => {
    const first = await run(['import', SAMPLE]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toBe('Read 600 records: 600 new, 0 updated, 0 unchanged, 0 rejected.\n');
    const again = await run(['import', SAMPLE, '--workspace', 'northwind']);
    expect(again.out).toBe('Read 600 records: 0 new, 0 updated, 600 unchanged, 0 rejected.\n');
  });

  it('reads standard input with --format, names each rejected line, and exits 3', async () => {
    const jsonl = [
      '{"platform":"x","created_at":"2026-10-01T09:00:00Z","tweet":"@NorthwindHelp still no refund"}',
      '{"platform":"x","created_at":"soon","tweet":"hm"}',
      'nope',
    ].join('\n');
    const result = await run(['import', '-', '--format', 'jsonl'], jsonl);
    expect(result.code).toBe(EXIT_SOME_REJECTED);
    expect(result.out).toContain('1 new');
    expect(result.err).toContain('-: line 2: date "soon" is not a date');
    expect(result.err).toContain('-: line 3: record not valid JSON');
  });

  it('stops with a clear message when the file has no text column', async () => {
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'when,what\n2026-09-01,late\n');
    const result = await run(['import', file, '--source', 'survey']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no text column: expected one of text, body/);
    const mapped = await run([
      'import',
      file,
      '--source',
      'survey',
      '--map',
      'text=what',
      '--map',
      'date=when',
    ]);
    expect(mapped.out).toContain('1 new');
  });

  it('writes the report as JSON, CSV and HTML', async () => {
    const json = JSON.parse((await run(['report', '--top', '10'])).out);
    expect(json.totals.posts).toBe(602);
    expect(json.reasons.length).toBeGreaterThanOrEqual(6);
    expect(json.priorities).toHaveLength(10);
    for (const p of json.priorities) expect(findPersonalData(p.draft.text)).toEqual([]);

    const csv = await run([
      'report',
      '--format',
      'csv',
      '--period',
      'week',
      '--from',
      '2026-09-01',
      '--to',
      '2026-09-30',
    ]);
    const rows = csv.out.trim().split('\r\n');
    expect(rows[0]).toMatch(/^rank,score,level,source,posted_at/);
    expect(rows.length).toBe(21);
    const out = join(dir, 'voc.html');
    const html = await run(['report', '--format', 'html', '--out', out]);
    expect(html.out).toBe(`Wrote the html report to ${out}.\n`);
    expect(readFileSync(out, 'utf8')).toContain('<h2>Answer first</h2>');
  });

  it('refuses bad dates and counts', async () => {
    expect((await run(['report', '--from', '2026-02-30'])).err).toContain(
      '--from: 2026-02-30 is not a day of the calendar',
    );
    expect((await run(['report', '--top', '0'])).err).toContain(
      '--top: must be a whole number from 1 to 1000',
    );
    expect((await run(['import', join(dir, 'x.txt')])).err).toContain('cannot tell the format');
  });
});
