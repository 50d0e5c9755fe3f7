import { FACT_RULES, type FactRule } from './rules.js';
import type { ExtractedFact } from './types.js';

const MIN_CONFIDENCE = 0.3;
const MAX_TEXT = 20_000;
// Words just before a match that turn a statement into a denial or a supposition.
const DOUBT_BEFORE = /\b(?:not|never|no|if|whether|unless|n't)\b|n't\b/i;

/**
 * The facts and preferences a customer states in one message: how they like to be contacted,
 * their time zone, life events, products and plans, deadlines and the people they name. Each
 * fact carries the rule that found it, the words it came from and a confidence; questions and
 * denials ("if I move", "I'm not moving") lower it. Pure and never throws.
 * @example
 * extractFacts('Please email me, not call. My wife Sarah and I are moving house next month.')
 * // [{ kind: 'contact_preference', key: 'channel', value: 'email', ... },
 * //  { kind: 'person', key: 'wife', value: 'Sarah', ... }, { kind: 'life_event', key: 'moving', ... }]
 */
export function extractFacts(text: string, rules: readonly FactRule[] = FACT_RULES): ExtractedFact[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const best = new Map<string, ExtractedFact>();
  for (const rule of rules) {
    for (const match of input.matchAll(rule.pattern)) {
      const fact = readMatch(rule, match, input);
      if (fact === undefined || fact.confidence < MIN_CONFIDENCE) continue;
      const id = `${fact.kind}\u0000${fact.key}`;
      const seen = best.get(id);
      if (seen === undefined || fact.confidence > seen.confidence) best.set(id, fact);
    }
  }
  return [...best.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}

function readMatch(rule: FactRule, match: RegExpMatchArray, text: string): ExtractedFact | undefined {
  const exec = match as RegExpExecArray;
  const key = rule.key(exec);
  const value = rule.value(exec);
  if (!key || !value) return undefined;
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const sentence = sentenceAround(text, start, end);
  let confidence = rule.confidence;
  if (sentence.text.trimEnd().endsWith('?')) confidence *= 0.5;
  const before = text.slice(Math.max(sentence.start, start - 30), start);
  if (!rule.negationIsMeaning && DOUBT_BEFORE.test(before)) confidence *= 0.3;
  return {
    kind: rule.kind,
    key: key.slice(0, 200),
    value: value.slice(0, 500),
    confidence: Math.round(confidence * 1000) / 1000,
    rule: rule.id,
    evidence: { start, end, text: match[0] },
  };
}

function sentenceAround(text: string, start: number, end: number): { start: number; text: string } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to] ?? '')) to++;
  if (to < text.length) to++;
  return { start: from, text: text.slice(from, to) };
}
