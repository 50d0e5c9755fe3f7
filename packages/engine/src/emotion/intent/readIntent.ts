import { FUNCTION_WORDS, negationScope, type Token } from '../../text/index.js';
import type { Span } from '../types.js';
import { intentFeatures } from './intentCues.js';
import { type IntentModel, scoreIntents, tokenContributions } from './intentModel.js';
import { INTENTS, type Intent } from './labels.js';
import type { IntentReading } from './types.js';

/** A runner-up this close to the winner is shown beside it: the agent should know it is a toss-up. */
const CLOSE_CALL = 0.15;
/** A token must move the margin this much (log-odds) to be shown as evidence. */
const MIN_CONTRIBUTION = 0.3;
const MAX_EVIDENCE = 3;
const PRAISE = INTENTS.indexOf('praise');

/** The reading of a text no model could read: nothing claimed. */
export const UNREAD_INTENT: IntentReading = { label: 'other', score: 0, evidence: [] };

function evidenceSpans(contrib: Float32Array, tokens: readonly Token[], text: string, label: Intent): Span[] {
  const ranked: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.kind === 'punct' || tok.kind === 'mask' || FUNCTION_WORDS.has(tok.norm)) continue;
    if (contrib[t]! >= MIN_CONTRIBUTION) ranked.push(t);
  }
  ranked.sort((a, b) => contrib[b]! - contrib[a]! || a - b);
  const chosen = ranked.slice(0, MAX_EVIDENCE).sort((a, b) => a - b);
  // Neighbouring evidence words are one phrase ("money back"), shown as one span.
  const spans: Span[] = [];
  for (const t of chosen) {
    const tok = tokens[t]!;
    const last = spans[spans.length - 1];
    if (last !== undefined && t > 0 && chosen.includes(t - 1)) {
      last.end = tok.end;
      last.text = text.slice(last.start, last.end);
    } else
      spans.push({
        start: tok.start,
        end: tok.end,
        text: text.slice(tok.start, tok.end),
        source: `intent:${label}`,
      });
  }
  return spans;
}

/**
 * What the customer wants: the model's most likely intent, its probability, a close runner-up,
 * and the words behind it. `tokens` and `negation` are the caller's (analyze has them already);
 * `negative`: the message reads as upset (analyze's sentiment), which rules praise out.
 * @example readIntent(text, tokenize(text), model).label // 'refund' for "I want my money back"
 */
export function readIntent(
  text: string,
  tokens: readonly Token[],
  model: IntentModel | undefined,
  negation: Uint8Array = negationScope(tokens),
  negative = false,
): IntentReading {
  if (model === undefined || tokens.length === 0) return UNREAD_INTENT;
  const fv = intentFeatures(text, tokens, model.features, negation);
  const p = scoreIntents(model, fv.buckets, fv.length, new Float32Array(INTENTS.length));
  // A customer who is upset is not writing to praise us, whatever story words say otherwise
  // (praise in our corpus often tells of a fault we fixed): praise is then out of the running.
  if (negative && p[PRAISE]! < 1) {
    const rest = 1 - p[PRAISE]!;
    p[PRAISE] = 0;
    for (let o = 0; o < INTENTS.length; o++) p[o]! /= rest;
  }
  let best = 0;
  let second = -1;
  for (let o = 1; o < INTENTS.length; o++) {
    if (p[o]! > p[best]!) {
      second = best;
      best = o;
    } else if (second < 0 || p[o]! > p[second]!) second = o;
  }
  const label = INTENTS[best]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const reading: IntentReading = {
    label,
    score: round(p[best]!),
    evidence: evidenceSpans(tokenContributions(model, fv, label, tokens.length), tokens, text, label),
  };
  if (second >= 0 && p[best]! - p[second]! <= CLOSE_CALL)
    reading.alternative = { label: INTENTS[second]!, score: round(p[second]!) };
  return reading;
}
