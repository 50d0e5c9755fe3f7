import type { CoachResult, TechniqueId } from '../coach/index.js';
import type { CxEmotion } from '../emotion/types.js';

/**
 * How a persona's feelings behave: which phrase bank voices them, which feeling they start with,
 * where they drift when inflamed, and what they value most in a reply.
 */
export const ARCHETYPES = [
  'angry',
  'anxious',
  'confused',
  'grieving',
  'leaving',
  'let_down',
  'hurried',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export type Industry =
  | 'banking'
  | 'retail'
  | 'travel'
  | 'software'
  | 'telecom'
  | 'utilities'
  | 'insurance'
  | 'healthcare'
  | 'food'
  | 'hospitality'
  | 'custom';

export interface Persona {
  name: string;
  archetype: Archetype;
  /** Who they are and what is at stake for them, for the trainee's brief. */
  summary: string;
  /** 0.5..1.5: how strongly their feelings move either way (1 = average). */
  volatility: number;
}

/** Something the customer knows and tells only when asked. */
export interface ScenarioFact {
  id: string;
  /** How the customer says it once asked (their words). */
  says: string;
  /** Words a question may name to get this fact first ("when", "order", "date"). */
  about: string[];
  /** A question a good trainee might ask to learn it (used by the scripted trainee and hints). */
  ask: string;
}

/** What solving the scenario takes: the facts to learn and what the reply must offer. */
export interface ScenarioGoal {
  /** The goal in words, shown to the trainee. */
  summary: string;
  /** Facts that must be known before the problem can be solved. */
  facts: string[];
  /** Lower-case words or phrases, one of which a reply must mention to resolve it ("refund"). */
  resolves: string[];
}

export interface Scenario {
  id: string;
  title: string;
  industry: Industry;
  persona: Persona;
  /** What the trainee knows before the first message. */
  brief: string;
  start: { emotion: CxEmotion; intensity: number };
  /** The customer's opening message, one picked per seed. */
  opening: string[];
  /** A few words naming the problem, used in the customer's lines ("the double charge"). */
  issue: string;
  facts: ScenarioFact[];
  goal: ScenarioGoal;
  /** What the team can offer here (also what `compose()` offers in the debrief rewrite). */
  options: string[];
  nextStep: string;
  turnLimit: number;
  /** Set when the scenario was built from a stored conversation. */
  source?: { conversationId: string };
}

export type SessionStatus = 'active' | 'solved' | 'left' | 'timeout';

/** How one reply moved the customer, with the coach findings that caused each part. */
export interface Reaction {
  delta: number;
  /** Each cause of the move: a coach check id (or `resolution`, `stalling`) and its share. */
  causes: { id: string; effect: number; quote?: string }[];
  revealed: string | null;
  resolved: boolean;
}

export interface Turn {
  /** 1 for the first trainee reply. */
  index: number;
  reply: string;
  coach: Pick<CoachResult, 'score' | 'working'> & {
    present: TechniqueId[];
    flagged: { id: string; status: 'improve' | 'warn'; quote?: string }[];
  };
  reaction: Reaction;
  customer: string;
  emotion: CxEmotion;
  intensity: number;
}

/** A session as plain data: store it, send it, and continue it with `respond()`. */
export interface SessionState {
  scenarioId: string;
  seed: number;
  status: SessionStatus;
  emotion: CxEmotion;
  intensity: number;
  opening: string;
  discovered: string[];
  resolved: boolean;
  turns: Turn[];
}
