import { createHmac } from 'node:crypto';
import { hashPassword, hashToken, newToken, type Store, type UserRole } from '@rapport/server';

export const PASSWORD = 'correct horse battery staple';
const ROLES: readonly UserRole[] = ['agent', 'lead', 'admin'];

export interface ProvisionedWorkspace {
  id: string;
  slug: string;
  /** An API key per role, e.g. `keys.admin`. */
  keys: Record<UserRole, string>;
  /** Sign-in addresses per role; every user's password is `PASSWORD`. */
  emails: Record<UserRole, string>;
  /** The secret the generic inbound webhook is signed with. */
  webhookSecret: string;
}

/**
 * Creates a workspace with one user and one API key per role and a generic inbound webhook
 * secret, straight through the store (what an admin would do in the web app).
 */
export async function provisionWorkspace(store: Store, slug: string): Promise<ProvisionedWorkspace> {
  const workspace = await store.workspaces.create({ slug, name: slug });
  const ws = store.forWorkspace(workspace.id);
  const passwordHash = await hashPassword(PASSWORD, { cost: 1024 });
  const keys = {} as Record<UserRole, string>;
  const emails = {} as Record<UserRole, string>;
  for (const role of ROLES) {
    emails[role] = `${role}@${slug}.test`;
    await ws.users.create({ email: emails[role], name: `${slug} ${role}`, role, passwordHash });
    keys[role] = newToken('rk_');
    await ws.apiKeys.create({
      name: `${role} key`,
      role,
      prefix: keys[role].slice(0, 9),
      keyHash: hashToken(keys[role]),
    });
  }
  const webhookSecret = newToken('whsec_');
  await ws.webhooks.setInboundSecret('generic', webhookSecret);
  return { id: workspace.id, slug, keys, emails, webhookSecret };
}

/** A signed delivery to `POST /api/webhooks/generic/:slug` carrying one customer message. */
export function genericDelivery(
  secret: string,
  {
    deliveryId,
    conversationId,
    messageId,
    body,
  }: Record<'deliveryId' | 'conversationId' | 'messageId' | 'body', string>,
  now = new Date(),
): { headers: Record<string, string>; body: string } {
  const json = JSON.stringify({
    deliveryId,
    conversation: { id: conversationId, channel: 'email' },
    customer: { id: `customer-${conversationId}`, name: 'Ann Customer' },
    messages: [{ id: messageId, author: 'customer', body }],
  });
  return { headers: { 'content-type': 'application/json', ...signGeneric(secret, json, now) }, body: json };
}

/** The generic webhook's documented scheme, written out here rather than borrowed from the server. */
export function signGeneric(secret: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'x-rapport-timestamp': timestamp, 'x-rapport-signature': `sha256=${digest}` };
}
