import type { Analysis, CxEmotion, Span } from '../emotion/types.js';

/** The habits of an empathetic reply, each found (or missing) in a draft. */
export const TECHNIQUE_IDS = [
  'acknowledge',
  'paraphrase',
  'question',
  'apology',
  'reassurance',
  'options',
  'next_step',
  'caring_close',
  'information',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** Quality checks on how the draft is written. */
export const CHECK_IDS = [
  'jargon',
  'readability',
  'dismissive',
  'blame',
  'canned',
  'personalized',
  'agent_tone',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CoachCheckId = TechniqueId | CheckId;

/** `skip`: the check does not apply here (and `message` says why); it does not count in the score. */
export type CheckStatus = 'pass' | 'improve' | 'warn' | 'skip';

/** A rewrite the agent can accept: `text` replaces `replace` (an empty span means "insert here"). */
export interface Suggestion {
  text: string;
  replace?: Span;
}

export interface CheckResult {
  id: CoachCheckId;
  status: CheckStatus;
  /** What was found, in words an agent reads. */
  message: string;
  /** Why the check applies (or not) to this conversation. */
  why: string;
  spans: Span[];
  suggestion?: Suggestion;
  /** The check's share of the score, and what this draft earned of it (0 when skipped). */
  weight: number;
  earned: number;
}

export interface TechniqueFinding {
  present: boolean;
  spans: Span[];
}

export interface CoachResult {
  /** 0..100: earned / possible over the checks that apply, capped when the draft is disrespectful. */
  score: number;
  techniques: Record<TechniqueId, TechniqueFinding>;
  checks: CheckResult[];
  working: {
    earned: number;
    possible: number;
    cap?: { limit: number; because: CoachCheckId[] };
  };
}

/** What the public `coach()` takes. */
export interface CoachInput {
  reply: string;
  customer?: string | string[];
  customerName?: string;
  /** Things we remember about the customer ("prefers email", "travelling for a wedding"). */
  facts?: string[];
  /** The agent's earlier replies in this conversation or recent ones, to spot repeated templates. */
  previousReplies?: string[];
}

/** A customer message with its analysis already computed (the coach core never analyses text). */
export interface CustomerMessage {
  text: string;
  analysis: Analysis;
}

/** The core's input: like `CoachInput`, with the customer's messages already analysed. */
export interface CoachCoreInput {
  reply: string;
  customer?: CustomerMessage[];
  customerName?: string;
  facts?: string[];
  previousReplies?: string[];
}

export type { Analysis, CxEmotion, Span };
