import type { Analysis } from '@rapport/engine';
import { z } from 'zod';
import { rememberFacts } from '../customers/index.js';
import type { Message, WebhookSource, WorkspaceScope } from '../storage/index.js';
import type { InboundDelivery } from './inbound-delivery.js';

/** Reads one customer message; the engine's `analyze` in production. */
export interface MessageAnalyzer {
  analyze(text: string): Analysis;
  modelVersion: string;
}

export interface IngestResult {
  duplicate: boolean;
  conversationId: string | null;
  /** Ids of messages stored by this delivery (a repeat of a known message is not counted). */
  storedMessageIds: string[];
  /** The customer messages analysed, with their analysis, for the outbound webhook. */
  analysed: Array<{ message: Message; analysis: Analysis }>;
  /** Facts about the customer remembered or updated from the new messages. */
  rememberedFacts: number;
}

const validEmail = z.email();

/**
 * Stores one inbound delivery: the customer, the conversation and its new messages (each once,
 * by external id), analyses each new customer message and remembers what it says about them. The delivery id is claimed in the
 * same transaction, so a retry either finds it done or redoes all of it, never half.
 */
export async function ingestDelivery(
  scope: WorkspaceScope,
  source: WebhookSource,
  delivery: InboundDelivery,
  analyzer: MessageAnalyzer,
): Promise<IngestResult> {
  return scope.transaction(async (ws) => {
    if (!(await ws.webhooks.claimDelivery(source, delivery.deliveryId))) {
      const previous = await ws.webhooks.getDeliveryResult(source, delivery.deliveryId);
      return {
        duplicate: true,
        conversationId: typeof previous?.conversationId === 'string' ? previous.conversationId : null,
        storedMessageIds: [],
        analysed: [],
        rememberedFacts: 0,
      };
    }
    const customer = delivery.customer
      ? (
          await ws.customers.upsertByExternalId({
            name: delivery.customer.name,
            email: validEmail.safeParse(delivery.customer.email).success ? delivery.customer.email : null,
            external: { source, id: delivery.customer.externalId },
          })
        ).customer
      : null;
    const { conversation } = await ws.conversations.upsertByExternalId({
      channel: delivery.conversation.channel,
      ...(delivery.conversation.subject !== null && { subject: delivery.conversation.subject }),
      ...(customer && { customerId: customer.id }),
      external: { source, id: delivery.conversation.externalId },
    });
    const storedMessageIds: string[] = [];
    const analysed: IngestResult['analysed'] = [];
    for (const m of delivery.messages) {
      const { message, created } = await ws.messages.upsertByExternalId({
        conversationId: conversation.id,
        authorKind: m.authorKind,
        body: m.body,
        ...(m.createdAt && { createdAt: m.createdAt }),
        external: { source, id: m.externalId },
      });
      if (!created) continue;
      storedMessageIds.push(message.id);
      if (message.authorKind !== 'customer') continue;
      const analysis = analyzer.analyze(message.body);
      await ws.analyses.save({ messageId: message.id, modelVersion: analyzer.modelVersion, analysis });
      analysed.push({ message, analysis });
    }
    const rememberedFacts = customer
      ? await rememberFacts(
          ws,
          customer.id,
          analysed.map((a) => a.message),
        )
      : 0;
    await ws.webhooks.setDeliveryResult(source, delivery.deliveryId, {
      conversationId: conversation.id,
      storedMessageIds,
    });
    return { duplicate: false, conversationId: conversation.id, storedMessageIds, analysed, rememberedFacts };
  });
}
