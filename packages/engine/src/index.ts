/**
 * @rapport/engine — pure emotional-intelligence analysis for customer service.
 * Each capability lives in its own folder; this file is the package's only import point.
 */

export {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type CoachCheckId,
  type CoachCoreInput,
  type CoachInput,
  type CoachOptions,
  type CoachResult,
  type CustomerMessage,
  coach,
  coachCore,
  LEARNED_LABELS,
  type LearnedLabel,
  loadTechniqueModel,
  type Suggestion,
  shippedTechniqueModel,
  TECHNIQUE_IDS,
  type TechniqueFinding,
  type TechniqueId,
  type TechniqueModel,
  type TechniqueModelFile,
} from './coach/index.js';
export * from './compose/index.js';
export * from './emotion/index.js';
export * from './emotion/types.js';
export {
  type Journey,
  type JourneyAuthor,
  type JourneyMessage,
  type JourneyOptions,
  type JourneyReason,
  type JourneyRisk,
  type JourneyTurn,
  journey,
  type Remembered,
  type RememberedLabel,
  type ReplyEffect,
  type ReplyEffectLabel,
} from './journey/index.js';
export {
  type ExtractedFact,
  extractFacts,
  FACT_KINDS,
  FACT_RULES,
  type FactKind,
  type FactRule,
  type FactSource,
  mergeFacts,
  type RememberedFact,
} from './memory/index.js';
export * from './moments/index.js';
export * from './reasons/index.js';
export * as roleplay from './roleplay/index.js';
export * as team from './team/index.js';
export * from './text/index.js';
export * from './train/index.js';
export * from './voice/index.js';
export {
  type ConversationStrain,
  type RecentConversation,
  strainOf,
  type WellbeingAdvice,
  type WellbeingLevel,
  type WellbeingOptions,
  type WellbeingReason,
  wellbeing,
} from './wellbeing/index.js';
