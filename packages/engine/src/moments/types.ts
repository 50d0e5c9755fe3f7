/** The five kinds of defining moment in Chip and Dan Heath's *The Power of Moments*. */
export const MOMENT_TYPES = ['elevation', 'insight', 'pride', 'connection', 'recovery'] as const;
export type MomentType = (typeof MOMENT_TYPES)[number];

/**
 * Event types Rapport itself understands; any other dotted name (`custom.webinar_attended`) is a
 * custom event posted through the API and works with `event` and `milestone` triggers alike.
 */
export const KNOWN_EVENT_TYPES = [
  'order.placed',
  'offer.used',
  'conversation.ended',
  'complaint',
  'problem.solved',
] as const;

/** What makes a rule fire. */
export type MomentTrigger =
  /** The customer's birthday, every year. */
  | { kind: 'birthday' }
  /** Whole years since `customerSince` (1, 5, 10...). */
  | { kind: 'anniversary'; years: readonly number[] }
  /** The Nth event of a type from this customer (10th order, first problem solved). */
  | { kind: 'milestone'; event: string; counts: readonly number[] }
  /** Each event of a type (offer used, conversation ended, complaint, a custom event). */
  | { kind: 'event'; event: string };

/** Extra conditions; all given ones must hold. */
export interface MomentCondition {
  /** Whole years as a customer at the occurrence, at least / at most. */
  minCustomerYears?: number;
  maxCustomerYears?: number;
  /** Only the customer's first event of this type (a long-time customer's first complaint). */
  firstOfType?: boolean;
  /** Event data fields that must equal these values (`ending: negative`). */
  data?: Readonly<Record<string, string | number | boolean>>;
}

export type MomentChannel = 'email' | 'webhook';

/** What happens: an e-mail, a signed webhook, or a task a person reviews before it goes out. */
export type MomentAction =
  | { kind: 'email' }
  | { kind: 'webhook'; url: string }
  | { kind: 'review'; deliver: 'email' }
  | { kind: 'review'; deliver: 'webhook'; url: string };

/** When, in the customer's own time zone. */
export interface MomentTiming {
  /** Local hour for date triggers (birthday, anniversary); default 10. */
  localHour: number;
  /** Local hours [from, to) inside which event moments are sent; default [9, 18]. */
  sendBetween: readonly [number, number];
  /** Wait this long after the event before sending (default 0). */
  delayHours: number;
  /** Give up when the moment cannot go out this soon after the event (recovery: 24). */
  expiresAfterHours?: number;
}

export interface MomentMessage {
  /** `{{firstName}}`, `{{name}}`, `{{years}}`, `{{count}}`, `{{workspace}}`, `{{event.field}}`. */
  subject: string;
  body: string;
}

export interface MomentRule {
  id: string;
  name: string;
  type: MomentType;
  enabled: boolean;
  trigger: MomentTrigger;
  when: MomentCondition;
  action: MomentAction;
  message: MomentMessage;
  timing: MomentTiming;
}

/** A workspace's rules, with the limits that apply across them. */
export interface MomentRuleSet {
  /** The time zone for customers who have none. */
  defaultTimeZone: string;
  /** No customer gets more than this many moments in one calendar month (their time zone). */
  maxPerCustomerPerMonth: number;
  /** Events older than this are not acted on (so enabling a rule does not replay history). */
  eventLookbackDays: number;
  rules: readonly MomentRule[];
}

/** What the planner needs to know about a customer. Dates are `YYYY-MM-DD` or null. */
export interface MomentCustomer {
  id: string;
  name: string;
  email: string | null;
  timeZone: string | null;
  birthday: string | null;
  customerSince: string | null;
}

/** Something that happened to a customer. `sequence` is its number among their events of this type. */
export interface CustomerEvent {
  id: string;
  customerId: string;
  type: string;
  /** ISO-8601 instant. */
  occurredAt: string;
  sequence: number;
  data: Readonly<Record<string, unknown>>;
}

/** A moment already in the outbox, so it is never planned twice. */
export interface ExistingMoment {
  key: string;
  customerId: string;
  type: MomentType;
  scheduledFor: string;
  /** False once skipped by a reviewer or cancelled: it no longer uses up the monthly cap. */
  counted: boolean;
}

export interface OptOut {
  customerId: string;
  /** One moment type, or every moment. */
  type: MomentType | 'all';
}

export interface PlanInput {
  ruleSet: MomentRuleSet;
  customers: readonly MomentCustomer[];
  events: readonly CustomerEvent[];
  existing: readonly ExistingMoment[];
  optOuts: readonly OptOut[];
  /** The current time in milliseconds since the epoch; the engine never reads a clock. */
  now: number;
  /** Plan moments due up to this many days ahead. */
  horizonDays: number;
  /** Date moments missed by at most this many hours (server was down) still go out; default 24. */
  catchUpHours?: number;
  /** Shown in templates as `{{workspace}}`. */
  workspaceName?: string;
}

/** One moment to send: the idempotency key is rule + customer + occurrence. */
export interface PlannedMoment {
  key: string;
  ruleId: string;
  type: MomentType;
  customerId: string;
  customerName: string;
  occurrence: string;
  channel: MomentChannel;
  /** The customer's e-mail address at planning time (also sent along with webhooks). */
  recipient: string | null;
  webhookUrl: string | null;
  needsReview: boolean;
  /** ISO-8601 UTC instant. */
  scheduledFor: string;
  /** The customer's time zone and local time it was scheduled at, for people reading a preview. */
  localTime: string;
  timeZone: string;
  subject: string;
  body: string;
  /** Why it fires, in words. */
  reason: string;
}

/** Why a candidate moment is not sent. Codes are data; `detail` is for people. */
export type SkipCode = 'opted_out' | 'monthly_cap' | 'no_email' | 'already_planned' | 'too_late';

export interface SkippedMoment {
  key: string;
  ruleId: string;
  customerId: string;
  customerName: string;
  code: SkipCode;
  detail: string;
  scheduledFor: string;
}

export interface MomentPlan {
  due: PlannedMoment[];
  skipped: SkippedMoment[];
}
