import { type Config, loadConfig, type Store, type Workspace, type WorkspaceScope } from '@rapport/server';
import type { CliContext } from '../context.js';
import { cliLogger, openMigratedStore } from '../server-runtime.js';

/** Runs `work` against one workspace (by slug, or the first one), then closes the store. */
export async function withWorkspace(
  ctx: CliContext,
  slug: string | undefined,
  work: (scope: WorkspaceScope, workspace: Workspace, store: Store, config: Config) => Promise<void>,
): Promise<void> {
  const config = loadConfig(ctx.env);
  const { store } = await openMigratedStore(config, cliLogger(config, ctx.stderr));
  try {
    const workspace = await findWorkspace(store, slug);
    await work(store.forWorkspace(workspace.id), workspace, store, config);
  } finally {
    await store.close();
  }
}

async function findWorkspace(store: Store, slug: string | undefined): Promise<Workspace> {
  if (slug !== undefined) {
    const found = await store.workspaces.getBySlug(slug);
    if (!found) throw new Error(`--workspace: no workspace with slug ${slug}`);
    return found;
  }
  const [first] = await store.workspaces.list();
  if (!first) throw new Error('no workspace exists yet; run `rapport serve` once to create the demo');
  return first;
}

/** A positive whole number from a flag, or an error naming the flag. */
export function wholeNumber(
  flag: string,
  text: string,
  { min = 1, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${flag}: must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`,
    );
  }
  return value;
}
