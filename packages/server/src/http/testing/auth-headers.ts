import { hashToken, newToken } from '../../auth/index.js';
import type { Store, UserRole } from '../../storage/index.js';

/**
 * Headers that authenticate an in-process test request as `role` in one workspace, through a
 * real API key stored (hashed) in that workspace — the same path integrations take.
 * @example const headers = await authHeaders(store, workspace.id, 'lead');
 *          await app.request('/api/conversations', { headers });
 */
export async function authHeaders(
  store: Store,
  workspaceId: string,
  role: UserRole = 'admin',
): Promise<{ authorization: string }> {
  const key = newToken('rk_test_');
  await store.forWorkspace(workspaceId).apiKeys.create({
    name: `test ${role}`,
    role,
    prefix: key.slice(0, 12),
    keyHash: hashToken(key),
  });
  return { authorization: `Bearer ${key}` };
}
