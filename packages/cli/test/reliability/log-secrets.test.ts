import { afterAll, describe, expect, it } from 'vitest';
import { genericDelivery, PASSWORD, provisionWorkspace } from '../support/provision.js';
import { killHard, startServer, stopGracefully } from '../support/rapport-process.js';
import { openTestDatabase } from '../support/test-database.js';

// A realistic session against the real server, with its most talkative useful log level, then a
// grep of everything it wrote: no password, key, token, e-mail address or card number appears.

const CUSTOMER_EMAIL = 'rosa.diaz@customer-mail.example';
const CARD = '4111 1111 1111 1111';
const CUSTOMER_PASSWORD = 'Tr0ub4dor&3-secret';
const LEAKED_KEY = 'sk_live_51HxQkPLeakedKey0123456789';
const hostileText = `My card ${CARD} was charged twice! Write to ${CUSTOMER_EMAIL}, my password is ${CUSTOMER_PASSWORD} and our key is ${LEAKED_KEY}.`;

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('the server’s logs', () => {
  it('hold no secrets or personal data after a realistic session', async () => {
    const database = await openTestDatabase('sqlite');
    cleanups.push(() => database.dispose());
    const setup = await database.openStore();
    const workspace = await provisionWorkspace(setup, 'logs');
    await setup.close();
    const server = await startServer({ ...database.env, LOG_LEVEL: 'debug' });
    cleanups.push(() => killHard(server));
    const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
    const json = { 'content-type': 'application/json' };

    // Sign in: a wrong password first, then the right one.
    await call('/api/auth/sign-in', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: workspace.emails.admin, password: 'wrong-Passw0rd!' }),
    });
    const signIn = await call('/api/auth/sign-in', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: workspace.emails.admin, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookieHeader = signIn.headers.get('set-cookie') ?? '';
    const sessionToken = /rapport_session=([^;]+)/.exec(cookieHeader)?.[1] ?? 'missing';
    const { csrfToken } = await signIn.json();
    const session = { ...json, cookie: `rapport_session=${sessionToken}`, 'x-csrf-token': csrfToken };

    // An admin creates an API key; an integration uses it.
    const created = await call('/api/api-keys', {
      method: 'POST',
      headers: session,
      body: JSON.stringify({ name: 'Zendesk' }),
    });
    const { key } = await created.json();
    expect(key).toMatch(/^rk_/);
    const asKey = { ...json, authorization: `Bearer ${key}` };

    // Customer text full of personal data arrives by webhook, by API and for analysis and coaching.
    const delivery = genericDelivery(workspace.webhookSecret, {
      deliveryId: 'log-1',
      conversationId: 'log-c',
      messageId: 'log-m',
      body: hostileText,
    });
    expect(
      (
        await call(`/api/webhooks/generic/${workspace.slug}`, {
          method: 'POST',
          headers: delivery.headers,
          body: delivery.body,
        })
      ).status,
    ).toBe(200);
    const conversation = await (
      await call('/api/conversations', {
        method: 'POST',
        headers: asKey,
        body: JSON.stringify({ channel: 'email' }),
      })
    ).json();
    await call(`/api/conversations/${conversation.conversation.id}/messages`, {
      method: 'POST',
      headers: asKey,
      body: JSON.stringify({ authorKind: 'customer', body: hostileText }),
    });
    await call('/api/analyze', {
      method: 'POST',
      headers: asKey,
      body: JSON.stringify({ text: hostileText }),
    });
    await call('/api/coach', {
      method: 'POST',
      headers: asKey,
      body: JSON.stringify({ customer: hostileText, reply: `Noted: ${CARD}, ${CUSTOMER_EMAIL}.` }),
    });
    // Bad requests carrying the same data: broken JSON, a wrong shape, a bad signature, a query string.
    await call('/api/analyze', { method: 'POST', headers: asKey, body: `{"text": "${hostileText}` });
    await call('/api/conversations', {
      method: 'POST',
      headers: asKey,
      body: JSON.stringify({ channel: hostileText }),
    });
    await call(`/api/webhooks/generic/${workspace.slug}`, {
      method: 'POST',
      headers: { ...delivery.headers, 'x-rapport-signature': `sha256=${'0'.repeat(64)}` },
      body: delivery.body.replace('log-1', 'log-2'),
    });
    await call(
      `/api/conversations?email=${encodeURIComponent(CUSTOMER_EMAIL)}&password=${CUSTOMER_PASSWORD}`,
      {
        headers: asKey,
      },
    );
    await call('/api/auth/sign-out', { method: 'POST', headers: session });
    expect(await stopGracefully(server)).toBe(0);

    const logs = server.stderr() + server.stdout();
    expect(logs).toContain('"msg":"request"'); // the session was logged, request by request
    const secrets = {
      password: PASSWORD,
      wrongPassword: 'wrong-Passw0rd!',
      customerPassword: CUSTOMER_PASSWORD,
      apiKey: key,
      leakedKey: LEAKED_KEY,
      sessionToken,
      csrfToken,
      webhookSecret: workspace.webhookSecret,
      signature: delivery.headers['x-rapport-signature'] ?? 'missing',
      customerEmail: CUSTOMER_EMAIL,
      userEmail: workspace.emails.admin,
      card: CARD,
      cardDigits: CARD.replaceAll(' ', ''),
      customerText: 'was charged twice',
    };
    const found = Object.entries(secrets).filter(([, secret]) => logs.includes(secret));
    expect(found.map(([name]) => name)).toEqual([]);
    // Nothing shaped like an e-mail address or a card number either.
    expect(logs).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    const cardLike = (logs.match(/(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])/g) ?? []).filter(luhn);
    expect(cardLike).toEqual([]);
  });
});

/** The check digit every payment card number satisfies. */
function luhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
