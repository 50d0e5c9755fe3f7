import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit-codes.js';
import { CREATED_NOTE, freshFolders } from '../support/fresh-folder.js';
import { spawnRapport } from '../support/rapport-process.js';
import { runCli } from '../support/run-cli.js';

// Every verb that has a machine-readable mode, each on an empty data folder of its own with no
// `rapport serve` before it and no LOG_LEVEL: standard output must be exactly the document (parsed
// here with real parsers), and standard error only the line naming the workspace, no log lines.

const ZENDESK = fileURLToPath(
  new URL('../../../server/src/import/fixtures/zendesk-tickets.json', import.meta.url),
);
const CREATED = CREATED_NOTE;

const freshFolder = freshFolders();

const json = (text: string) => JSON.parse(text) as unknown;
const jsonLines = (text: string) => text.trimEnd().split('\n').map(json);
/** A header row of named columns, then rows of the same width (an empty folder may have none). */
const csv = (text: string) => {
  const [header, ...rows] = parseCsv(text, { skip_empty_lines: true }) as string[][];
  expect(header?.length).toBeGreaterThan(1);
  for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  return rows;
};
const html = (text: string) => {
  expect(text).toMatch(/^<!doctype html>/i);
  expect(text.trimEnd()).toMatch(/<\/html>$/i);
  return text;
};

type Parser = (text: string) => unknown;

const replies = () => {
  const file = join(freshFolder(), 'replies.txt');
  writeFileSync(file, "Maria, I'm so sorry you were charged twice. Could you tell me the amount?\n");
  return file;
};

/** [name, arguments, parser, what standard error holds, standard input]. */
const CASES: [string, () => string[], Parser, string, string?][] = [
  ['analyze --json', () => ['analyze', '--json', 'Where is my refund??'], json, ''],
  ['analyze --jsonl', () => ['analyze', '--jsonl'], jsonLines, '', '{"id":1,"text":"still waiting"}\n'],
  [
    'coach --json',
    () => ['coach', '--json', '--customer', 'Charged twice!', 'Refunds take 5 days.'],
    json,
    '',
  ],
  ['coach --jsonl', () => ['coach', '--jsonl'], jsonLines, '', '{"id":1,"reply":"Sorry, fixed it."}\n'],
  ['compose --json', () => ['compose', '--json', 'My parcel never came'], json, ''],
  [
    'compose --jsonl',
    () => ['compose', '--jsonl'],
    jsonLines,
    '',
    '{"id":1,"customer":"My parcel never came"}\n',
  ],
  [
    'import --json',
    () => ['import', ZENDESK, '--format', 'zendesk', '--json', '--no-progress'],
    json,
    CREATED,
  ],
  [
    'team report --format json',
    () => ['team', 'report', '--from', '2026-01-01', '--to', '2026-01-31'],
    json,
    CREATED,
  ],
  [
    'team report --format csv',
    () => ['team', 'report', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'csv'],
    csv,
    CREATED,
  ],
  [
    'team report --format html',
    () => ['team', 'report', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'html'],
    html,
    CREATED,
  ],
  ['reviews report --format json', () => ['reviews', 'report'], json, CREATED],
  ['reviews report --format csv', () => ['reviews', 'report', '--format', 'csv'], csv, CREATED],
  ['reviews report --format html', () => ['reviews', 'report', '--format', 'html'], html, CREATED],
  ['moments preview --json', () => ['moments', 'preview', '--json'], json, CREATED],
  ['moments queue --json', () => ['moments', 'queue', '--json'], json, CREATED],
  ['moments worker --once', () => ['moments', 'worker', '--once'], json, ''],
  ['roleplay --list --json', () => ['roleplay', '--list', '--json'], json, ''],
  [
    'roleplay --replies --json',
    () => ['roleplay', '--scenario', 'charged-twice', '--replies', replies(), '--json'],
    json,
    '',
  ],
  ['workspace list --json', () => ['workspace', 'list', '--json'], json, ''],
  ['workspace create --json', () => ['workspace', 'create', 'acme', '--json'], json, ''],
  ['workspace demo --json', () => ['workspace', 'demo', '--json'], json, ''],
];

describe('machine-readable output on a fresh data folder', () => {
  it.each(CASES)('%s: only the document on stdout', async (_name, args, parse, err, stdin) => {
    const env = { RAPPORT_DATA_DIR: freshFolder() };
    const run = await runCli(args(), { env, ...(stdin !== undefined && { stdin }) });
    expect(run.err).toBe(err);
    expect(run.code).toBe(EXIT.ok);
    expect(() => parse(run.out)).not.toThrow();
  });

  it('journey, customer and customer export print JSON after an import into a fresh folder', async () => {
    const env = { RAPPORT_DATA_DIR: freshFolder() };
    expect((await runCli(['import', ZENDESK, '--format', 'zendesk', '--no-progress'], { env })).code).toBe(0);
    for (const args of [
      ['journey', 'zendesk:48213', '--json'],
      ['customer', 'zendesk:9001', '--json'],
      ['customer', 'export', 'zendesk:9001'],
    ]) {
      const run = await runCli(args, { env });
      expect(run).toMatchObject({ code: EXIT.ok, err: 'Workspace: default\n' });
      expect(json(run.out)).toBeTypeOf('object');
    }
  });

  it('as a real process, stdout of `team report --format json` parses and stderr holds no log line', {
    timeout: 600_000,
  }, async () => {
    const proc = spawnRapport(['team', 'report', '--from', '2026-01-01', '--to', '2026-01-31'], {
      RAPPORT_DATA_DIR: freshFolder(),
    });
    expect(await proc.exited).toBe(EXIT.ok);
    expect(json(proc.stdout())).toMatchObject({ period: expect.any(Object) });
    expect(proc.stderr()).toBe(CREATED);
  });

  it('logs at info with --verbose or LOG_LEVEL, always on stderr', async () => {
    const dir = freshFolder();
    const verbose = await runCli(['reviews', 'report', '--verbose'], { env: { RAPPORT_DATA_DIR: dir } });
    expect(verbose.err).toMatch(/"msg":"database ready"/);
    expect(json(verbose.out)).toBeTypeOf('object');
    const level = await runCli(['reviews', 'report'], { env: { RAPPORT_DATA_DIR: dir, LOG_LEVEL: 'info' } });
    expect(level.err).toMatch(/"msg":"database ready"/);
    expect(json(level.out)).toBeTypeOf('object');
  });
});
