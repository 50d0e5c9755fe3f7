import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit-codes.js';
import { CREATED_NOTE, freshFolders } from '../support/fresh-folder.js';
import { runCli } from '../support/run-cli.js';

// Each verb that works in a workspace, run on an empty data folder with nothing before it: the
// database is created and migrated, a workspace of its own is created, and stderr says which.

const POSTS = fileURLToPath(new URL('../../../server/src/reviews/sample/sample-posts.csv', import.meta.url));
const CREATED = CREATED_NOTE;

const freshFolder = freshFolders();

/** The default rules, as `rules show` prints them, in a file for `rules set`. */
async function rulesFile(): Promise<string> {
  const shown = await runCli(['moments', 'rules', 'show'], { env: { RAPPORT_DATA_DIR: freshFolder() } });
  const file = join(freshFolder(), 'moments.yaml');
  writeFileSync(file, shown.out);
  return file;
}

const VERBS: [string, () => string[] | Promise<string[]>][] = [
  ['team score', () => ['team', 'score']],
  ['team goal set', () => ['team', 'goal', 'set', 'empathy', '80%']],
  ['team goal list', () => ['team', 'goal', 'list']],
  ['team goal remove', () => ['team', 'goal', 'remove', 'empathy']],
  ['reviews import', () => ['reviews', 'import', POSTS, '--source', 'trustpilot']],
  ['moments preview', () => ['moments', 'preview', '--days', '30']],
  ['moments rules show', () => ['moments', 'rules', 'show']],
  ['moments rules set', async () => ['moments', 'rules', 'set', await rulesFile()]],
  ['moments rules reset', () => ['moments', 'rules', 'reset']],
  ['moments queue', () => ['moments', 'queue']],
];

describe('every workspace verb on a fresh data folder', () => {
  it.each(VERBS)('%s creates the database and a workspace, and says so', async (_name, args) => {
    const run = await runCli(await args(), { env: { RAPPORT_DATA_DIR: freshFolder() } });
    expect(run.err).toBe(CREATED);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).not.toBe('');
  });

  it.each([
    ['journey', ['journey', 'zendesk:1'], /no conversation zendesk:1 in this workspace/],
    ['customer', ['customer', 'zendesk:1'], /no customer zendesk:1 in this workspace/],
    ['customer erase', ['customer', 'erase', 'zendesk:1', '--yes'], /no customer zendesk:1/],
    ['roleplay --conversation', ['roleplay', '--conversation', 'c-1'], /No conversation with id c-1/],
  ])('%s names what is missing, not a server to start first', async (_name, args, message) => {
    const run = await runCli(args, { env: { RAPPORT_DATA_DIR: freshFolder() } });
    expect(run.code).toBe(EXIT.failed);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/serve/);
  });

  it('keeps real data out of the demo unless asked, and asks which workspace when there are several', async () => {
    const env = { RAPPORT_DATA_DIR: freshFolder() };
    expect((await runCli(['workspace', 'demo'], { env })).code).toBe(EXIT.ok);
    const imported = await runCli(['reviews', 'import', POSTS], { env });
    expect(imported.err).toBe(CREATED);
    const inDemo = await runCli(['reviews', 'import', POSTS, '--workspace', 'demo'], { env });
    expect(inDemo).toMatchObject({ code: EXIT.ok, err: 'Workspace: demo\n' });
    expect((await runCli(['workspace', 'create', 'acme', '--name', 'Acme'], { env })).code).toBe(EXIT.ok);
    const list = await runCli(['workspace', 'list'], { env });
    expect(list.out).toMatch(/^acme +Acme +created \d{4}-\d\d-\d\d$/m);
    expect(list.out).toMatch(/^demo +Demo workspace +created .*\(demo\)$/m);
    const ambiguous = await runCli(['moments', 'queue'], { env });
    expect(ambiguous).toMatchObject({ code: EXIT.usage, out: '' });
    expect(ambiguous.err).toContain('there are 2 workspaces (default, acme); choose one with --workspace');
    const chosen = await runCli(['moments', 'queue', '--workspace', 'acme'], { env });
    expect(chosen).toMatchObject({ code: EXIT.ok, err: 'Workspace: acme\n' });
    const missing = await runCli(['moments', 'queue', '--workspace', 'nope'], { env });
    expect(missing.code).toBe(EXIT.failed);
    expect(missing.err).toContain('`rapport workspace create nope` makes it');
  });

  it('creates a workspace with an admin who can sign in, and refuses a duplicate or a bad slug', async () => {
    const env = { RAPPORT_DATA_DIR: freshFolder() };
    const created = await runCli(['workspace', 'create', 'acme', '--admin', 'maya@acme.example', '--json'], {
      env,
    });
    expect(created.code).toBe(EXIT.ok);
    const { workspace, admin } = JSON.parse(created.out);
    expect(workspace.slug).toBe('acme');
    expect(admin).toEqual({ email: 'maya@acme.example', password: expect.stringMatching(/^pw_.{20,}/) });
    const again = await runCli(['workspace', 'create', 'acme'], { env });
    expect(again).toMatchObject({ code: EXIT.usage, err: 'rapport: workspace "acme" already exists\n' });
    const bad = await runCli(['workspace', 'create', 'Not A Slug'], { env });
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain('is not a workspace slug');
    const badAdmin = await runCli(['workspace', 'create', 'beta', '--admin', 'not-an-email'], { env });
    expect(badAdmin.code).toBe(EXIT.usage);
    // All or nothing: the workspace whose admin was refused was not created either.
    expect((await runCli(['workspace', 'list'], { env })).out).not.toContain('beta');
  });
});
