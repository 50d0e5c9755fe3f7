import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { UserTable } from '../schema.js';
import { email, USER_ROLES } from './inputs.js';
import { guard, notFound, parseInput, type RepositoryContext } from './repository-context.js';

export type UserRole = (typeof USER_ROLES)[number];

/** An agent, team lead or admin of one workspace. */
export interface User {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: UserRole;
  /** Only ever a hash (the auth issue decides the scheme); null until a password is set. */
  passwordHash: string | null;
  createdAt: string;
  updatedAt: string;
}

const userInput = z.object({
  email: email.transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(USER_ROLES),
  passwordHash: z.string().min(1).max(1000).nullable().optional(),
});
const userPatch = userInput.partial();

export type UserInput = z.input<typeof userInput>;
export type UserPatch = z.input<typeof userPatch>;

export interface UsersRepository {
  create(input: UserInput): Promise<User>;
  get(id: string): Promise<User | undefined>;
  getByEmail(email: string): Promise<User | undefined>;
  list(options?: { role?: UserRole }): Promise<User[]>;
  update(id: string, patch: UserPatch): Promise<User>;
}

export function usersRepository(ctx: RepositoryContext): UsersRepository {
  const { db, workspaceId } = ctx;
  const scoped = () => db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId);
  return {
    create: (input) =>
      guard(ctx, 'user', async () => {
        const v = parseInput(userInput, input, 'user');
        const now = ctx.now();
        const row = await db
          .insertInto('users')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            email: v.email,
            name: v.name,
            role: v.role,
            password_hash: v.passwordHash ?? null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toUser(row);
      }),
    get: async (id) => {
      const row = await scoped().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    getByEmail: async (address) => {
      const row = await scoped().where('email', '=', address.toLowerCase()).executeTakeFirst();
      return row && toUser(row);
    },
    list: async (options = {}) => {
      let query = scoped();
      if (options.role) query = query.where('role', '=', options.role);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toUser);
    },
    update: (id, patch) =>
      guard(ctx, 'user', async () => {
        const v = parseInput(userPatch, patch, 'user');
        const row = await db
          .updateTable('users')
          .set({
            ...(v.email !== undefined && { email: v.email }),
            ...(v.name !== undefined && { name: v.name }),
            ...(v.role !== undefined && { role: v.role }),
            ...(v.passwordHash !== undefined && { password_hash: v.passwordHash }),
            updated_at: ctx.now(),
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('user', id);
        return toUser(row);
      }),
  };
}

function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    name: row.name,
    role: row.role as UserRole,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
