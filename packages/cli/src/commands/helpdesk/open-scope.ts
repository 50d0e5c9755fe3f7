import { analyze } from '@rapport/engine';
import { type ImportAnalyzer, loadConfig, type Workspace, type WorkspaceScope } from '@rapport/server';
import type { CliContext } from '../../context.js';
import { cliLogger, openMigratedStore } from '../../server-runtime.js';

/** The analyzer the CLI stores analyses with; the version names the engine that produced them. */
export const CLI_ANALYZER: ImportAnalyzer = { analyze, modelVersion: 'rapport-engine-0.1.0' };

/** Runs `work` in one workspace (by slug, or the first one), then closes the database. */
export async function inWorkspace<T>(
  ctx: CliContext,
  slug: string | undefined,
  work: (scope: WorkspaceScope, workspace: Workspace) => Promise<T>,
): Promise<T> {
  const config = loadConfig(ctx.env);
  const { store } = await openMigratedStore(config, cliLogger(config, ctx.stderr));
  try {
    const workspace =
      slug !== undefined ? await store.workspaces.getBySlug(slug) : (await store.workspaces.list())[0];
    if (!workspace) {
      throw new Error(
        slug !== undefined
          ? `--workspace: no workspace with slug ${slug}`
          : 'no workspace exists yet; run `rapport serve` once to create one',
      );
    }
    return await work(store.forWorkspace(workspace.id), workspace);
  } finally {
    await store.close();
  }
}
