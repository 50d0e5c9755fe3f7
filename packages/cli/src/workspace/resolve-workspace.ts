import { DEMO_WORKSPACE, type Store, type Workspace } from '@rapport/server';
import { UsageError } from '../usage-error.js';

/** The workspace the CLI creates where a data folder has none of its own yet. */
export const DEFAULT_WORKSPACE = { slug: 'default', name: 'Default workspace' } as const;

/** Which workspace a verb uses, and whether it was created just now. */
export interface ResolvedWorkspace {
  workspace: Workspace;
  created: boolean;
}

/**
 * The workspace a verb works in: the one named by `--workspace`, or else the only workspace that
 * is not the demo, created as `default` where there is none. The demo is for trying Rapport, so
 * real data lands in it only when asked for (`--workspace demo`); with several workspaces the
 * verb asks which one instead of guessing.
 * @example const { workspace, created } = await resolveWorkspace(store, undefined);
 */
export async function resolveWorkspace(store: Store, slug: string | undefined): Promise<ResolvedWorkspace> {
  if (slug !== undefined) {
    const found = await store.workspaces.getBySlug(slug);
    if (!found) {
      throw new Error(
        `--workspace: no workspace "${slug}"; \`rapport workspace list\` shows them, \`rapport workspace create ${slug}\` makes it`,
      );
    }
    return { workspace: found, created: false };
  }
  const own = (await store.workspaces.list()).filter((w) => w.slug !== DEMO_WORKSPACE.slug);
  if (own.length > 1) {
    throw new UsageError(
      `there are ${own.length} workspaces (${own.map((w) => w.slug).join(', ')}); choose one with --workspace`,
    );
  }
  if (own[0]) return { workspace: own[0], created: false };
  try {
    return { workspace: await store.workspaces.create(DEFAULT_WORKSPACE), created: true };
  } catch (error) {
    // Another process created it between our look and our write: use theirs.
    const raced = await store.workspaces.getBySlug(DEFAULT_WORKSPACE.slug);
    if (raced) return { workspace: raced, created: false };
    throw error;
  }
}

/** The line a verb prints on standard error to say which workspace it worked in. */
export function workspaceNote({ workspace, created }: ResolvedWorkspace): string {
  return created
    ? `Workspace: ${workspace.slug} (created now; \`rapport workspace list\` shows them all)\n`
    : `Workspace: ${workspace.slug}\n`;
}
