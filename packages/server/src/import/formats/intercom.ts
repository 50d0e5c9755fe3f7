import { z } from 'zod';
import type { AuthorKind, Channel, ConversationStatus, ImportMessageRow } from '../../storage/index.js';
import { htmlToText } from '../html-to-text.js';
import { customerName, describeIssue, type RecordMapper, toIso, validEmail } from '../import-record.js';

// A conversation as Intercom's `GET /conversations/{id}` returns it: Unix-second timestamps, the
// opening message in `source`, replies in `conversation_parts.conversation_parts`, HTML bodies.
const author = z.object({
  type: z.string(),
  id: z.union([z.string(), z.number()]).transform(String).nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
const part = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  part_type: z.string(),
  body: z.string().nullish(),
  created_at: z.number(),
  author,
});
const conversation = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  created_at: z.number(),
  updated_at: z.number().nullish(),
  title: z.string().nullish(),
  state: z.enum(['open', 'closed', 'snoozed']),
  source: z.object({
    type: z.string().optional(),
    delivered_as: z.string().nullish(),
    subject: z.string().nullish(),
    body: z.string().nullish(),
    author,
  }),
  contacts: z
    .object({ contacts: z.array(z.object({ id: z.string(), external_id: z.string().nullish() })) })
    .optional(),
  conversation_parts: z.object({ conversation_parts: z.array(part) }).optional(),
});

const STATUS: Record<z.infer<typeof conversation>['state'], ConversationStatus> = {
  open: 'open',
  snoozed: 'pending',
  closed: 'closed',
};
const CHANNEL: Record<string, Channel> = {
  email: 'email',
  conversation: 'chat',
  chat: 'chat',
  push: 'chat',
  facebook: 'social',
  twitter: 'social',
  instagram: 'social',
  whatsapp: 'social',
  phone_call: 'phone',
  phone_switch: 'phone',
};
const CUSTOMER_AUTHORS = new Set(['user', 'lead', 'contact']);
// Parts that are conversation events rather than words (assignment, close, snooze...) carry
// no body or are skipped; notes are internal.
const SKIPPED_PARTS = new Set(['note', 'note_and_reopen']);

/** Maps one Intercom conversation; users and leads are the customer, admins and bots agents. */
export const mapIntercomConversation: RecordMapper = (value) => {
  const parsed = conversation.safeParse(value);
  if (!parsed.success) return { problem: describeIssue(parsed.error) };
  const c = parsed.data;
  const createdAt = toIso(c.created_at);
  if (!createdAt) return { problem: 'created_at: must be Unix seconds' };
  const contact = c.contacts?.contacts[0];
  const sourceAuthor = CUSTOMER_AUTHORS.has(c.source.author.type) ? c.source.author : undefined;
  const customerId = contact?.id ?? sourceAuthor?.id ?? undefined;
  const messages: ImportMessageRow[] = [];
  const add = (externalId: string, kind: AuthorKind, html: string | null | undefined, at: string) => {
    const body = html ? htmlToText(html) : '';
    if (body)
      messages.push({ externalId, conversationExternalId: c.id, authorKind: kind, body, createdAt: at });
  };
  add(`conversation-${c.id}`, sourceAuthor ? 'customer' : 'agent', c.source.body, createdAt);
  for (const p of c.conversation_parts?.conversation_parts ?? []) {
    if (SKIPPED_PARTS.has(p.part_type)) continue;
    const at = toIso(p.created_at);
    if (!at) return { problem: `conversation_parts.${p.id}.created_at: must be Unix seconds` };
    add(p.id, CUSTOMER_AUTHORS.has(p.author.type) ? 'customer' : 'agent', p.body, at);
  }
  const email = validEmail(sourceAuthor?.email);
  return {
    customer: customerId
      ? { externalId: customerId, name: customerName(sourceAuthor?.name, email, customerId), email }
      : null,
    conversation: {
      externalId: c.id,
      customerExternalId: customerId ?? null,
      channel: CHANNEL[c.source.delivered_as ?? ''] ?? CHANNEL[c.source.type ?? ''] ?? 'other',
      status: STATUS[c.state],
      subject: c.title ?? (c.source.subject ? htmlToText(c.source.subject) : null),
      createdAt,
      updatedAt: (c.updated_at ? toIso(c.updated_at) : undefined) ?? messages.at(-1)?.createdAt ?? createdAt,
    },
    messages,
  };
};
