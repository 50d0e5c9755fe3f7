import { z } from 'zod';
import { guard, notFound, parseInput, type RepositoryContext } from './repository-context.js';

export const WEBHOOK_SOURCES = ['zendesk', 'intercom', 'freshdesk', 'generic'] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];

/** Where a workspace's analyses are posted. */
export interface OutboundWebhook {
  id: string;
  url: string;
  secret: string;
  createdAt: string;
}

const secret = z.string().min(16, { error: 'must be at least 16 characters' }).max(500);
const outboundInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  secret,
});
export type OutboundWebhookInput = z.input<typeof outboundInput>;

export interface WebhooksRepository {
  /** Sets (or replaces) the secret a help desk signs its deliveries with. */
  setInboundSecret(source: WebhookSource, secret: string): Promise<void>;
  getInboundSecret(source: WebhookSource): Promise<string | undefined>;
  /** Which help desks have a secret set (the secrets themselves stay here). */
  listInboundSources(): Promise<WebhookSource[]>;
  addOutbound(input: OutboundWebhookInput): Promise<OutboundWebhook>;
  listOutbound(): Promise<OutboundWebhook[]>;
  removeOutbound(id: string): Promise<void>;
  /**
   * Records a delivery id the first time it is seen: true then, false for a repeat, so a help
   * desk's retry is answered without storing or analysing its messages again.
   */
  claimDelivery(source: WebhookSource, deliveryId: string): Promise<boolean>;
  /** What processing a delivery produced (ids of stored messages), for support and repeats. */
  setDeliveryResult(
    source: WebhookSource,
    deliveryId: string,
    result: Record<string, unknown>,
  ): Promise<void>;
  getDeliveryResult(source: WebhookSource, deliveryId: string): Promise<Record<string, unknown> | undefined>;
}

export function webhooksRepository(ctx: RepositoryContext): WebhooksRepository {
  const { db, workspaceId } = ctx;
  return {
    setInboundSecret: (source, value) =>
      guard(ctx, 'inbound webhook', async () => {
        const v = parseInput(
          z.object({ source: z.enum(WEBHOOK_SOURCES), secret }),
          { source, secret: value },
          'inbound webhook',
        );
        const now = ctx.now();
        await db
          .insertInto('inbound_webhooks')
          .values({
            workspace_id: workspaceId,
            source: v.source,
            secret: v.secret,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'source']).doUpdateSet({ secret: v.secret, updated_at: now }),
          )
          .execute();
      }),
    getInboundSecret: async (source) =>
      (
        await db
          .selectFrom('inbound_webhooks')
          .select('secret')
          .where('workspace_id', '=', workspaceId)
          .where('source', '=', source)
          .executeTakeFirst()
      )?.secret,
    listInboundSources: async () =>
      (
        await db
          .selectFrom('inbound_webhooks')
          .select('source')
          .where('workspace_id', '=', workspaceId)
          .orderBy('source')
          .execute()
      ).map((r) => r.source as WebhookSource),
    addOutbound: (input) =>
      guard(ctx, 'outbound webhook', async () => {
        const v = parseInput(outboundInput, input, 'outbound webhook');
        const row = await db
          .insertInto('outbound_webhooks')
          .values({
            id: ctx.newId(),
            workspace_id: workspaceId,
            url: v.url,
            secret: v.secret,
            created_at: ctx.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { id: row.id, url: row.url, secret: row.secret, createdAt: row.created_at };
      }),
    listOutbound: async () =>
      (
        await db
          .selectFrom('outbound_webhooks')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      ).map((row) => ({ id: row.id, url: row.url, secret: row.secret, createdAt: row.created_at })),
    removeOutbound: async (id) => {
      const result = await db
        .deleteFrom('outbound_webhooks')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('outbound webhook', id);
    },
    claimDelivery: async (source, deliveryId) => {
      const result = await db
        .insertInto('webhook_deliveries')
        .values({
          workspace_id: workspaceId,
          source,
          delivery_id: deliveryId,
          received_at: ctx.now(),
          result: '{}',
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'source', 'delivery_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    setDeliveryResult: async (source, deliveryId, result) => {
      await db
        .updateTable('webhook_deliveries')
        .set({ result: JSON.stringify(result) })
        .where('workspace_id', '=', workspaceId)
        .where('source', '=', source)
        .where('delivery_id', '=', deliveryId)
        .execute();
    },
    getDeliveryResult: async (source, deliveryId) => {
      const row = await db
        .selectFrom('webhook_deliveries')
        .select('result')
        .where('workspace_id', '=', workspaceId)
        .where('source', '=', source)
        .where('delivery_id', '=', deliveryId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.result) as Record<string, unknown>) : undefined;
    },
  };
}
