import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';

interface ApiKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Integration keys: create one (its secret is shown once, here), see which are in use, revoke. */
export function ApiKeysSection({ api }: { api: Api }) {
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState('agent');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      api.get<{ apiKeys: ApiKey[] }>('api/api-keys').then(({ apiKeys }) => setKeys(apiKeys), fail(setError)),
    [api],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { key } = await api.post<{ key: string }>('api/api-keys', { name, role });
      setCreated({ name, key });
      setName('');
      await reload();
    } catch (err) {
      fail(setError)(err);
    }
  };
  const revoke = async (id: string) => {
    await api.delete(`api/api-keys/${encodeURIComponent(id)}`).catch(fail(setError));
    await reload();
  };

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      {error && <p role="alert">{error}</p>}
      {created && (
        <p className="new-secret" role="status">
          Key for {created.name}: <code data-testid="new-api-key">{created.key}</code> — copy it now; it is
          not shown again.
        </p>
      )}
      <form className="inline-form" onSubmit={create}>
        <label htmlFor="key-name">Name</label>
        <input id="key-name" type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="key-role">Role</label>
        <select id="key-role" value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="agent">agent</option>
          <option value="lead">lead</option>
          <option value="admin">admin</option>
        </select>
        <button type="submit">Create key</button>
      </form>
      <table className="data-table">
        <caption className="visually-hidden">API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Starts with</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>{k.role}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.lastUsedAt ? new Date(k.lastUsedAt).toLocaleString() : 'never'}</td>
              <td>
                {k.revokedAt ? (
                  'revoked'
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => revoke(k.id)}
                    aria-label={`Revoke ${k.name}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export const fail = (set: (message: string) => void) => (err: unknown) =>
  set(err instanceof Error ? err.message : String(err));
