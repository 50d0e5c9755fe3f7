import type { User, UserRole, Workspace } from '../../storage/index.js';

/**
 * The caller of an authenticated request: a signed-in person (with a session and its CSRF
 * token) or an integration's API key. Either way it acts in exactly one workspace.
 */
export type Principal =
  | {
      kind: 'session';
      workspace: Workspace;
      role: UserRole;
      user: User;
      csrfToken: string;
      tokenHash: string;
    }
  | { kind: 'api_key'; workspace: Workspace; role: UserRole; apiKeyId: string; apiKeyName: string };

const RANK = { agent: 0, lead: 1, admin: 2 } as const satisfies Record<UserRole, number>;

/** True when `role` may do what `needed` may (admin ⊃ lead ⊃ agent). */
export function roleAtLeast(role: UserRole, needed: UserRole): boolean {
  return RANK[role] >= RANK[needed];
}
