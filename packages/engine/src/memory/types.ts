/** What a remembered fact is about. */
export const FACT_KINDS = [
  'contact_preference',
  'time_zone',
  'life_event',
  'product',
  'plan',
  'deadline',
  'person',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** A fact read from one message: which rule found it and the words it came from. */
export interface ExtractedFact {
  kind: FactKind;
  /** What the fact is about within its kind (`channel`, `moving`, `wife`): one fact per key. */
  key: string;
  /** What the customer said about it, short and readable (`email`, `Sarah`, `Pro plan`). */
  value: string;
  /** 0..1: how sure the rule is that this is what the customer meant. */
  confidence: number;
  /** The rule's id, so the finding explains itself. */
  rule: string;
  evidence: { start: number; end: number; text: string };
}

/** Where a message came from, for the facts read from it. */
export interface FactSource {
  messageId: string;
  /** When the message was written (ISO-8601); newer statements replace older ones. */
  at: string;
}

/** A fact as remembered about a customer, across messages. */
export interface RememberedFact {
  kind: FactKind;
  key: string;
  value: string;
  confidence: number;
  rule: string;
  evidence: string;
  messageId: string | null;
  timesSeen: number;
  firstSeenAt: string;
  lastSeenAt: string;
}
