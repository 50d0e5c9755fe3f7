import type { z } from 'zod';
import type { ImportConversationRow, ImportCustomerRow, ImportMessageRow } from '../storage/index.js';

/** One conversation read from an export, with its customer and messages, ready to upsert. */
export interface ImportRecord {
  /** The line of the file the record starts on, for reports. */
  line: number;
  customer: ImportCustomerRow | null;
  conversation: ImportConversationRow;
  messages: ImportMessageRow[];
}

/** A record, or why the row at `line` was skipped. */
export type ReadItem = { record: ImportRecord } | { line: number; problem: string };

/** Turns a parsed export object into a record (without its line), or a readable problem. */
export type RecordMapper = (value: unknown) => Omit<ImportRecord, 'line'> | { problem: string };

/** The first issue of a failed parse as "field.path: message", the way bad rows are reported. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Seconds since the epoch (Intercom) or an ISO string (Zendesk, Freshdesk) as ISO-8601 UTC. */
export function toIso(value: string | number): string | undefined {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A display name for a customer the export names only by id or address. */
export function customerName(name: string | null | undefined, email: string | null | undefined, id: string) {
  return name?.trim() || email?.trim() || `Customer ${id}`;
}

/** An e-mail address only when it is one; exports carry placeholders and phone numbers here. */
export function validEmail(value: string | null | undefined): string | null {
  return value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 320 ? value : null;
}

/** A time zone only when the runtime knows it (exports carry Rails names like "Eastern Time"). */
export function validTimeZone(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    return null;
  }
}
