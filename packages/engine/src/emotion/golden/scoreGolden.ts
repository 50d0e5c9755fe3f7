import { f1, macroF1 } from '../../train/metrics.js';
import { type Analysis, CX_EMOTIONS, type SentimentLabel } from '../types.js';
import type { GoldenMessage } from './goldenMessage.js';

/** Aggregate figures of a reader on the golden corpus. */
export interface GoldenScore {
  messages: number;
  /** Macro-F1 over the ten customer-service labels (English messages). */
  emotionMacroF1: number;
  perEmotion: Record<string, number>;
  /** Share of English messages whose main expected emotion is among the detected ones. */
  mainEmotionRecall: number;
  /** Macro-F1 over negative / neutral / positive (English messages). */
  sentimentMacroF1: number;
  sentimentAccuracy: number;
  /** Share of expected cues found. */
  cueRecall: number;
  /** Share of messages whose language was told right (English or the expected code). */
  languageAccuracy: number;
}

const SENTIMENTS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/**
 * Scores analyses against the corpus; `sentimentOf` lets the bench score other libraries' sentiment too.
 * @example scoreGolden(GOLDEN, GOLDEN.map((m) => analyze(m.text)))
 */
export function scoreGolden(
  corpus: readonly GoldenMessage[],
  results: ReadonlyArray<Pick<Analysis, 'emotions' | 'sentiment' | 'cues' | 'language'>>,
): GoldenScore {
  const emo = Object.fromEntries(CX_EMOTIONS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const sent = Object.fromEntries(SENTIMENTS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  let english = 0;
  let mainHit = 0;
  let sentRight = 0;
  let cuesExpected = 0;
  let cuesFound = 0;
  let langRight = 0;
  corpus.forEach((m, i) => {
    const r = results[i]!;
    if ((m.language ?? 'en') === r.language.code) langRight++;
    for (const kind of m.cues ?? []) {
      cuesExpected++;
      if (r.cues.some((c) => c.kind === kind)) cuesFound++;
    }
    if (m.language !== undefined) return;
    english++;
    const detected = new Set(r.emotions.map((e) => e.label));
    for (const label of CX_EMOTIONS) {
      const want = m.emotions.includes(label);
      const got = detected.has(label);
      if (want && got) emo[label]!.tp++;
      else if (got) emo[label]!.fp++;
      else if (want) emo[label]!.fn++;
    }
    if (m.emotions[0] !== undefined && detected.has(m.emotions[0])) mainHit++;
    const got = r.sentiment.label;
    if (got === m.sentiment) {
      sentRight++;
      sent[got]!.tp++;
    } else {
      sent[got]!.fp++;
      sent[m.sentiment]!.fn++;
    }
  });
  const perEmotion = Object.fromEntries(CX_EMOTIONS.map((l) => [l, f1(emo[l]!)]));
  return {
    messages: corpus.length,
    emotionMacroF1: macroF1(Object.values(perEmotion)),
    perEmotion,
    mainEmotionRecall: english === 0 ? 0 : mainHit / english,
    sentimentMacroF1: macroF1(SENTIMENTS.map((l) => f1(sent[l]!))),
    sentimentAccuracy: english === 0 ? 0 : sentRight / english,
    cueRecall: cuesExpected === 0 ? 1 : cuesFound / cuesExpected,
    languageAccuracy: corpus.length === 0 ? 0 : langRight / corpus.length,
  };
}
