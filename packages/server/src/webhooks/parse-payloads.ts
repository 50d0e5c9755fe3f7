import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CHANNELS } from '../storage/index.js';
import type { InboundDelivery } from './inbound-delivery.js';
import type { SignedRequest } from './signatures.js';

const idLike = z.union([z.string().trim().min(1).max(200), z.number().int()]).transform(String);
const text = z.string().max(100_000);

// Zendesk sends whatever JSON the trigger's body template says; this is the template the README
// gives (ticket placeholders), so every field has one meaning.
const zendeskPayload = z.object({
  ticket: z.object({
    id: idLike,
    subject: z.string().max(1000).optional(),
    requester: z.object({
      id: idLike,
      name: z.string().max(200).optional(),
      email: z.string().max(320).optional(),
    }),
  }),
  comment: z.object({ id: idLike, body: text, author_id: idLike, created_at: z.string().optional() }),
});

/** Zendesk trigger payload → one message; author is the customer when it is the requester. */
export function parseZendesk(body: unknown, req: SignedRequest): InboundDelivery {
  const { ticket, comment } = zendeskPayload.parse(body);
  return {
    deliveryId: req.header('x-zendesk-webhook-invocation-id') ?? `${ticket.id}:${comment.id}`,
    conversation: { externalId: ticket.id, subject: ticket.subject ?? null, channel: 'email' },
    customer: {
      externalId: ticket.requester.id,
      name: ticket.requester.name || 'Zendesk requester',
      email: ticket.requester.email || null,
    },
    messages: [
      {
        externalId: comment.id,
        authorKind: comment.author_id === ticket.requester.id ? 'customer' : 'agent',
        body: comment.body,
        createdAt: isoOrNull(comment.created_at),
      },
    ],
  };
}

const intercomAuthor = z.object({
  type: z.string(),
  id: idLike,
  name: z.string().max(200).nullish(),
  email: z.string().max(320).nullish(),
});
const intercomPayload = z.object({
  id: idLike,
  topic: z.string(),
  data: z.object({
    item: z.object({
      id: idLike,
      title: z.string().max(1000).nullish(),
      created_at: z.number().optional(),
      source: z.object({ id: idLike, body: text.nullish(), author: intercomAuthor }).optional(),
      conversation_parts: z
        .object({
          conversation_parts: z.array(
            z.object({
              id: idLike,
              part_type: z.string().optional(),
              body: text.nullish(),
              created_at: z.number().optional(),
              author: intercomAuthor,
            }),
          ),
        })
        .optional(),
    }),
  }),
});

/** Intercom `conversation.*` notification → the opening message and/or the new parts with text. */
export function parseIntercom(body: unknown): InboundDelivery {
  const event = intercomPayload.parse(body);
  const item = event.data.item;
  const parts = [
    ...(item.source ? [{ ...item.source, created_at: item.created_at }] : []),
    ...(item.conversation_parts?.conversation_parts ?? []),
  ].filter((p) => p.body && stripHtml(p.body) !== '');
  const customerAuthor = parts.map((p) => p.author).find((a) => a.type === 'user' || a.type === 'lead');
  return {
    deliveryId: event.id,
    conversation: { externalId: item.id, subject: item.title ?? null, channel: 'chat' },
    customer: customerAuthor
      ? {
          externalId: customerAuthor.id,
          name: customerAuthor.name || 'Intercom user',
          email: customerAuthor.email ?? null,
        }
      : null,
    messages: parts.map((p) => ({
      externalId: p.id,
      authorKind:
        p.author.type === 'admin' || p.author.type === 'team'
          ? 'agent'
          : p.author.type === 'bot'
            ? 'system'
            : 'customer',
      body: stripHtml(p.body ?? ''),
      createdAt: p.created_at ? new Date(p.created_at * 1000).toISOString() : null,
    })),
  };
}

// Freshdesk's automation webhook with its `{{ticket.*}}` placeholders, under `freshdesk_webhook`
// as Freshdesk's own examples nest it.
const freshdeskPayload = z.object({
  freshdesk_webhook: z.object({
    ticket_id: idLike,
    ticket_subject: z.string().max(1000).optional(),
    ticket_latest_public_comment: text.optional(),
    ticket_description: text.optional(),
    requester_id: idLike.optional(),
    requester_name: z.string().max(200).optional(),
    requester_email: z.string().max(320).optional(),
  }),
});

/**
 * Freshdesk sends no delivery id, so the id is the SHA-256 of the body: the same ticket update
 * delivered twice is recognised, a new comment on the same ticket is not mistaken for it.
 */
export function parseFreshdesk(body: unknown, req: SignedRequest): InboundDelivery {
  const t = freshdeskPayload.parse(body).freshdesk_webhook;
  const latest = stripHtml(t.ticket_latest_public_comment ?? '') || stripHtml(t.ticket_description ?? '');
  const digest = createHash('sha256').update(req.body).digest('hex');
  const requester = t.requester_id ?? t.requester_email;
  return {
    deliveryId: digest,
    conversation: { externalId: t.ticket_id, subject: t.ticket_subject ?? null, channel: 'email' },
    customer: requester
      ? {
          externalId: requester,
          name: t.requester_name || 'Freshdesk requester',
          email: t.requester_email || null,
        }
      : null,
    messages: latest
      ? [
          {
            externalId: `${t.ticket_id}:${digest.slice(0, 16)}`,
            authorKind: 'customer',
            body: latest,
            createdAt: null,
          },
        ]
      : [],
  };
}

/** Rapport's own shape, for any tool that can send JSON (documented in the server README). */
export const genericPayload = z.object({
  deliveryId: z.string().trim().min(1).max(200),
  conversation: z.object({
    id: z.string().trim().min(1).max(200),
    subject: z.string().max(1000).optional(),
    channel: z.enum(CHANNELS).default('other'),
  }),
  customer: z
    .object({
      id: z.string().trim().min(1).max(200),
      name: z.string().trim().min(1).max(200),
      email: z.string().max(320).optional(),
    })
    .optional(),
  messages: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(200),
        author: z.enum(['customer', 'agent', 'system']),
        body: text,
        createdAt: z.iso.datetime().optional(),
      }),
    )
    .min(1)
    .max(100),
});

export function parseGeneric(body: unknown): InboundDelivery {
  const p = genericPayload.parse(body);
  return {
    deliveryId: p.deliveryId,
    conversation: {
      externalId: p.conversation.id,
      subject: p.conversation.subject ?? null,
      channel: p.conversation.channel,
    },
    customer: p.customer
      ? { externalId: p.customer.id, name: p.customer.name, email: p.customer.email ?? null }
      : null,
    messages: p.messages.map((m) => ({
      externalId: m.id,
      authorKind: m.author,
      body: m.body,
      createdAt: m.createdAt ?? null,
    })),
  };
}

/** Help desks send HTML bodies; the engine reads text. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}
