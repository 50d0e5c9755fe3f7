import { z } from 'zod';
import { AUTHOR_KINDS, CHANNELS, CONVERSATION_STATUSES, email, id, timestamp, timeZone } from './inputs.js';

// The rows importers hand to `importBatches.write()`, validated at this edge like every repository input.

export const customerRow = z.object({
  externalId: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  email: email.nullable().optional(),
  timeZone: timeZone.nullable().optional(),
});
export const conversationRow = z.object({
  externalId: z.string().min(1).max(200),
  customerExternalId: z.string().min(1).max(200).nullable().optional(),
  channel: z.enum(CHANNELS),
  status: z.enum(CONVERSATION_STATUSES),
  subject: z.string().max(1000).nullable().optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
export const messageRow = z.object({
  externalId: z.string().min(1).max(200),
  conversationExternalId: z.string().min(1).max(200),
  authorKind: z.enum(AUTHOR_KINDS),
  body: z.string().max(100_000),
  createdAt: timestamp.optional(),
});
export const analysisRow = z.object({
  messageId: id,
  modelVersion: z.string().min(1).max(100),
  analysis: z.record(z.string(), z.unknown()),
});

export type ImportCustomerRow = z.input<typeof customerRow>;
export type ImportConversationRow = z.input<typeof conversationRow>;
export type ImportMessageRow = z.input<typeof messageRow>;
export type ImportAnalysisRow = z.input<typeof analysisRow>;

/** One batch from one source; rows refer to each other by their external ids. */
export interface ImportBatch {
  source: string;
  customers: readonly ImportCustomerRow[];
  conversations: readonly ImportConversationRow[];
  messages: readonly ImportMessageRow[];
}

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Which rows a batch created and which it changed, by external id (for counts across batches). */
export interface WrittenIds {
  created: string[];
  updated: string[];
}

/** A message the batch created or changed: the ones that need (re-)analysis. */
export interface ChangedMessage {
  id: string;
  externalId: string;
  conversationId: string;
  customerId: string | null;
  authorKind: (typeof AUTHOR_KINDS)[number];
  body: string;
  createdAt: string;
  created: boolean;
}

export interface BatchResult {
  customers: WriteCounts;
  conversations: WriteCounts;
  messages: WriteCounts;
  /** Customers and conversations span batches, so callers get their ids to count them once. */
  written: { customers: WrittenIds; conversations: WrittenIds };
  changedMessages: ChangedMessage[];
}
