import { type Config, loadConfig, type Store, type Workspace, type WorkspaceScope } from '@rapport/server';
import type { CliContext } from '../context.js';
import { cliLogger, openMigratedStore } from '../server-runtime.js';
import { UsageError } from '../usage-error.js';
import { resolveWorkspace, workspaceNote } from '../workspace/resolve-workspace.js';

/**
 * Runs `work` in one workspace, then closes the store: the database is opened (created and
 * migrated where needed) as `serve` does, the workspace is `--workspace` or the one
 * `resolveWorkspace` picks (creating `default` on a fresh data folder), and standard error says
 * which, so the same verb never writes somewhere unexpected.
 */
export async function withWorkspace<T>(
  ctx: CliContext,
  slug: string | undefined,
  work: (scope: WorkspaceScope, workspace: Workspace, store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(ctx.env);
  const { store } = await openMigratedStore(config, cliLogger(config, ctx));
  try {
    const resolved = await resolveWorkspace(store, slug);
    ctx.stderr.write(workspaceNote(resolved));
    return await work(store.forWorkspace(resolved.workspace.id), resolved.workspace, store, config);
  } finally {
    await store.close();
  }
}

/** A positive whole number from a flag, or a usage error naming the flag. */
export function wholeNumber(
  flag: string,
  text: string,
  { min = 1, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `${flag}: must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`,
    );
  }
  return value;
}

/** The help of every verb's `--workspace` option. */
export const WORKSPACE_HELP =
  'workspace (default: the data folder’s own, created on first use; the demo only when named)';
