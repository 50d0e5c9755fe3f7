/**
 * What a customer wants from support. The same ten the project's customer-message corpus is
 * labelled with (data/customer-messages/SPEC.md), so its readers' judgement is the reference.
 */
export const INTENTS = [
  'refund',
  'replacement_repair',
  'order_status',
  'cancel',
  'billing_error',
  'account_access',
  'how_to',
  'staff_complaint',
  'praise',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

const KNOWN: ReadonlySet<string> = new Set(INTENTS);

/** Whether a string is one of the ten intents. */
export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && KNOWN.has(value);
}
