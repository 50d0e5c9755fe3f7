export {
  type AgentSentence,
  type AgentSentenceProblem,
  type AgentSentenceSplit,
  agentSentenceSplit,
  learnedTargets,
  parseAgentSentences,
  splitAgentSentences,
} from './agentSentences.js';
export { agreementOf, type LabelAgreement } from './agreement.js';
export { coachAgreement } from './evaluateAgreement.js';
export {
  type CoachTrainOptions,
  cautiousThreshold,
  DEFAULT_COACH_TRAIN_OPTIONS,
  type TechniqueTraining,
  techniqueModelSource,
  trainTechniqueModel,
} from './trainTechniques.js';
