import type { AuthorKind, Channel, ConversationStatus, UserRole } from '../../storage/index.js';

/** One member of the demo team. */
export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
}

/** A demo customer; `ref` is its external id under the `demo` source. */
export interface DemoCustomer {
  ref: string;
  name: string;
  email: string;
  timeZone: string;
  /** `YYYY-MM-DD`, or null: some customers never told us. */
  birthday: string | null;
  customerSince: string | null;
  attributes: Record<string, string | number | boolean>;
}

export interface DemoMessage {
  from: AuthorKind;
  /** Minutes after the conversation started. */
  at: number;
  body: string;
}

/** A support conversation; times are relative so the demo always looks recent. */
export interface DemoConversation {
  ref: string;
  industry: 'retail' | 'travel' | 'software' | 'banking';
  channel: Channel;
  status: ConversationStatus;
  subject: string;
  customer: string;
  /** E-mail of the agent who answers. */
  agent: string;
  /** How many days before the seed time it started. */
  daysAgo: number;
  messages: DemoMessage[];
}
