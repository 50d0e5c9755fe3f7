import type { AuthorKind, Channel } from '../storage/index.js';

/** What every help desk's payload is turned into before anything is stored. */
export interface InboundDelivery {
  /** Unique per delivery at the sending help desk; a repeat is answered without storing again. */
  deliveryId: string;
  conversation: { externalId: string; subject: string | null; channel: Channel };
  customer: { externalId: string; name: string; email: string | null } | null;
  messages: Array<{ externalId: string; authorKind: AuthorKind; body: string; createdAt: string | null }>;
}
