/**
 * Compose: reply drafts that acknowledge the customer's feeling, restate their problem in their
 * own words, offer the team's options as a choice, state the next step and close with care.
 */

export { shiftPerson } from '../text/shift-person.js';
export { compose } from './compose.js';
export { extractParaphrase } from './extract-paraphrase.js';
export type { ChatError, ChatFn, ChatMessage, ChatRequest, ChatResult } from './model/chat.js';
export {
  composeWithModel,
  type ModelComposeResult,
  type ModelOptions,
  type ModelOutcome,
} from './model/compose-with-model.js';
export { createPrng, type Prng } from './prng.js';
export { redactPersonal } from './redact.js';
export { normaliseSentence, sharedSentences, splitSentences as splitReplySentences } from './sentences.js';
export type {
  Channel,
  ComposedReply,
  ComposeInput,
  ComposeResult,
  Mood,
  Move,
  MoveId,
  NextStep,
  ParaphraseInfo,
  Strength,
} from './types.js';
