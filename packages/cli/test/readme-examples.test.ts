import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshFolders } from './support/fresh-folder.js';
import { REPO_ROOT, TSX_LOADER } from './support/rapport-process.js';

// Every `npx rapport …` line in the READMEs' example blocks runs, as written, on a fresh data
// folder, with exit status 0 and nothing on standard error but the line naming the workspace: a
// README cannot drift from the CLI again. `npx rapport` runs the CLI from its sources here, so
// the test never runs a stale build.

const ENTRY = fileURLToPath(new URL('./support/rapport-from-source.ts', import.meta.url));
const freshFolder = freshFolders();

interface Example {
  readme: string;
  line: number;
  commands: string[];
}

/** The shell lines of a README's fenced code blocks, continuation lines (`\`) joined. */
export function shellLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  let pending: { line: number; text: string } | undefined;
  markdown.split('\n').forEach((raw, index) => {
    const opening = /^\s*(```+|~~~+)\s*(\w*)/.exec(raw);
    if (fence === undefined) {
      if (opening) fence = opening[2] ?? '';
      return;
    }
    if (opening && /^\s*(```+|~~~+)\s*$/.test(raw)) {
      fence = undefined;
      return;
    }
    if (!['', 'sh', 'bash', 'shell', 'console'].includes(fence)) return;
    const text = raw.replace(/^\s*\$ /, '');
    const joined = pending ? `${pending.text} ${text.trim()}` : text;
    const start = pending?.line ?? index + 1;
    if (joined.endsWith('\\')) pending = { line: start, text: joined.slice(0, -1).trimEnd() };
    else {
      pending = undefined;
      out.push({ line: start, text: joined });
    }
  });
  return out;
}

function examples(): Example[] {
  const readmes = execFileSync('git', ['ls-files', '--', 'README.md', '**/README.md'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file !== '');
  const found: Example[] = [];
  for (const readme of readmes) {
    const lines = shellLines(readFileSync(join(REPO_ROOT, readme), 'utf8'));
    // One block's examples run in order in one folder, as a reader would type them.
    const commands = lines.filter((l) => /(^|[|;&]\s*)npx rapport /.test(l.text));
    if (commands.length > 0) {
      found.push({ readme, line: commands[0]?.line ?? 0, commands: commands.map((c) => c.text) });
    }
  }
  return found;
}

/** Runs a line in bash, with `npx rapport` meaning this checkout's CLI from its sources. */
function runLine(line: string, dir: string): Promise<{ code: number | null; out: string; err: string }> {
  const npx = `npx() { if [ "$1" = rapport ]; then shift; node --conditions=source --import '${TSX_LOADER}' '${ENTRY}' "$@"; else command npx "$@"; fi; }`;
  const child = spawn('bash', ['-c', `${npx}\n${line}`], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, RAPPORT_DATA_DIR: join(dir, 'data') },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('the READMEs’ `npx rapport` examples', () => {
  const found = examples();

  it('finds the examples of the README and the CLI README', () => {
    const readmes = found.map((e) => e.readme);
    expect(readmes).toEqual(expect.arrayContaining(['README.md', 'packages/cli/README.md']));
  });

  it.each(found.map((e) => [`${e.readme}:${e.line}`, e] as const))(
    '%s runs, exit 0, no error output',
    async (_where, example) => {
      const dir = freshFolder();
      for (const command of example.commands) {
        const run = await runLine(command, dir);
        const errors = run.err
          .split('\n')
          .filter((l) => l !== '' && !/^Workspace: [a-z0-9-]+( \(created now; .*\))?$/.test(l));
        expect({ command, code: run.code, errors }).toEqual({ command, code: 0, errors: [] });
        expect(run.out).not.toBe('');
      }
    },
  );

  it('reads blocks and joins continued lines', () => {
    const text = ['# x', '```sh', 'npx rapport a \\', '  --b c', '$ npx rapport d', '```', 'npx rapport e'];
    expect(shellLines(text.join('\n'))).toEqual([
      { line: 3, text: 'npx rapport a --b c' },
      { line: 5, text: 'npx rapport d' },
    ]);
  });
});
