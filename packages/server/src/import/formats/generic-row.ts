import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CHANNELS, CONVERSATION_STATUSES } from '../../storage/index.js';
import { describeIssue, type RecordMapper, toIso, validEmail, validTimeZone } from '../import-record.js';

// One message per row, for CSV and JSON Lines files from any other tool. Column names are the
// documented mapping (packages/server/README.md); empty cells count as absent.
const AUTHOR_ALIASES: Record<string, 'customer' | 'agent' | 'system'> = {
  customer: 'customer',
  'end-user': 'customer',
  end_user: 'customer',
  user: 'customer',
  contact: 'customer',
  requester: 'customer',
  agent: 'agent',
  admin: 'agent',
  staff: 'agent',
  bot: 'agent',
  system: 'system',
};

const cell = z.preprocess(
  (v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v),
  z.string().optional(),
);
const required = (what: string) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : typeof v === 'number' ? String(v) : v),
    z.string({ error: `is required (${what})` }).min(1, { error: `is required (${what})` }),
  );

const row = z.object({
  conversation_id: required('the conversation the message belongs to'),
  message_id: cell,
  author: required('customer, agent or system').transform((v, ctx) => {
    const kind = AUTHOR_ALIASES[v.trim().toLowerCase()];
    if (!kind) {
      ctx.addIssue({ code: 'custom', message: `must be customer, agent or system, not "${v}"` });
      return z.NEVER;
    }
    return kind;
  }),
  body: z.preprocess(
    (v) => (v === null ? undefined : v),
    z.string({ error: 'is required (the message text)' }),
  ),
  created_at: required('an ISO-8601 date-time').refine((v) => toIso(v) !== undefined, {
    error: 'must be an ISO-8601 date-time such as 2026-03-01T09:30:00Z',
  }),
  customer_id: cell,
  customer_name: cell,
  customer_email: cell,
  customer_time_zone: cell,
  subject: cell,
  channel: cell.pipe(z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }).optional()),
  status: cell.pipe(
    z.enum(CONVERSATION_STATUSES, { error: `must be one of ${CONVERSATION_STATUSES.join(', ')}` }).optional(),
  ),
});

/**
 * Maps one generic row. Without `message_id` the message is keyed by a hash of its conversation,
 * time, author and text, so re-importing the same file still adds nothing twice.
 */
export const mapGenericRow: RecordMapper = (value) => {
  const parsed = row.safeParse(value);
  if (!parsed.success) return { problem: describeIssue(parsed.error) };
  const r = parsed.data;
  const createdAt = toIso(r.created_at) as string;
  const email = validEmail(r.customer_email);
  const customerId = r.customer_id ?? email?.toLowerCase();
  const messageId =
    r.message_id ??
    `h-${createHash('sha256').update(`${r.conversation_id}\u0000${createdAt}\u0000${r.author}\u0000${r.body}`).digest('hex').slice(0, 32)}`;
  return {
    customer: customerId
      ? {
          externalId: customerId,
          name: r.customer_name ?? email ?? `Customer ${customerId}`,
          email,
          timeZone: validTimeZone(r.customer_time_zone),
        }
      : null,
    conversation: {
      externalId: r.conversation_id,
      customerExternalId: customerId ?? null,
      channel: r.channel ?? 'other',
      status: r.status ?? 'open',
      subject: r.subject ?? null,
      createdAt,
      updatedAt: createdAt,
    },
    messages: [
      {
        externalId: messageId,
        conversationExternalId: r.conversation_id,
        authorKind: r.author,
        body: r.body,
        createdAt,
      },
    ],
  };
};
