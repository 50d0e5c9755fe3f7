/**
 * The HTTP API in-process (`app.request`, no sockets) over SQLite with the demo workspace: what
 * sign-in costs (scrypt on purpose), reading the inbox and a conversation thread, and ingesting a
 * signed help-desk webhook (verify, store, analyse, remember). Median and p95 of N calls each.
 *
 *   node --conditions=source --import tsx bench/api.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApp,
  createLogger,
  createStore,
  DEMO_SIGN_IN,
  ENGINE_ANALYZER,
  hashPassword,
  seedDemo,
  signRapport,
} from '@rapport/server';

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-api-'));
const store = createStore({ dialect: 'sqlite', file: join(dir, 'rapport.db') });
await store.migrate();
const { workspace } = await seedDemo(store, { now: new Date(), analyzer: ENGINE_ANALYZER });
const app = createApp({
  store,
  logger: createLogger({ level: 'silent' }),
  config: { bodyLimitBytes: 1_000_000, webDir: '/none' },
});
const json = { 'content-type': 'application/json' };

async function time(label: string, n: number, run: (i: number) => Promise<Response>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await run(i);
    await res.arrayBuffer();
    ms.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${label}: ${res.status}`);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
  console.log(`${label.padEnd(48)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (n=${n})`);
}

const t0 = performance.now();
await hashPassword('x');
console.log(`${'scrypt hash (N=2^15, r=8, p=1)'.padEnd(48)} ${(performance.now() - t0).toFixed(1)} ms`);

let cookie = '';
let csrf = '';
await time('POST /api/auth/sign-in (scrypt verify)', 20, async () => {
  const res = await app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: json,
    body: JSON.stringify(DEMO_SIGN_IN),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  csrf = (await res.clone().json()).csrfToken;
  return res;
});
await time('GET /api/auth/session (cookie)', 200, () =>
  app.request('/api/auth/session', { headers: { cookie } }),
);
await time('GET /api/inbox (demo workspace)', 50, () => app.request('/api/inbox', { headers: { cookie } }));
const { conversations } = await (await app.request('/api/inbox', { headers: { cookie } })).json();
await time('GET /api/conversations/:id/thread', 100, (i) =>
  app.request(`/api/conversations/${conversations[i % conversations.length].id}/thread`, {
    headers: { cookie },
  }),
);

const set = await app.request('/api/integrations/inbound/generic', {
  method: 'PUT',
  headers: { ...json, cookie, 'x-csrf-token': csrf },
  body: '{}',
});
const { secret } = await set.json();
await time('POST /api/webhooks/generic (new message)', 200, (i) => {
  const body = JSON.stringify({
    deliveryId: `d-${i}`,
    conversation: { id: `c-${i % 20}`, channel: 'email' },
    customer: { id: `u-${i % 20}`, name: 'Bench Customer' },
    messages: [
      {
        id: `m-${i}`,
        author: 'customer',
        body: 'I was charged twice and still no refund. Please email me, not call.',
      },
    ],
  });
  return app.request(`/api/webhooks/generic/${workspace.slug}`, {
    method: 'POST',
    headers: { ...json, ...signRapport(secret, body, new Date()) },
    body,
  });
});
await time('POST /api/webhooks/generic (repeat delivery)', 200, (i) => {
  const body = JSON.stringify({
    deliveryId: `d-${i}`,
    conversation: { id: `c-${i % 20}` },
    messages: [{ id: `m-${i}`, author: 'customer', body: 'x' }],
  });
  return app.request(`/api/webhooks/generic/${workspace.slug}`, {
    method: 'POST',
    headers: { ...json, ...signRapport(secret, body, new Date()) },
    body,
  });
});

await store.close();
rmSync(dir, { recursive: true, force: true });
