import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, hashToken } from '../../auth/index.js';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';

const PASSWORD = 'correct horse battery staple';

for (const dialect of testDialects(process.env)) {
  describe(`sign-in, sessions, CSRF and API keys on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let now = new Date('2026-03-02T10:00:00Z');
    const app = () =>
      createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 100_000, webDir: '/nonexistent' },
        clock: () => now,
      });
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      app().request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      const acme = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
      const hash = await hashPassword(PASSWORD, { cost: 1024 });
      await store.forWorkspace(acme.id).users.create({
        email: 'Ann@Acme.test',
        name: 'Ann',
        role: 'admin',
        passwordHash: hash,
      });
      await store.forWorkspace(acme.id).users.create({
        email: 'bo@acme.test',
        name: 'Bo',
        role: 'agent',
        passwordHash: await hashPassword(PASSWORD, { cost: 1024 }),
      });
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    async function signIn(email: string) {
      const res = await post('/api/auth/sign-in', { email, password: PASSWORD });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const body = await res.json();
      return { cookie, csrf: body.csrfToken as string, body, setCookie: res.headers.get('set-cookie') ?? '' };
    }

    it('signs in with e-mail and password into an HttpOnly, SameSite=Strict, Secure cookie', async () => {
      const { body, setCookie } = await signIn('ann@acme.test');
      expect(body.user).toMatchObject({ name: 'Ann', role: 'admin', email: 'ann@acme.test' });
      expect(body.workspace).toMatchObject({ slug: 'acme' });
      expect(body.user.passwordHash).toBeUndefined();
      expect(setCookie).toMatch(/^rapport_session=[\w-]{40,};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      expect(setCookie).toContain('Secure'); // app.request's URL is http://localhost
    });

    it('answers a wrong password and an unknown address alike, and names bad fields', async () => {
      const wrong = await post('/api/auth/sign-in', { email: 'ann@acme.test', password: 'nope' });
      const unknown = await post('/api/auth/sign-in', { email: 'zed@acme.test', password: 'nope' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
      const bad = await post('/api/auth/sign-in', { email: 'ann@acme.test' });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.details.issues[0].path).toBe('password');
      const crossSite = await post(
        '/api/auth/sign-in',
        { email: 'ann@acme.test', password: PASSWORD },
        { origin: 'https://evil.example' },
      );
      expect(crossSite.status).toBe(403);
    });

    it('needs the CSRF token for changes made with the cookie, not for reads', async () => {
      const { cookie, csrf } = await signIn('ann@acme.test');
      const session = await app().request('/api/auth/session', { headers: { cookie } });
      expect(session.status).toBe(200);
      expect((await session.json()).csrfToken).toBe(csrf);
      const without = await post('/api/api-keys', { name: 'Zendesk' }, { cookie });
      expect(without.status).toBe(403);
      expect((await without.json()).error.message).toContain('X-CSRF-Token');
      const wrong = await post(
        '/api/api-keys',
        { name: 'Zendesk' },
        { cookie, 'x-csrf-token': 'x'.repeat(43) },
      );
      expect(wrong.status).toBe(403);
      const withToken = await post('/api/api-keys', { name: 'Zendesk' }, { cookie, 'x-csrf-token': csrf });
      expect(withToken.status).toBe(201);
    });

    it('shows an API key once, stores only its hash, and stops it when revoked', async () => {
      const { cookie, csrf } = await signIn('ann@acme.test');
      const headers = { cookie, 'x-csrf-token': csrf };
      const created = await post('/api/api-keys', { name: 'Intercom', role: 'lead' }, headers);
      const { apiKey, key } = await created.json();
      expect(key).toMatch(/^rk_[\w-]{43}$/);
      expect(key.startsWith(apiKey.prefix)).toBe(true);
      const listed = await (await app().request('/api/api-keys', { headers })).json();
      expect(JSON.stringify(listed)).not.toContain(key);
      expect(JSON.stringify(listed)).not.toContain(hashToken(key));

      const asKey = await app().request('/api/auth/session', { headers: { authorization: `Bearer ${key}` } });
      expect(await asKey.json()).toMatchObject({ apiKey: { name: 'Intercom', role: 'lead' } });
      // A lead key cannot manage keys: that is for admins.
      const forbidden = await post('/api/api-keys', { name: 'x' }, { authorization: `Bearer ${key}` });
      expect(forbidden.status).toBe(403);

      const revoke = await app().request(`/api/api-keys/${apiKey.id}`, { method: 'DELETE', headers });
      expect((await revoke.json()).apiKey.revokedAt).not.toBeNull();
      const after = await app().request('/api/auth/session', { headers: { authorization: `Bearer ${key}` } });
      expect(after.status).toBe(401);
    });

    it('gives agents no key management', async () => {
      const { cookie } = await signIn('bo@acme.test');
      expect((await app().request('/api/api-keys', { headers: { cookie } })).status).toBe(403);
    });

    it('ends sessions on sign-out and after they expire', async () => {
      const first = await signIn('ann@acme.test');
      const out = await post('/api/auth/sign-out', {}, { cookie: first.cookie, 'x-csrf-token': first.csrf });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/rapport_session=;.*Max-Age=0/);
      expect((await app().request('/api/auth/session', { headers: { cookie: first.cookie } })).status).toBe(
        401,
      );

      const second = await signIn('ann@acme.test');
      const signedInAt = now.toISOString();
      const secondHash = hashToken(second.cookie.split('=')[1] ?? '');
      now = new Date(now.getTime() + 8 * 24 * 3600_000);
      expect((await app().request('/api/auth/session', { headers: { cookie: second.cookie } })).status).toBe(
        401,
      );
      // The expired row is still stored until the next sign-in clears expired sessions away.
      expect(await store.auth.getSession(secondHash, signedInAt)).toBeDefined();
      await signIn('ann@acme.test');
      expect(await store.auth.getSession(secondHash, signedInAt)).toBeUndefined();
      expect(await store.auth.deleteExpiredSessions(now.toISOString())).toBe(0);
    });
  });
}
