// The outbound webhook queue (migration 0008-outbound-deliveries), kept beside `schema.ts`, which lists it.

/** One event owed to one outbound target, until it is delivered or given up. */
export interface OutboundDeliveryTable {
  /** Also the `X-Rapport-Delivery` header, the same on every attempt, so receivers can dedupe. */
  id: string;
  workspace_id: string;
  webhook_id: string;
  /** The event name, e.g. `message.analyzed`. */
  event: string;
  /** The JSON body exactly as it is signed and sent. */
  body: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** When a worker may try next; a claimed row is pushed ahead by its lease, so no one else takes it. */
  next_attempt_at: string;
  /** HTTP status of the last attempt (null: network failure or not tried yet). */
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}
