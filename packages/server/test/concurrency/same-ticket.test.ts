/**
 * A help desk fires webhooks for the same new ticket at the same moment (a burst of replies, or a
 * retry racing the original). Every delivery is acknowledged, the conversation and customer are
 * created once, every message is stored once with its analysis, and repeats store nothing.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp, createLogger } from '../../src/index.js';
import { openTestStore, testDialects } from '../../src/storage/testing/open-test-store.js';

const SECRET = 'secret-0123456789abcdef';

function delivery(i: number) {
  const body = JSON.stringify({
    deliveryId: `d${i % 12}`, // 24 requests, 12 deliveries: each sent twice at once
    conversation: { id: 'same-ticket' },
    customer: { id: 'same-customer', name: 'Ann' },
    messages: [{ id: `m${i % 12}`, author: 'customer', body: `Still waiting for my refund (${i % 12})` }],
  });
  const ts = String(Math.floor(Date.now() / 1000));
  const sig = createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex');
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-rapport-timestamp': ts,
      'x-rapport-signature': `sha256=${sig}`,
    },
    body,
  };
}

for (const dialect of testDialects(process.env)) {
  describe(`concurrent deliveries for one ticket on ${dialect}`, () => {
    it('acknowledges all, stores each message once, creates the ticket once', async () => {
      const { store, dispose } = await openTestStore(dialect, process.env);
      try {
        await store.migrate();
        const workspace = await store.workspaces.create({ slug: 'c', name: 'C' });
        const ws = store.forWorkspace(workspace.id);
        await ws.webhooks.setInboundSecret('generic', SECRET);
        const app = createApp({
          store,
          logger: createLogger({ level: 'silent' }),
          config: { bodyLimitBytes: 1e6, webDir: '/none' },
        });
        const answers = await Promise.all(
          Array.from({ length: 24 }, async (_, i) => {
            const res = await app.request('/api/webhooks/generic/c', delivery(i));
            return { status: res.status, body: await res.json() };
          }),
        );
        expect(answers.map((a) => a.status)).toEqual(Array(24).fill(200));
        expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(12);
        const conversations = await ws.conversations.list({ limit: 100 });
        expect(conversations).toHaveLength(1);
        expect(await ws.customers.list({ limit: 100 })).toHaveLength(1);
        const messages = await ws.messages.listByConversation(conversations[0]?.id ?? '');
        expect(messages.map((m) => m.external?.id).sort()).toEqual(
          Array.from({ length: 12 }, (_, i) => `m${i}`).sort(),
        );
        expect(await ws.analyses.listByConversation(conversations[0]?.id ?? '')).toHaveLength(12);
      } finally {
        await dispose();
      }
    });
  });
}
