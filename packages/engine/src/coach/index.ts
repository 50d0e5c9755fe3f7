export { type CoachOptions, coach } from './coach.js';
export { coachCore } from './coach-core.js';
export {
  LEARNED_LABELS,
  type LearnedLabel,
  loadTechniqueModel,
  shippedTechniqueModel,
  type TechniqueModel,
  type TechniqueModelFile,
} from './learned/index.js';
export { TIME_EXPRESSION } from './lexicon/next-step.js';
export { QUALITY_CHECKS, TECHNIQUES } from './registry.js';
export type { Sentence } from './text/sentences.js';
export { splitSentences } from './text/sentences.js';
export {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type CoachCheckId,
  type CoachCoreInput,
  type CoachInput,
  type CoachResult,
  type CustomerMessage,
  type Suggestion,
  TECHNIQUE_IDS,
  type TechniqueFinding,
  type TechniqueId,
} from './types.js';
