import type { Detail, IntentReading } from './intent/types.js';

/**
 * The shapes that `analyze()` returns. Other capabilities (coach, compose, journey, the server and
 * the web app) depend on these exact names, so change them only with every caller.
 */

/** The 27 GoEmotions emotions plus `neutral` (Demszky et al., ACL 2020), in the dataset's id order. */
export const GO_EMOTIONS_LABELS = [
  'admiration',
  'amusement',
  'anger',
  'annoyance',
  'approval',
  'caring',
  'confusion',
  'curiosity',
  'desire',
  'disappointment',
  'disapproval',
  'disgust',
  'embarrassment',
  'excitement',
  'fear',
  'gratitude',
  'grief',
  'joy',
  'love',
  'nervousness',
  'optimism',
  'pride',
  'realization',
  'relief',
  'remorse',
  'sadness',
  'surprise',
  'neutral',
] as const;
export type GoEmotionsLabel = (typeof GO_EMOTIONS_LABELS)[number];

/** The customer-service vocabulary agents see. */
export const CX_EMOTIONS = [
  'anger',
  'frustration',
  'anxiety',
  'confusion',
  'disappointment',
  'sadness',
  'urgency',
  'gratitude',
  'delight',
  'neutral',
] as const;
export type CxEmotion = (typeof CX_EMOTIONS)[number];

/** A piece of the input text and what caused it to be marked (a rule id, lexicon entry or model feature). */
export interface Span {
  start: number;
  end: number;
  text: string;
  source: string;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface EmotionFinding {
  label: CxEmotion;
  /** Probability-like score in 0..1. */
  score: number;
  evidence: Span[];
}

export interface FineEmotion {
  label: GoEmotionsLabel;
  score: number;
}

export type CueKind =
  | 'shouting'
  | 'repeated_punctuation'
  | 'elongation'
  | 'repeat_contact'
  | 'deadline'
  | 'time_pressure'
  | 'threat_to_leave'
  | 'threat_to_go_public'
  | 'threat_legal'
  | 'sarcasm'
  | 'emoji'
  | 'emoticon'
  | 'profanity'
  | 'service_failure'
  | 'negation';

export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  text: string;
}

export interface Risk {
  /** 0..1: how likely this conversation needs a lead or a senior agent. */
  escalation: number;
  /** 0..1: how likely the customer is to leave. */
  churn: number;
  reasons: string[];
}

export interface Language {
  /** ISO 639-1 code when recognised, 'und' when undetermined (too short, symbols only). */
  code: string;
  supported: boolean;
}

/**
 * Why a text could not be read as a message; the rest of the result is then empty and neutral.
 * Problems are data, never exceptions.
 */
export type InputProblem =
  | { code: 'not_text'; message: string }
  | { code: 'empty'; message: string }
  | { code: 'too_large'; message: string; bytes: number; limit: number }
  | { code: 'binary'; message: string };

export interface Analysis {
  /** Present only when the input was not analysable text (empty, over 1 MB, binary, not a string). */
  problem?: InputProblem;
  sentiment: { label: SentimentLabel; score: number };
  /** Detected customer-service emotions, strongest first. */
  emotions: EmotionFinding[];
  /** Detected fine-grained GoEmotions labels, strongest first. */
  fine: FineEmotion[];
  intensity: number;
  cues: Cue[];
  risk: Risk;
  language: Language;
  /** What the customer wants (refund, where is my order, …), with the words that say so. */
  intent: IntentReading;
  /** Facts the reply will need: order numbers, dates, amounts, products, with their spans. */
  details: Detail[];
}
