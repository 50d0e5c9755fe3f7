import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Database, WorkspaceTable } from '../schema.js';
import type { DriverErrorMapper } from '../storage-error.js';
import { guard, notFound, parseInput } from './repository-context.js';

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

const workspaceInput = z.object({
  slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
    error: 'must be 1-64 lower-case letters, digits or dashes',
  }),
  name: z.string().trim().min(1).max(200),
});
const workspacePatch = workspaceInput.partial();

export type WorkspaceInput = z.input<typeof workspaceInput>;
export type WorkspacePatch = z.input<typeof workspacePatch>;

/** Workspaces are the tenants themselves, so this is the one repository that is not scoped. */
export interface WorkspacesRepository {
  create(input: WorkspaceInput): Promise<Workspace>;
  get(id: string): Promise<Workspace | undefined>;
  getBySlug(slug: string): Promise<Workspace | undefined>;
  list(): Promise<Workspace[]>;
  update(id: string, patch: WorkspacePatch): Promise<Workspace>;
}

interface Deps {
  db: Kysely<Database>;
  now: () => string;
  newId: () => string;
  mapError: DriverErrorMapper;
}

export function workspacesRepository(ctx: Deps): WorkspacesRepository {
  const { db } = ctx;
  return {
    create: (input) =>
      guard(ctx, 'workspace', async () => {
        const value = parseInput(workspaceInput, input, 'workspace');
        const now = ctx.now();
        const row = await db
          .insertInto('workspaces')
          .values({ id: ctx.newId(), ...value, created_at: now, updated_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toWorkspace(row);
      }),
    get: async (id) => {
      const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toWorkspace(row);
    },
    getBySlug: async (slug) => {
      const row = await db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toWorkspace(row);
    },
    list: async () =>
      (await db.selectFrom('workspaces').selectAll().orderBy('created_at').orderBy('id').execute()).map(
        toWorkspace,
      ),
    update: (id, patch) =>
      guard(ctx, 'workspace', async () => {
        const value = parseInput(workspacePatch, patch, 'workspace');
        const row = await db
          .updateTable('workspaces')
          .set({ ...value, updated_at: ctx.now() })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('workspace', id);
        return toWorkspace(row);
      }),
  };
}

function toWorkspace(row: Selectable<WorkspaceTable>): Workspace {
  return { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}
