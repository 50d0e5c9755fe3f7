export { LEARNED_LABELS, type LearnedLabel } from './labels.js';
export { type LearnedFindings, learnedFindings, withLearned } from './learnedFindings.js';
export {
  type ConceptSet,
  conceptsOf,
  type SentencePlace,
  sentenceFeatures,
} from './sentenceFeatures.js';
export { shippedTechniqueModel } from './shippedModel.js';
export {
  loadTechniqueModel,
  scoreSentence,
  type TechniqueModel,
  type TechniqueModelFile,
} from './techniqueModel.js';
