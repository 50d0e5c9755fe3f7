import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** What a verb prints on standard error when it has just created the data folder's workspace. */
export const CREATED_NOTE = 'Workspace: default (created now; `rapport workspace list` shows them all)\n';

/**
 * A maker of empty temporary folders (a `RAPPORT_DATA_DIR` nothing has run in), all removed after
 * the file's tests. Call it at the top level of a test file.
 * @example const freshFolder = freshFolders(); const env = { RAPPORT_DATA_DIR: freshFolder() };
 */
export function freshFolders(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-fresh-'));
    dirs.push(dir);
    return dir;
  };
}
