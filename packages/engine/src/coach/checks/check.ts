import type { Span } from '../../emotion/types.js';
import type { CoachContext, ReplyDoc } from '../context.js';
import type { PhrasePattern } from '../lexicon/pattern.js';
import type { Sentence } from '../text/sentences.js';
import { findAll } from '../text/spans.js';
import type { CheckId, CheckStatus, Suggestion, TechniqueId } from '../types.js';

/** What one check concludes about the draft. */
export interface CheckOutcome {
  status: CheckStatus;
  message: string;
  why: string;
  spans: Span[];
  suggestion?: Suggestion;
}

/** A technique: first found in the draft (whatever the context), then judged against the context. */
export interface Technique {
  id: TechniqueId;
  weight: number;
  detect(ctx: CoachContext): Span[];
  judge(ctx: CoachContext, found: Span[]): CheckOutcome;
}

/** A quality check on the draft's wording. */
export interface QualityCheck {
  id: CheckId;
  weight: number;
  run(ctx: CoachContext): CheckOutcome;
}

/** Every match of the patterns in the reply, each span's source naming the pattern. */
export function matchPatterns(doc: ReplyDoc, patterns: readonly PhrasePattern[]): Span[] {
  const out: Span[] = [];
  for (const p of patterns) out.push(...findAll(doc.text, doc.folded, p.re, p.id));
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence holding `offset`. */
export function sentenceAt(doc: ReplyDoc, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => offset >= s.start && offset < s.end);
}

/** The folded text of a sentence from its start up to `offset`. */
export function before(doc: ReplyDoc, offset: number): string {
  const s = sentenceAt(doc, offset);
  return s === undefined ? '' : doc.folded.slice(s.start, offset);
}

/** Keeps the first span per sentence, so one sentence is reported once. */
export function onePerSentence(doc: ReplyDoc, spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((sp) => {
    const s = sentenceAt(doc, sp.start)?.start ?? sp.start;
    if (seen.has(s)) return false;
    seen.add(s);
    return true;
  });
}

/** A whole sentence as a span. */
export function sentenceSpan(doc: ReplyDoc, s: Sentence, source: string): Span {
  return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), source };
}

export function pass(message: string, why: string, spans: Span[]): CheckOutcome {
  return { status: 'pass', message, why, spans };
}

export function skip(why: string, spans: Span[] = []): CheckOutcome {
  return { status: 'skip', message: 'Not needed here.', why, spans };
}
