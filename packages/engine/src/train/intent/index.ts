export { type IntentFigures, intentFigures } from './evaluateIntent.js';
export {
  customerIntentExamples,
  type IntentCorpus,
  type IntentExample,
  type IntentSplit,
  readIntentTsv,
} from './intentData.js';
export { BANKING77_INTENTS, CLINC150_INTENTS } from './intentMaps.js';
export { keywordIntent } from './keywordBaseline.js';
export {
  DEFAULT_INTENT_TRAIN_OPTIONS,
  type IntentTraining,
  type IntentTrainOptions,
  intentModelSource,
  intentOf,
  trainIntentModel,
} from './trainIntent.js';
