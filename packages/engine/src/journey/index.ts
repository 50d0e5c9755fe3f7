export { journey } from './journey.js';
export type {
  Journey,
  JourneyAuthor,
  JourneyMessage,
  JourneyOptions,
  JourneyReason,
  JourneyRisk,
  JourneyTurn,
  Remembered,
  RememberedLabel,
  ReplyEffect,
  ReplyEffectLabel,
} from './types.js';
