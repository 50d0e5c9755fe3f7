import { Hono } from 'hono';
import type { Logger } from '../../log/index.js';
import { type Store, WEBHOOK_SOURCES, type WebhookSource } from '../../storage/index.js';
import {
  analyzedEvent,
  deliverDue,
  genericPayload,
  type InboundDelivery,
  ingestDelivery,
  type MessageAnalyzer,
  parseFreshdesk,
  parseGeneric,
  parseIntercom,
  parseZendesk,
  type SignatureCheck,
  type SignedRequest,
  verifyFreshdesk,
  verifyIntercom,
  verifyRapport,
  verifyZendesk,
} from '../../webhooks/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import type { RouteDoc } from '../openapi/index.js';

export interface WebhookRouteOptions {
  store: Store;
  analyzer: MessageAnalyzer;
  logger: Logger;
  clock?: () => Date;
  fetchFn?: typeof fetch;
}

type Handler = {
  verify(req: SignedRequest, secret: string, now: Date): SignatureCheck;
  parse(body: unknown, req: SignedRequest): InboundDelivery;
};

const HANDLERS = {
  zendesk: { verify: verifyZendesk, parse: parseZendesk },
  intercom: { verify: verifyIntercom, parse: (body) => parseIntercom(body) },
  freshdesk: { verify: verifyFreshdesk, parse: parseFreshdesk },
  generic: { verify: verifyRapport, parse: (body) => parseGeneric(body) },
} as const satisfies Record<WebhookSource, Handler>;

export const webhookDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/webhooks/:source/:workspace',
    summary: 'Receive a help-desk webhook (zendesk, intercom, freshdesk or generic) for a workspace slug',
    description:
      'Zendesk: X-Zendesk-Webhook-Signature = base64 HMAC-SHA256(secret, timestamp + body) with X-Zendesk-Webhook-Signature-Timestamp. ' +
      'Intercom: X-Hub-Signature = sha1=hex HMAC-SHA1(secret, body). Freshdesk: X-Rapport-Token = secret. ' +
      'Generic: X-Rapport-Signature = sha256=hex HMAC-SHA256(secret, timestamp + "." + body) with X-Rapport-Timestamp (unix seconds); body below.',
    tag: 'Webhooks',
    access: 'signature',
    body: genericPayload,
    status: 200,
  },
];

/**
 * `POST /api/webhooks/:source/:workspace` (public; the signature is the credential): verifies the
 * help desk's signature, stores the delivery once, analyses new customer messages, answers, then
 * posts `message.analyzed` to the workspace's outbound webhooks.
 */
export function webhookRoutes({
  store,
  analyzer,
  logger,
  clock = () => new Date(),
  fetchFn,
}: WebhookRouteOptions) {
  return new Hono<AppEnv>().post('/:source/:workspace', async (c) => {
    const source = c.req.param('source');
    if (!(WEBHOOK_SOURCES as readonly string[]).includes(source)) {
      throw new ApiError('not_found', `No webhook for "${source}"; use one of ${WEBHOOK_SOURCES.join(', ')}`);
    }
    const handler = HANDLERS[source as WebhookSource];
    const workspace = await store.workspaces.getBySlug(c.req.param('workspace'));
    const scope = workspace && store.forWorkspace(workspace.id);
    const secret = scope && (await scope.webhooks.getInboundSecret(source as WebhookSource));
    // One answer for "no such workspace" and "not configured": the URL reveals nothing.
    if (!workspace || !scope || !secret)
      throw new ApiError('not_found', `No ${source} webhook is set up here`);

    const body = await c.req.text();
    const req: SignedRequest = { header: (name) => c.req.header(name), body };
    const check = handler.verify(req, secret, clock());
    if (!check.ok) throw new ApiError('unauthorized', `Webhook signature rejected: ${check.reason}`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new ApiError('invalid_json', 'The request body is not valid JSON', undefined, { cause: error });
    }
    const delivery = handler.parse(json, req);
    const result = await ingestDelivery(scope, source as WebhookSource, delivery, analyzer);
    c.get('log').info(
      {
        source,
        workspaceId: workspace.id,
        duplicate: result.duplicate,
        stored: result.storedMessageIds.length,
      },
      'webhook delivery',
    );

    if (result.analysed.length > 0) {
      const conversation = { id: result.conversationId ?? '', externalId: delivery.conversation.externalId };
      const events = result.analysed.map(({ message, analysis }) =>
        analyzedEvent({ id: workspace.id, slug: workspace.slug }, source, conversation, message, analysis),
      );
      // Stored before anything is sent: a target that is down, or a restart, loses nothing.
      const rows = await scope.outboundDeliveries.enqueue(
        events.map((event) => ({ event: event.event, body: JSON.stringify(event) })),
      );
      const queued = rows.map((r) => r.id);
      // First attempt after the answer: a slow help-desk endpoint must not hold up the one that
      // called us. Failures wait in the queue for the outbound worker.
      if (queued.length > 0) {
        void deliverDue(scope, { logger, clock, ids: queued, ...(fetchFn && { fetchFn }) }).catch((error) =>
          logger.error({ err: error }, 'outbound webhooks failed'),
        );
      }
    }
    return c.json({
      duplicate: result.duplicate,
      conversationId: result.conversationId,
      storedMessages: result.storedMessageIds.length,
      analysedMessages: result.analysed.length,
      rememberedFacts: result.rememberedFacts,
    });
  });
}
