import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ApiKeyTable } from '../schema.js';
import { USER_ROLES } from './inputs.js';
import { guard, notFound, parseInput, type RepositoryContext } from './repository-context.js';

/** An API key as listed to admins: never the key, only its first characters to recognise it. */
export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  role: (typeof USER_ROLES)[number];
  prefix: string;
  createdByUserId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const apiKeyInput = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(USER_ROLES),
  prefix: z.string().min(4).max(20),
  keyHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hex digest' }),
  createdByUserId: z.string().nullable().optional(),
});
export type ApiKeyInput = z.input<typeof apiKeyInput>;

export interface ApiKeysRepository {
  create(input: ApiKeyInput): Promise<ApiKey>;
  list(): Promise<ApiKey[]>;
  /** Stops the key working at once; revoking twice is fine. */
  revoke(id: string): Promise<ApiKey>;
}

export function apiKeysRepository(ctx: RepositoryContext): ApiKeysRepository {
  const { db, workspaceId } = ctx;
  return {
    create: (input) =>
      guard(ctx, 'api key', async () => {
        const v = parseInput(apiKeyInput, input, 'api key');
        const row = await db
          .insertInto('api_keys')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            name: v.name,
            role: v.role,
            prefix: v.prefix,
            key_hash: v.keyHash,
            created_by_user_id: v.createdByUserId ?? null,
            created_at: ctx.now(),
            last_used_at: null,
            revoked_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toApiKey(row);
      }),
    list: async () =>
      (
        await db
          .selectFrom('api_keys')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      ).map(toApiKey),
    revoke: async (id) => {
      const now = ctx.now();
      await db
        .updateTable('api_keys')
        .set({ revoked_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      const row = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw notFound('api key', id);
      return toApiKey(row);
    },
  };
}

function toApiKey(row: Selectable<ApiKeyTable>): ApiKey {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    role: row.role as ApiKey['role'],
    prefix: row.prefix,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
