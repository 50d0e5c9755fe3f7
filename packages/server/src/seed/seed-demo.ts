import type { Analysis } from '@rapport/engine';
import { hashPassword } from '../auth/index.js';
import { rememberFacts } from '../customers/index.js';
import type { Store, Workspace } from '../storage/index.js';
import {
  DEMO_CONVERSATIONS,
  DEMO_CUSTOMERS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_WORKSPACE,
} from './demo/index.js';

/** Reads one customer message; the engine's `analyze` fits, and tests pass a fake. */
export interface DemoAnalyzer {
  analyze(text: string): Analysis;
  /** Stored beside each analysis so a newer model can tell which rows to redo. */
  modelVersion: string;
}

export interface SeedOptions {
  /** The seed's "now": conversations are placed days before it. */
  now: Date;
  /** When given, every customer message without an analysis gets one. */
  analyzer?: DemoAnalyzer;
}

export interface SeedReport {
  workspace: Workspace;
  created: { users: number; customers: number; conversations: number; messages: number; analyses: number };
}

const SOURCE = 'demo';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Creates (or completes) the demo workspace. Idempotent: every row is keyed by a stable external
 * id, so running it again adds nothing; it all happens in one transaction, so a crash mid-seed
 * leaves no half demo behind.
 * @example await seedDemo(store, { now: new Date(), analyzer: { analyze, modelVersion: MODEL_VERSION } });
 */
export async function seedDemo(store: Store, { now, analyzer }: SeedOptions): Promise<SeedReport> {
  const created = { users: 0, customers: 0, conversations: 0, messages: 0, analyses: 0 };
  // Hashed before the transaction: scrypt is slow on purpose, and a transaction should not wait on it.
  const passwordHashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));

  const workspace = await store.transaction(async (tx) => {
    const workspace =
      (await tx.workspaces.getBySlug(DEMO_WORKSPACE.slug)) ?? (await tx.workspaces.create(DEMO_WORKSPACE));
    const ws = tx.forWorkspace(workspace.id);
    const userIds = new Map<string, string>();
    for (const [index, user] of DEMO_USERS.entries()) {
      const passwordHash = passwordHashes[index] ?? null;
      let existing = await ws.users.getByEmail(user.email);
      // Demos seeded before sign-in existed get their password now.
      if (existing && !existing.passwordHash) existing = await ws.users.update(existing.id, { passwordHash });
      if (!existing) created.users++;
      userIds.set(user.email, (existing ?? (await ws.users.create({ ...user, passwordHash }))).id);
    }

    const customerIds = new Map<string, string>();
    for (const { ref, ...customer } of DEMO_CUSTOMERS) {
      const existing = await ws.customers.getByExternalId(SOURCE, ref);
      if (existing) {
        customerIds.set(ref, existing.id);
        continue;
      }
      const { customer: row } = await ws.customers.upsertByExternalId({
        ...customer,
        external: { source: SOURCE, id: ref },
      });
      created.customers++;
      customerIds.set(ref, row.id);
    }

    for (const demo of DEMO_CONVERSATIONS) {
      const start = now.getTime() - demo.daysAgo * DAY - 3 * 60 * MINUTE;
      const agentId = userIds.get(demo.agent) ?? null;
      let conversation = await ws.conversations.getByExternalId(SOURCE, demo.ref);
      if (!conversation) {
        conversation = await ws.conversations.create({
          channel: demo.channel,
          status: demo.status,
          subject: demo.subject,
          customerId: customerIds.get(demo.customer) ?? null,
          assignedUserId: agentId,
          external: { source: SOURCE, id: demo.ref },
          createdAt: new Date(start).toISOString(),
        });
        created.conversations++;
      }
      for (const [index, message] of demo.messages.entries()) {
        const ref = `${demo.ref}#${index}`;
        let stored = await ws.messages.getByExternalId(SOURCE, ref);
        if (!stored) {
          stored = await ws.messages.create({
            conversationId: conversation.id,
            authorKind: message.from,
            authorUserId: message.from === 'agent' ? agentId : null,
            body: message.body,
            external: { source: SOURCE, id: ref },
            createdAt: new Date(start + message.at * MINUTE).toISOString(),
          });
          created.messages++;
        }
        if (analyzer && message.from === 'customer' && !(await ws.analyses.get(stored.id))) {
          await ws.analyses.save({
            messageId: stored.id,
            modelVersion: analyzer.modelVersion,
            analysis: analyzer.analyze(message.body),
          });
          created.analyses++;
        }
      }
      // What the customers said about themselves, so their profiles open with something remembered.
      if (conversation.customerId) {
        const messages = await ws.messages.listByConversation(conversation.id);
        await rememberFacts(ws, conversation.customerId, messages);
      }
    }
    return workspace;
  });

  return { workspace, created };
}
