import type { CueKind, CxEmotion, SentimentLabel } from '../types.js';

/** One hand-written customer message with what a careful human reader would mark. */
export interface GoldenMessage {
  text: string;
  /** Emotions a reader would mark; the first is the main one. `neutral` alone for plain requests. */
  emotions: CxEmotion[];
  sentiment: SentimentLabel;
  /** Cues that must be found. */
  cues?: CueKind[];
  /** Expected language code when not English. */
  language?: string;
  industry: string;
}

const SENTIMENT = { neg: 'negative', neu: 'neutral', pos: 'positive' } as const;

/**
 * Compact constructor for corpus files: `g('retail', 'text', 'frustration anger', 'neg', 'repeat_contact')`.
 */
export function g(
  industry: string,
  text: string,
  emotions: string,
  sentiment: keyof typeof SENTIMENT,
  cues = '',
  language?: string,
): GoldenMessage {
  const message: GoldenMessage = {
    industry,
    text,
    emotions: emotions.split(' ').filter((e) => e !== '') as CxEmotion[],
    sentiment: SENTIMENT[sentiment],
  };
  const cueList = cues.split(' ').filter((c) => c !== '') as CueKind[];
  if (cueList.length > 0) message.cues = cueList;
  if (language !== undefined) message.language = language;
  return message;
}
