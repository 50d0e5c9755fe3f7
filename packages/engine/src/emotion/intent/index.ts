export { extractDetails } from './details.js';
export { intentCueNames, intentFeatures } from './intentCues.js';
export {
  type IntentModel,
  type IntentModelFile,
  loadIntentModel,
  scoreIntents,
  tokenContributions,
} from './intentModel.js';
export { INTENTS, type Intent, isIntent } from './labels.js';
export { readIntent, UNREAD_INTENT } from './readIntent.js';
export { PAIR_NOUNS, PRODUCT_NOUNS, PRODUCTS, SERVICE_NOUNS, THING_PATTERN } from './things.js';
export type { Detail, DetailKind, IntentReading } from './types.js';
