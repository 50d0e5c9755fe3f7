import { z } from 'zod';
import type { Channel, ConversationStatus, ImportMessageRow } from '../../storage/index.js';
import { htmlToText } from '../html-to-text.js';
import { customerName, describeIssue, type RecordMapper, toIso, validEmail } from '../import-record.js';

// A ticket as Freshdesk's `GET /api/v2/tickets/:id?include=conversations,requester` returns it:
// numeric status and source codes, the first message in `description_text`, replies and notes
// in `conversations` (`incoming` is true for the customer's, `private` for internal notes).
const conversation = z.object({
  id: z.number().int(),
  body_text: z.string().nullish(),
  body: z.string().nullish(),
  incoming: z.boolean(),
  private: z.boolean().optional(),
  created_at: z.string(),
});
const ticket = z.object({
  id: z.number().int(),
  subject: z.string().nullish(),
  description_text: z.string().nullish(),
  description: z.string().nullish(),
  status: z.number().int(),
  source: z.number().int().optional(),
  requester_id: z.number().int(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  requester: z.object({ name: z.string().nullish(), email: z.string().nullish() }).nullish(),
  conversations: z.array(conversation).optional(),
});

// Freshdesk's documented codes; custom statuses (6 and up) are some kind of waiting.
const STATUS: Record<number, ConversationStatus> = { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' };
const SOURCE: Record<number, Channel> = {
  1: 'email',
  2: 'web',
  3: 'phone',
  4: 'web',
  5: 'social',
  6: 'social',
  7: 'chat',
  8: 'chat',
  9: 'web',
  10: 'email',
};

/** Maps one Freshdesk ticket with its conversations. */
export const mapFreshdeskTicket: RecordMapper = (value) => {
  const parsed = ticket.safeParse(value);
  if (!parsed.success) return { problem: describeIssue(parsed.error) };
  const t = parsed.data;
  const createdAt = toIso(t.created_at);
  if (!createdAt) return { problem: 'created_at: must be an ISO-8601 date-time' };
  const id = String(t.id);
  const customerId = String(t.requester_id);
  const messages: ImportMessageRow[] = [];
  const description = t.description_text ?? (t.description ? htmlToText(t.description) : '');
  if (description) {
    messages.push({
      externalId: `ticket-${id}`,
      conversationExternalId: id,
      authorKind: 'customer',
      body: description,
      createdAt,
    });
  }
  for (const c of t.conversations ?? []) {
    if (c.private) continue;
    const at = toIso(c.created_at);
    if (!at) return { problem: `conversations.${c.id}.created_at: must be an ISO-8601 date-time` };
    messages.push({
      externalId: String(c.id),
      conversationExternalId: id,
      authorKind: c.incoming ? 'customer' : 'agent',
      body: c.body_text ?? (c.body ? htmlToText(c.body) : ''),
      createdAt: at,
    });
  }
  const email = validEmail(t.requester?.email);
  return {
    customer: { externalId: customerId, name: customerName(t.requester?.name, email, customerId), email },
    conversation: {
      externalId: id,
      customerExternalId: customerId,
      channel: SOURCE[t.source ?? 0] ?? 'other',
      status: STATUS[t.status] ?? 'pending',
      subject: t.subject ?? null,
      createdAt,
      updatedAt: toIso(t.updated_at ?? '') ?? messages.at(-1)?.createdAt ?? createdAt,
    },
    messages,
  };
};
