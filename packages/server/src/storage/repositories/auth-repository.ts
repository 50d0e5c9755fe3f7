import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A stored sign-in session (the token itself is never stored, only its hash). */
export interface Session {
  tokenHash: string;
  workspaceId: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** An API key as the middleware needs it to authenticate a request. */
export interface ApiKeyIdentity {
  id: string;
  workspaceId: string;
  name: string;
  role: string;
}

/**
 * The lookups that happen before anyone knows the workspace: signing in by e-mail, and finding
 * the session or API key a request presents. Each answers with a workspace id; everything after
 * that goes through `store.forWorkspace(id)`.
 */
export interface AuthRepository {
  /** Every account with this e-mail address (one per workspace the person belongs to). */
  findAccounts(
    email: string,
  ): Promise<Array<{ workspaceId: string; userId: string; passwordHash: string | null }>>;
  createSession(session: Omit<Session, 'createdAt'>): Promise<Session>;
  /** The session for this token hash, unless it has expired by `now`. */
  getSession(tokenHash: string, now: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Drops expired sessions; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  /** The live (not revoked) key with this hash, marking it used. */
  useApiKey(keyHash: string): Promise<ApiKeyIdentity | undefined>;
}

interface Deps {
  db: Kysely<Database>;
  now: () => string;
}

export function authRepository({ db, now }: Deps): AuthRepository {
  return {
    findAccounts: async (email) =>
      (
        await db
          .selectFrom('users')
          .select(['workspace_id', 'id', 'password_hash'])
          .where('email', '=', email.trim().toLowerCase())
          .orderBy('created_at')
          .execute()
      ).map((r) => ({ workspaceId: r.workspace_id, userId: r.id, passwordHash: r.password_hash })),
    createSession: async (session) => {
      const row = {
        token_hash: session.tokenHash,
        workspace_id: session.workspaceId,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: now(),
        expires_at: session.expiresAt,
      };
      await db.insertInto('sessions').values(row).execute();
      return { ...session, createdAt: row.created_at };
    },
    getSession: async (tokenHash, at) => {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return (
        row && {
          tokenHash: row.token_hash,
          workspaceId: row.workspace_id,
          userId: row.user_id,
          csrfToken: row.csrf_token,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        }
      );
    },
    deleteSession: async (tokenHash) => {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    deleteExpiredSessions: async (at) => {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    useApiKey: async (keyHash) => {
      const row = await db
        .updateTable('api_keys')
        .set({ last_used_at: now() })
        .where('key_hash', '=', keyHash)
        .where('revoked_at', 'is', null)
        .returning(['id', 'workspace_id', 'name', 'role'])
        .executeTakeFirst();
      return row && { id: row.id, workspaceId: row.workspace_id, name: row.name, role: row.role };
    },
  };
}
