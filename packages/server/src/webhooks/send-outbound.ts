import { randomUUID } from 'node:crypto';
import type { Analysis } from '@rapport/engine';
import type { Logger } from '../log/index.js';
import type { Message, OutboundWebhook } from '../storage/index.js';
import { signRapport } from './signatures.js';

/** The body of `message.analyzed`: enough for a help desk to tag or prioritise the ticket. */
export interface AnalyzedEvent {
  event: 'message.analyzed';
  workspace: { id: string; slug: string };
  source: string;
  conversation: { id: string; externalId: string };
  message: { id: string; externalId: string | null; createdAt: string };
  analysis: {
    sentiment: Analysis['sentiment'];
    emotions: Array<{ label: string; score: number }>;
    intensity: number;
    risk: Analysis['risk'];
  };
}

export function analyzedEvent(
  workspace: { id: string; slug: string },
  source: string,
  conversation: { id: string; externalId: string },
  message: Message,
  analysis: Analysis,
): AnalyzedEvent {
  return {
    event: 'message.analyzed',
    workspace,
    source,
    conversation,
    message: { id: message.id, externalId: message.external?.id ?? null, createdAt: message.createdAt },
    // Scores and labels only: no customer text or evidence spans leave Rapport on this hook.
    analysis: {
      sentiment: analysis.sentiment,
      emotions: analysis.emotions.map(({ label, score }) => ({ label, score })),
      intensity: analysis.intensity,
      risk: analysis.risk,
    },
  };
}

export interface SendOptions {
  logger: Logger;
  clock?: () => Date;
  /** Attempts per target (1 + retries), with 0.5 s, 1 s, 2 s… between them. */
  attempts?: number;
  timeoutMs?: number;
  fetchFn?: typeof fetch;
}

/**
 * Posts one event to every outbound target, signed with each target's secret
 * (`X-Rapport-Signature`, `X-Rapport-Timestamp`, `X-Rapport-Delivery`); retries 5xx and network
 * failures, gives up on 4xx. Resolves when every target has answered or given up; never throws.
 */
export async function sendOutbound(
  targets: readonly OutboundWebhook[],
  event: AnalyzedEvent,
  { logger, clock = () => new Date(), attempts = 3, timeoutMs = 5000, fetchFn = fetch }: SendOptions,
): Promise<Array<{ targetId: string; ok: boolean; status: number | null }>> {
  const body = JSON.stringify(event);
  const deliveryId = randomUUID();
  return Promise.all(
    targets.map(async (target) => {
      let status: number | null = null;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          const res = await fetchFn(target.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'user-agent': 'Rapport-Webhook/1',
              'x-rapport-delivery': deliveryId,
              'x-rapport-event': event.event,
              ...signRapport(target.secret, body, clock()),
            },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          status = res.status;
          await res.body?.cancel();
          if (res.ok) return { targetId: target.id, ok: true, status };
          if (res.status < 500 && res.status !== 429) break;
        } catch (error) {
          status = null;
          logger.warn({ targetId: target.id, attempt, err: error }, 'outbound webhook failed');
        }
        if (attempt < attempts) await new Promise((r) => setTimeout(r, 500 * 2 ** (attempt - 1)));
      }
      logger.warn({ targetId: target.id, status }, 'outbound webhook gave up');
      return { targetId: target.id, ok: false, status };
    }),
  );
}
