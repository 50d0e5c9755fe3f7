import type { CxEmotion } from '../emotion/types.js';
import type { Paraphrase } from './extract-paraphrase.js';
import type { OptionList } from './option-list.js';
import type { UsableFact } from './read-facts.js';
import type { Channel, Mood, Move } from './types.js';

/** Everything the phrase banks need, already read from the input. */
export interface ReplyContext {
  mood: Mood;
  paraphrase: Paraphrase | null;
  channel: Channel;
  customerName?: string;
  agentName?: string;
  options: OptionList;
  /** The next step as a clause ("I'll refund the charge by Friday"), or null. */
  nextStep: string | null;
  facts: UsableFact[];
  previousReplies: string[];
  seed: number;
}

/** A reply before the coach has read it. */
export interface BuiltReply {
  text: string;
  moves: Move[];
}

/** Feelings answered with warmth rather than problem-solving. */
export const POSITIVE: ReadonlySet<CxEmotion> = new Set(['gratitude', 'delight']);

/** A question or request with nothing gone wrong ("how do I add a user?"): no reassurance needed. */
export function plainRequest(ctx: ReplyContext): boolean {
  return ctx.paraphrase?.kind === 'request' && !ctx.mood.apologise;
}
