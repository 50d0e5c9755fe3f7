/** A moment in the outbox, as `/api/moments/queue` and `/api/moments/outbox` return it. */
export interface OutboxMoment {
  id: string;
  ruleId: string;
  customerId: string;
  customerName?: string;
  type: string;
  channel: 'email' | 'webhook';
  status: string;
  scheduledFor: string;
  subject: string;
  body: string;
  reason: string;
  attempts: number;
  lastError: string | null;
}

/** A moment the rules would create, from `/api/moments/preview`. */
export interface PlannedMoment {
  key: string;
  ruleId: string;
  type: string;
  customerName: string;
  channel: 'email' | 'webhook';
  needsReview: boolean;
  localTime: string;
  timeZone: string;
  subject: string;
  reason: string;
}

export interface HeldBack {
  key: string;
  ruleId: string;
  customerName: string;
  code: string;
  detail: string;
}
