import type { Analysis, CxEmotion } from '../emotion/types.js';

export type JourneyAuthor = 'customer' | 'agent' | 'system';

/** One message of a conversation, in the order it was written. */
export interface JourneyMessage {
  id: string;
  author: JourneyAuthor;
  /** When it was written (ISO-8601), passed through as given; the engine never reads a clock. */
  at?: string;
  /** The text; customer messages without `analysis` are analysed from it. */
  text?: string;
  /** The stored reading of a customer message (saves analysing it again). */
  analysis?: Analysis;
}

/** How the customer felt at one of their messages. */
export interface JourneyTurn {
  messageId: string;
  at?: string;
  /** Sentiment in -1..1 (negative is upset). */
  mood: number;
  /** How strongly they felt, 0..1. */
  intensity: number;
  /** 0..1: how upset they were (negative mood, weighted by intensity). */
  upset: number;
  /** The strongest customer-service emotion, or null when none was read. */
  emotion: CxEmotion | null;
  escalation: number;
  churn: number;
}

export type ReplyEffectLabel = 'de-escalated' | 'inflamed' | 'steady' | 'unknown';

/** What one agent reply did: the customer's mood before it and at their next message. */
export interface ReplyEffect {
  replyId: string;
  /** The customer message it answered (the last one before it), or null when the agent wrote first. */
  beforeId: string | null;
  /** The customer's next message, or null when they have not written since. */
  afterId: string | null;
  /** Mood after minus mood before; positive means calmer. Null when either side is missing. */
  change: number | null;
  effect: ReplyEffectLabel;
}

export type RememberedLabel = 'positive' | 'mixed' | 'negative' | 'unknown';

/** Why the conversation will likely be remembered as it is; rendered to `message` in one place. */
export type JourneyReason =
  | { code: 'no_customer_messages' }
  | { code: 'peak'; messageId: string; mood: number; emotion: CxEmotion | null }
  | { code: 'end'; messageId: string; mood: number; emotion: CxEmotion | null }
  | { code: 'recovered'; from: number; to: number }
  | { code: 'ended_worse'; from: number; to: number }
  | { code: 'inflamed_by_reply'; replyId: string; change: number }
  | { code: 'de_escalated_by_reply'; replyId: string; change: number }
  | { code: 'unanswered'; messageId: string };

export interface Remembered {
  label: RememberedLabel;
  /** -1..1: the mean of the peak's and the end's mood (the peak-end rule). */
  score: number;
  reasons: JourneyReason[];
  /** One or two sentences for people, rendered from `reasons`. */
  message: string;
}

export interface JourneyRisk {
  /** 0..1: how likely the conversation needs a lead or a senior agent now. */
  escalation: number;
  /** 0..1: how likely the customer is to leave after it. */
  churn: number;
  /** End mood minus first mood; negative means they got more upset over the conversation. */
  trend: number;
  reasons: string[];
}

export interface Journey {
  /** The customer's messages only, in order. */
  turns: JourneyTurn[];
  /** The most intense customer moment, or null when the customer never wrote. */
  peak: JourneyTurn | null;
  /** The customer's last message, or null. */
  end: JourneyTurn | null;
  /** Every agent reply and what the customer's next message said about it. */
  replies: ReplyEffect[];
  remembered: Remembered;
  risk: JourneyRisk;
}

export interface JourneyOptions {
  /** Reads customer messages that have no stored analysis (a workspace engine's `analyze`). */
  analyze?: (text: string) => Analysis;
  /** How much the mood must change across a reply to call it de-escalated or inflamed (default 0.25). */
  threshold?: number;
}
