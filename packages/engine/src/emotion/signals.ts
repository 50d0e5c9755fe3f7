import { negationScope, phraseView, structuralCues, tokenize } from '../text/index.js';
import { extractFeatures, type FeatureConfig, type FeatureVector } from './features.js';
import { type CompiledLexicon, matchLexicon } from './lexicon/index.js';
import { type LexiconReading, readLexicon } from './readLexicon.js';
import { type Cue, CX_EMOTIONS } from './types.js';

/**
 * What the customer-service layer saw in a text, as names the model can weigh like words: each
 * emotion the lexicon found (and whether strongly), the sign of its sentiment push, sarcasm and
 * negated feelings, and each kind of cue. "still no refund" or "on hold again" carry no emotion
 * word a Reddit comment taught the model, but they fire the same `lex:frustration` and
 * `cue:service_failure` whatever the corpus, so what the model learns about them in one register
 * carries to the others. A workspace's own lexicon entries fire the same names.
 * @example signalNames(lex, cues) // ['lex:frustration', 'lex:negative', 'cue:service_failure']
 */
export function signalNames(lex: LexiconReading, cues: readonly Cue[]): string[] {
  const names: string[] = [];
  for (const e of CX_EMOTIONS) {
    const s = lex.cx[e];
    if (s >= 0.3) names.push(`lex:${e}`);
    if (s >= 0.6) names.push(`lex:${e}:strong`);
  }
  if (lex.sentiment <= -0.2) names.push('lex:negative');
  if (lex.sentiment >= 0.2) names.push('lex:positive');
  if (lex.sarcasm) names.push('lex:sarcasm');
  if (lex.negatedPositive) names.push('lex:negated_positive');
  if (lex.negatedNegative) names.push('lex:negated_negative');
  const kinds = new Set<string>();
  for (const c of cues) kinds.add(c.kind);
  for (const k of kinds) names.push(`cue:${k}`);
  return names;
}

/**
 * The signal names of a text read from scratch (what analyzeText computes on its way), for the
 * trainer and the benchmarks.
 * @example readSignals('Third time I write: still no refund!!', compileLexicon(DEFAULT_LEXICON))
 */
export function readSignals(text: string, lexicon: CompiledLexicon): string[] {
  const tokens = tokenize(text);
  const negation = negationScope(tokens);
  const lex = readLexicon(matchLexicon(lexicon, phraseView(tokens), negation), tokens, text);
  return signalNames(lex, [...structuralCues(text, tokens), ...lex.cues]);
}

/**
 * A text's model features exactly as analyze() computes them, signals included when the config
 * asks (the trainer, the threshold tuner and the benchmarks use this, so they score what ships).
 * @example textFeatures('still no refund', model.meta.features, compileLexicon(DEFAULT_LEXICON))
 */
export function textFeatures(text: string, config: FeatureConfig, lexicon: CompiledLexicon): FeatureVector {
  const signals = config.signals === true ? readSignals(text, lexicon) : [];
  return extractFeatures(tokenize(text), config, undefined, undefined, signals);
}
