/**
 * Role-play: practise on simulated customers whose feelings respond to what the trainee writes.
 * A scenario library, a seeded session state machine driven by the coach, a debrief, and
 * scenarios built from real conversations that went badly.
 */
export { type Debrief, debrief, type TurningPoint } from './debrief.js';
export {
  type ConversationInput,
  type ConversationMessage,
  type ConversationProblem,
  type ConversationVerdict,
  conversationVerdict,
  type ScenarioFromConversation,
  scenarioFromConversation,
} from './from-conversation.js';
export { type ScenarioView, scenarioView } from './public-view.js';
export { findScenario, SCENARIOS } from './scenarios/index.js';
export {
  customerMessages as sessionCustomerMessages,
  respond,
  type SessionOptions,
  startSession,
} from './session.js';
export {
  ARCHETYPES,
  type Archetype,
  type Industry,
  type Persona,
  type Reaction,
  type Scenario,
  type ScenarioFact,
  type ScenarioGoal,
  type SessionState,
  type SessionStatus,
  type Turn,
} from './types.js';
export { type VoiceOutcome, voiceLastTurn } from './voice.js';
