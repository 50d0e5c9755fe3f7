import type { Analysis } from '../emotion/types.js';

/** One of the agent's recent conversations: when it happened and how the customer read. */
export interface RecentConversation {
  /** When the conversation ended, in milliseconds since the epoch (the caller's clock). */
  at: number;
  analysis: Analysis;
  id?: string;
}

export interface WellbeingOptions {
  /** The current time in milliseconds since the epoch; the engine never reads a clock. */
  now: number;
  /** When the agent last took a break; conversations before it no longer weigh on them. */
  lastBreakAt?: number;
  /** How far back conversations count (default 120 minutes). */
  windowMinutes?: number;
  /** How fast a hard conversation's weight fades (default 45 minutes). */
  halfLifeMinutes?: number;
}

export type WellbeingLevel = 'ok' | 'watch' | 'pause';

/** Why the advice is what it is; problems and reasons are data, rendered into `message` in one place. */
export type WellbeingReason =
  | { code: 'abusive'; id?: string; minutesAgo: number }
  | { code: 'hostile_streak'; count: number }
  | { code: 'high_load'; load: number }
  | { code: 'long_stretch'; minutes: number; conversations: number };

/** How hard one conversation was on the agent. */
export interface ConversationStrain {
  id?: string;
  at: number;
  /** 0..1 */
  strain: number;
  hostile: boolean;
  draining: boolean;
  abusive: boolean;
}

export interface WellbeingAdvice {
  level: WellbeingLevel;
  /** True when a short pause is advised now. */
  pause: boolean;
  /** Suggested length of the pause in minutes (0 when none). */
  minutes: number;
  message: string;
  reasons: WellbeingReason[];
  /** Time-weighted strain of recent conversations. */
  load: number;
  /** Hostile conversations in a row, most recent first. */
  hostileStreak: number;
  conversations: ConversationStrain[];
}
