import { z } from 'zod';
import type { Channel, ConversationStatus, ImportMessageRow } from '../../storage/index.js';
import {
  customerName,
  describeIssue,
  type RecordMapper,
  toIso,
  validEmail,
  validTimeZone,
} from '../import-record.js';

// A ticket as the Zendesk Tickets API returns it, with its comments as the Ticket Comments API
// returns them under `comments` (Zendesk's own JSON export nests them the same way) and, when
// side-loaded, its requester under `requester`. Unknown fields are ignored.
const zendeskId = z.union([z.number().int(), z.string().min(1)]).transform(String);
const comment = z.object({
  id: zendeskId,
  author_id: zendeskId.nullable().optional(),
  body: z.string().nullable().optional(),
  plain_body: z.string().nullable().optional(),
  public: z.boolean().optional(),
  created_at: z.string(),
});
const ticket = z.object({
  id: zendeskId,
  subject: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted']),
  requester_id: zendeskId,
  created_at: z.string(),
  updated_at: z.string().nullable().optional(),
  via: z
    .object({
      channel: z.string().optional(),
      source: z
        .object({ from: z.object({ name: z.string().nullish(), address: z.string().nullish() }).nullish() })
        .nullish(),
    })
    .nullish(),
  requester: z
    .object({
      name: z.string().nullish(),
      email: z.string().nullish(),
      iana_time_zone: z.string().nullish(),
    })
    .nullish(),
  comments: z.array(comment).optional(),
});

const STATUS: Record<z.infer<typeof ticket>['status'], ConversationStatus> = {
  new: 'open',
  open: 'open',
  hold: 'pending',
  pending: 'pending',
  solved: 'solved',
  closed: 'closed',
  deleted: 'closed',
};

const CHANNEL: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  web_form: 'web',
  web_widget: 'web',
  help_center: 'web',
  chat: 'chat',
  native_messaging: 'chat',
  mobile_sdk: 'chat',
  voice: 'phone',
  twitter: 'social',
  facebook: 'social',
  instagram_dm: 'social',
  whatsapp: 'social',
};

/** Maps one Zendesk ticket; the requester's comments are the customer's, everyone else's an agent's. */
export const mapZendeskTicket: RecordMapper = (value) => {
  const parsed = ticket.safeParse(value);
  if (!parsed.success) return { problem: describeIssue(parsed.error) };
  const t = parsed.data;
  const createdAt = toIso(t.created_at);
  if (!createdAt) return { problem: 'created_at: must be an ISO-8601 date-time' };
  const from = t.via?.source?.from;
  const email = validEmail(t.requester?.email ?? from?.address);
  const messages: ImportMessageRow[] = [];
  if (t.comments && t.comments.length > 0) {
    for (const c of t.comments) {
      // Internal notes are agents talking among themselves, not part of the conversation.
      if (c.public === false) continue;
      const at = toIso(c.created_at);
      if (!at) return { problem: `comments.${c.id}.created_at: must be an ISO-8601 date-time` };
      messages.push({
        externalId: c.id,
        conversationExternalId: t.id,
        authorKind: c.author_id === t.requester_id ? 'customer' : 'agent',
        body: c.plain_body ?? c.body ?? '',
        createdAt: at,
      });
    }
  } else if (t.description) {
    // Without comments the description is the requester's first message.
    messages.push({
      externalId: `ticket-${t.id}-description`,
      conversationExternalId: t.id,
      authorKind: 'customer',
      body: t.description,
      createdAt,
    });
  }
  return {
    customer: {
      externalId: t.requester_id,
      name: customerName(t.requester?.name ?? from?.name, email, t.requester_id),
      email,
      timeZone: validTimeZone(t.requester?.iana_time_zone),
    },
    conversation: {
      externalId: t.id,
      customerExternalId: t.requester_id,
      channel: CHANNEL[t.via?.channel ?? ''] ?? 'other',
      status: STATUS[t.status],
      subject: t.subject ?? null,
      createdAt,
      updatedAt: toIso(t.updated_at ?? '') ?? messages.at(-1)?.createdAt ?? createdAt,
    },
    messages,
  };
};
