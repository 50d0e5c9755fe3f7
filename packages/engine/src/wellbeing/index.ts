export { strainOf } from './strain.js';
export type {
  ConversationStrain,
  RecentConversation,
  WellbeingAdvice,
  WellbeingLevel,
  WellbeingOptions,
  WellbeingReason,
} from './types.js';
export { wellbeing } from './wellbeing.js';
