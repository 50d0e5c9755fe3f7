import type { CoachResult } from '../coach/index.js';
import type { Analysis, CxEmotion } from '../emotion/types.js';

/** Where the reply will be read: a private e-mail, a live chat, or a public page (review, social post). */
export type Channel = 'email' | 'chat' | 'public';

/** What happens next, as an action we take ("refund the second charge") and when ("by Friday"). */
export interface NextStep {
  action: string;
  when?: string;
}

/** Everything `compose()` may use. Only `customer` is required; the rest sharpens the draft. */
export interface ComposeInput {
  /** The customer's message, or their messages in order (the last one is answered). */
  customer: string | string[];
  /** `analyze()` of the last message, when the caller already has it. */
  analysis?: Analysis;
  customerName?: string;
  /** What we remember about the customer ("prefers email", "customer since 2019"). */
  facts?: string[];
  /** Resolution options the team can offer, as noun phrases ("a full refund") or actions ("rebook you"). */
  options?: string[];
  /** The next step: an action we take ("refund the charge by Friday") or a full sentence ("we'll ..."). */
  nextStep?: string | NextStep;
  agentName?: string;
  channel?: Channel;
  /** Chooses among phrasings; the same seed and input always give the same drafts. */
  seed?: number;
  /** Replies already sent in this conversation: their phrasings are not used again. */
  previousReplies?: string[];
}

/** How strongly the feeling shows: drives which phrase bank answers it. */
export type Strength = 'mild' | 'strong';

/** The feeling the draft answers, and the context that decides apology, urgency and tone. */
export interface Mood {
  kind: CxEmotion;
  strength: Strength;
  /** True when we are at fault or the customer is hurt, so an apology is warranted. */
  apologise: boolean;
  /** The customer's deadline in our words ("by Friday"), when they gave one. */
  deadline: string | null;
  repeatContact: boolean;
  /** Time pressure shows (an urgency emotion or a time cue) beside the main feeling. */
  urgent: boolean;
  /** The message asks about something or reports a problem (not only thanks or praise). */
  problem: boolean;
  /** The message asks something (a question mark): "good question" fits, otherwise it does not. */
  asks: boolean;
  /** Bereavement or a personal loss: the draft slows down and leads with sympathy. */
  loss: boolean;
}

/** The parts a reply is made of, in the order they may appear. */
export type MoveId =
  | 'greeting'
  | 'acknowledge'
  | 'urgency'
  | 'paraphrase'
  | 'apology'
  | 'ownership'
  | 'reassurance'
  | 'fact'
  | 'question'
  | 'options'
  | 'steps'
  | 'next_step'
  | 'private_channel'
  | 'check'
  | 'close'
  | 'signoff';

/** One part of a composed reply and the phrasing that produced it, so a draft explains itself. */
export interface Move {
  id: MoveId;
  /** The phrase-bank entry used (e.g. `ack.anger.strong.3`), or `literal` for the customer's words. */
  phrase: string;
  text: string;
}

/** A reply ready for the agent: its text, how it was built, and what the coach says about it. */
export interface ComposedReply {
  text: string;
  /** The parts it was built from (empty for a model's draft). */
  moves: Move[];
  coach: CoachResult;
  source: 'phrases' | 'model';
}

/** What the customer said, restated from our side (see `extractParaphrase`). */
export interface ParaphraseInfo {
  text: string;
  kind: 'problem' | 'positive' | 'request' | 'thanks';
  source: string[];
  who?: string;
}

/** What `compose()` returns: the strongest draft first, two alternatives that share no sentence with it. */
export interface ComposeResult {
  draft: ComposedReply;
  alternatives: [ComposedReply, ComposedReply];
  mood: Mood;
  /** The customer's problem in our words, or null when it could not be restated (the draft asks instead). */
  paraphrase: ParaphraseInfo | null;
}
