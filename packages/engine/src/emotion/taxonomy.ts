import type { CxEmotion, GoEmotionsLabel } from './types.js';

/**
 * How fine GoEmotions labels read in customer service, with a weight for how directly each one
 * means the customer-service emotion (annoyance is frustration; disapproval only partly).
 * `urgency` has no fine label: it comes from the lexicon and cues alone.
 */
export const FINE_TO_CX: Readonly<Record<CxEmotion, ReadonlyArray<readonly [GoEmotionsLabel, number]>>> = {
  anger: [
    ['anger', 1],
    ['disgust', 0.85],
  ],
  frustration: [
    ['annoyance', 1],
    ['disapproval', 0.7],
  ],
  anxiety: [
    ['fear', 1],
    ['nervousness', 1],
  ],
  // Curiosity is left out on purpose: in support, asking a question is not being confused.
  confusion: [['confusion', 1]],
  disappointment: [['disappointment', 1]],
  sadness: [
    ['sadness', 1],
    ['grief', 1],
    ['remorse', 0.6],
    ['embarrassment', 0.5],
  ],
  urgency: [],
  gratitude: [['gratitude', 1]],
  delight: [
    ['joy', 1],
    ['admiration', 0.9],
    ['love', 0.9],
    // Excitement is mostly anticipation ("interview on Wednesday!"), weaker evidence of delight with us.
    ['excitement', 0.7],
    ['amusement', 0.7],
    ['relief', 0.9],
    ['approval', 0.5],
    ['optimism', 0.5],
    ['pride', 0.6],
  ],
  neutral: [['neutral', 1]],
};

/** The customer-service emotions that are negative experiences, for risk and sentiment. */
export const NEGATIVE_CX: ReadonlySet<CxEmotion> = new Set([
  'anger',
  'frustration',
  'anxiety',
  'disappointment',
  'sadness',
]);

/** The positive ones. */
export const POSITIVE_CX: ReadonlySet<CxEmotion> = new Set(['gratitude', 'delight']);

/**
 * A fresh record with one value per customer-service emotion. Written as a literal so that every
 * such record shares one fast shape in V8 (Object.fromEntries gives a slow dictionary, and these
 * records are read for every label of every message).
 * @example perEmotion(() => 0).anger // 0
 */
export function perEmotion<T>(value: (label: CxEmotion) => T): Record<CxEmotion, T> {
  return {
    anger: value('anger'),
    frustration: value('frustration'),
    anxiety: value('anxiety'),
    confusion: value('confusion'),
    disappointment: value('disappointment'),
    sadness: value('sadness'),
    urgency: value('urgency'),
    gratitude: value('gratitude'),
    delight: value('delight'),
    neutral: value('neutral'),
  };
}
