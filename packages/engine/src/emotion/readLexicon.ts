import { intensifierWeight, type Token } from '../text/index.js';
import { noisyOr } from './calibrate.js';
import { aboutSomeoneElse, reliefSentences } from './feelingContext.js';
import type { LexiconMatch } from './lexicon/index.js';
import { perEmotion } from './taxonomy.js';
import type { Cue, CxEmotion, Span } from './types.js';

/** What the customer-service lexicon says about one text. */
export interface LexiconReading {
  cx: Record<CxEmotion, number>;
  evidence: Record<CxEmotion, Span[]>;
  /** Sum of the matched entries' sentiment pushes (after negation and sarcasm). */
  sentiment: number;
  cues: Cue[];
  sarcasm: boolean;
  /** A positive word was negated ("not happy") and no positive word stood un-negated. */
  negatedPositive: boolean;
  /** A negative word was negated ("not angry") and no negative word stood un-negated. */
  negatedNegative: boolean;
  intensifiers: number;
}

const POSITIVE: ReadonlySet<CxEmotion> = new Set(['gratitude', 'delight']);

/**
 * Turns lexicon matches into emotion evidence. A negated positive ("not happy") reads as
 * disappointment; a negated negative ("not angry") is dropped; under sarcasm, positive words
 * count as frustration.
 * @example readLexicon(matches, tokens, text)
 */
export function readLexicon(
  matches: readonly LexiconMatch[],
  tokens: readonly Token[],
  text: string,
): LexiconReading {
  const cx = perEmotion(() => 0);
  const evidence = perEmotion((): Span[] => []);
  const cues: Cue[] = [];
  const sarcasm = matches.some((m) => m.entry.cue === 'sarcasm' && !m.negated);
  let sentiment = 0;
  let intensifiers = 0;
  let negatedPositive = false;
  let plainPositive = false;
  let negatedNegative = false;
  let plainNegative = false;
  const inRelief = reliefSentences(tokens);
  for (const m of matches) {
    const first = tokens[m.startToken]!;
    const last = tokens[m.endToken - 1]!;
    const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const prev = m.startToken > 0 ? tokens[m.startToken - 1]! : undefined;
    const boost = prev === undefined ? 1 : intensifierWeight(prev.norm);
    if (boost > 1) intensifiers++;
    const push = (label: CxEmotion, weight: number, source: string) => {
      const w = Math.min(0.97, weight * boost);
      cx[label] = noisyOr(cx[label], w);
      evidence[label].push({ start: span.start, end: span.end, text: span.text, source });
    };
    const s = m.entry.sentiment ?? 0;
    const emotions = Object.entries(m.entry.emotions ?? {}) as Array<[CxEmotion, number]>;
    // A deadline is a deadline even inside a negation ("if it is not fixed by Friday").
    if (m.negated && m.entry.cue !== 'deadline') {
      if (s > 0 || emotions.some(([l]) => POSITIVE.has(l))) {
        push('disappointment', 0.6, `${m.entry.id}:negated`);
        negatedPositive = true;
        sentiment -= Math.max(0.4, s * 0.8);
      } else if (s < 0) {
        negatedNegative = true;
      }
      continue;
    }
    if (m.entry.cue !== undefined) cues.push({ kind: m.entry.cue, ...span });
    const flip = sarcasm && m.entry.cue !== 'sarcasm' && s > 0;
    if (flip) {
      push('frustration', 0.5, `${m.entry.id}:sarcastic`);
      sentiment -= s * 0.5;
      continue;
    }
    // Someone else's feeling, or a bad time the customer thanks us for easing, is context: it
    // still shows as evidence, but weakly, so a thank-you does not read as an angry message.
    const context = s <= 0 && (aboutSomeoneElse(m, tokens) || inRelief(m.startToken));
    const scale = context ? 0.25 : 1;
    if (s > 0) plainPositive = true;
    if (s < 0 && !context) plainNegative = true;
    for (const [label, weight] of emotions)
      push(label, weight * scale, context ? `${m.entry.id}:context` : m.entry.id);
    sentiment += s * boost * scale;
  }
  return {
    cx,
    evidence,
    sentiment,
    cues,
    sarcasm,
    negatedPositive: negatedPositive && !plainPositive,
    negatedNegative: negatedNegative && !plainNegative,
    intensifiers,
  };
}
