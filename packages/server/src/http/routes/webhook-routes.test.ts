import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import type { Store, Workspace } from '../../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../../storage/testing/open-test-store.js';
import { signRapport, verifyRapport } from '../../webhooks/index.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const ANGRY = 'This is the third time I write. You charged me twice and I want my refund now or I cancel!';
const NOW = new Date('2026-03-02T10:00:00Z');

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

for (const dialect of testDialects(process.env)) {
  describe(`help-desk webhooks on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let acme: Workspace;
    let admin: Record<string, string>;
    let receiver: Server;
    let receiverUrl: string;
    const received: Received[] = [];
    let onReceive: () => void = () => {};
    const secrets: Record<string, string> = {};

    const app = () =>
      createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 100_000, webDir: '/nonexistent' },
        clock: () => NOW,
      });
    const deliver = (source: string, body: string, headers: Record<string, string>) =>
      app().request(`/api/webhooks/${source}/acme`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      acme = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
      admin = { ...(await authHeaders(store, acme.id, 'admin')), 'content-type': 'application/json' };
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => {
          body += chunk;
        });
        req.on('end', () => {
          received.push({ headers: req.headers, body });
          res.writeHead(204).end();
          onReceive();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      for (const source of ['zendesk', 'intercom', 'freshdesk', 'generic']) {
        const res = await app().request(`/api/integrations/inbound/${source}`, {
          method: 'PUT',
          headers: admin,
          body: '{}',
        });
        expect(res.status).toBe(200);
        const body = await res.json();
        expect(body.path).toBe(`/api/webhooks/${source}/acme`);
        secrets[source] = body.secret;
      }
    });
    afterAll(async () => {
      receiver?.close();
      await testStore?.dispose();
    });

    const zendeskBody = (commentId: string, text: string) =>
      JSON.stringify({
        ticket: {
          id: 9001,
          subject: 'Double charge',
          requester: { id: 77, name: 'Ann Customer', email: 'ann@example.com' },
        },
        comment: { id: commentId, body: text, author_id: 77 },
      });
    const zendeskHeaders = (body: string, at = NOW) => {
      const timestamp = at.toISOString();
      const signature = createHmac('sha256', secrets.zendesk ?? '')
        .update(timestamp + body)
        .digest('base64');
      return {
        'x-zendesk-webhook-signature': signature,
        'x-zendesk-webhook-signature-timestamp': timestamp,
        'x-zendesk-webhook-invocation-id': `inv-${commentId(body)}`,
      };
    };
    const commentId = (body: string) => JSON.parse(body).comment.id as string;

    it('stores and analyses a signed Zendesk comment once, and posts the signed analysis out', async () => {
      const add = await app().request('/api/integrations/outbound', {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ url: receiverUrl, secret: 'outbound-secret-0123456789' }),
      });
      expect(add.status).toBe(201);
      const arrived = new Promise<void>((resolve) => {
        onReceive = resolve;
      });

      const body = zendeskBody('c-1', ANGRY);
      const res = await deliver('zendesk', body, zendeskHeaders(body));
      expect(res.status).toBe(200);
      const result = await res.json();
      expect(result).toMatchObject({ duplicate: false, storedMessages: 1, analysedMessages: 1 });

      const ws = store.forWorkspace(acme.id);
      const conversation = await ws.conversations.getByExternalId('zendesk', '9001');
      expect(conversation).toMatchObject({ id: result.conversationId, subject: 'Double charge' });
      const [message] = await ws.messages.listByConversation(result.conversationId);
      expect(message).toMatchObject({ body: ANGRY, authorKind: 'customer' });
      const stored = await ws.analyses.get(message?.id ?? '');
      expect(stored?.analysis.sentiment.label).toBe('negative');
      expect((await ws.customers.getByExternalId('zendesk', '77'))?.email).toBe('ann@example.com');

      // A retry of the same delivery changes nothing.
      const again = await deliver('zendesk', body, zendeskHeaders(body));
      expect(await again.json()).toMatchObject({
        duplicate: true,
        conversationId: result.conversationId,
        storedMessages: 0,
      });
      expect(await ws.messages.listByConversation(result.conversationId)).toHaveLength(1);

      await arrived;
      const [hook] = received;
      const header = (name: string) => {
        const value = hook?.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      expect(verifyRapport({ header, body: hook?.body ?? '' }, 'outbound-secret-0123456789', NOW)).toEqual({
        ok: true,
      });
      const event = JSON.parse(hook?.body ?? '{}');
      expect(event).toMatchObject({
        event: 'message.analyzed',
        workspace: { slug: 'acme' },
        source: 'zendesk',
        conversation: { id: result.conversationId, externalId: '9001' },
        analysis: { sentiment: { label: 'negative' } },
      });
      expect(event.analysis.risk.escalation).toBeGreaterThan(0);
      // Scores only: the customer's words do not leave on this hook.
      expect(hook?.body).not.toContain('refund');

      // The queue shows it sent (marked just after the receiver answered), under the id it carried.
      const sent = async () => {
        const res = await app().request('/api/integrations/outbound/deliveries?status=sent', {
          headers: admin,
        });
        return ((await res.json()) as { deliveries: Array<{ id: string; attempts: number }> }).deliveries;
      };
      for (let i = 0; i < 50 && (await sent()).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await sent()).toEqual([
        expect.objectContaining({ id: header('x-rapport-delivery'), attempts: 1 }),
      ]);
      const bad = await app().request('/api/integrations/outbound/deliveries?status=lost', {
        headers: admin,
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        error: { code: 'invalid_input', details: { field: 'status' } },
      });
    });

    it('refuses a wrong signature, a stale timestamp and unknown workspaces', async () => {
      const body = zendeskBody('c-2', 'Hello');
      const wrong = await deliver('zendesk', body, {
        ...zendeskHeaders(body),
        'x-zendesk-webhook-signature': 'AAAA',
      });
      expect(wrong.status).toBe(401);
      expect((await wrong.json()).error.message).toContain('signature does not match');
      const stale = await deliver(
        'zendesk',
        body,
        zendeskHeaders(body, new Date(NOW.getTime() - 10 * 60_000)),
      );
      expect(stale.status).toBe(401);
      const tampered = await deliver('zendesk', body.replace('Hello', 'Goodbye'), zendeskHeaders(body));
      expect(tampered.status).toBe(401);
      const nowhere = await app().request('/api/webhooks/zendesk/nope', {
        method: 'POST',
        body,
        headers: zendeskHeaders(body),
      });
      expect(nowhere.status).toBe(404);
      expect((await app().request('/api/webhooks/salesforce/acme', { method: 'POST', body })).status).toBe(
        404,
      );
    });

    it('accepts Intercom X-Hub-Signature (sha1) and reads HTML parts', async () => {
      const body = JSON.stringify({
        type: 'notification_event',
        id: 'notif_1',
        topic: 'conversation.user.created',
        data: {
          item: {
            id: 'ic-5',
            title: null,
            created_at: 1772445600,
            source: {
              id: 's-1',
              body: '<p>My order never <b>arrived</b>. Please email me, not call.</p>',
              author: { type: 'user', id: 'u-9', name: 'Bo', email: 'bo@example.com' },
            },
          },
        },
      });
      const signature = `sha1=${createHmac('sha1', secrets.intercom ?? '')
        .update(body)
        .digest('hex')}`;
      const res = await deliver('intercom', body, { 'x-hub-signature': signature });
      expect(res.status).toBe(200);
      const { conversationId } = await res.json();
      const [message] = await store.forWorkspace(acme.id).messages.listByConversation(conversationId);
      expect(message?.body).toBe('My order never arrived. Please email me, not call.');
      // What the customer said about themselves is remembered with the message it came from.
      const bo = await store.forWorkspace(acme.id).customers.getByExternalId('intercom', 'u-9');
      const facts = await store.forWorkspace(acme.id).customerFacts.listByCustomer(bo?.id ?? '');
      expect(facts.map((f) => f.kind)).toContain('contact_preference');
      expect(facts.every((f) => f.messageId === message?.id)).toBe(true);
      expect((await deliver('intercom', body, { 'x-hub-signature': 'sha1=00' })).status).toBe(401);
    });

    it('accepts Freshdesk with its token header and a generic delivery signed the Rapport way', async () => {
      const fd = JSON.stringify({
        freshdesk_webhook: {
          ticket_id: 31,
          ticket_subject: 'Login',
          ticket_latest_public_comment: 'I cannot log in',
          requester_email: 'cy@example.com',
          requester_name: 'Cy',
        },
      });
      expect((await deliver('freshdesk', fd, { 'x-rapport-token': 'wrong' })).status).toBe(401);
      const ok = await deliver('freshdesk', fd, { 'x-rapport-token': secrets.freshdesk ?? '' });
      expect(await ok.json()).toMatchObject({ duplicate: false, storedMessages: 1 });
      const repeat = await deliver('freshdesk', fd, { 'x-rapport-token': secrets.freshdesk ?? '' });
      expect((await repeat.json()).duplicate).toBe(true);

      const generic = JSON.stringify({
        deliveryId: 'g-1',
        conversation: { id: 'g-conv', channel: 'chat' },
        messages: [
          { id: 'm1', author: 'customer', body: 'Thank you so much, that fixed it!' },
          { id: 'm2', author: 'agent', body: 'Glad to help.' },
        ],
      });
      const res = await deliver('generic', generic, signRapport(secrets.generic ?? '', generic, NOW));
      expect(await res.json()).toMatchObject({ storedMessages: 2, analysedMessages: 1 });
    });

    it('names the field and the reason when a signed payload has the wrong shape', async () => {
      const bad = JSON.stringify({
        deliveryId: 'g-2',
        conversation: { id: 'x' },
        messages: [{ id: 'm', author: 'robot', body: 'hi' }],
      });
      const res = await deliver('generic', bad, signRapport(secrets.generic ?? '', bad, NOW));
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('invalid_input');
      expect(error.details.issues[0].path).toBe('messages.0.author');
    });

    it('keeps integration settings to admins of the workspace', async () => {
      const agent = await authHeaders(store, acme.id, 'agent');
      expect((await app().request('/api/integrations', { headers: agent })).status).toBe(403);
      const listed = await (await app().request('/api/integrations', { headers: admin })).json();
      expect(listed.inbound.every((i: { configured: boolean }) => i.configured)).toBe(true);
      expect(JSON.stringify(listed)).not.toContain(secrets.zendesk);
      expect(JSON.stringify(listed)).not.toContain('outbound-secret');
    });
  });
}
