import type { Span } from '../../emotion/types.js';
import type { ReplyDoc } from '../context.js';

/** An empty span just after the greeting (or at the start): where an acknowledgement belongs. */
export function openingPoint(doc: ReplyDoc): Span {
  const at = doc.body[0]?.start ?? (doc.greeting !== undefined ? doc.greeting.end : 0);
  return { start: at, end: at, text: '', source: 'coach.insert.opening' };
}

/** An empty span after the last sentence of the body, before any sign-off. */
export function closingPoint(doc: ReplyDoc): Span {
  const last = doc.body[doc.body.length - 1] ?? doc.sentences[doc.sentences.length - 1];
  const at = last?.end ?? doc.text.length;
  return { start: at, end: at, text: '', source: 'coach.insert.closing' };
}

/** Adds the customer's name to a sentence that starts the reply ("Maria, I can see ..."). */
export function withName(sentence: string, name: string | undefined): string {
  const first = name?.trim().split(/\s+/)[0];
  if (first === undefined || first === '' || sentence.length === 0) return sentence;
  const keepCapital = /^I(?:\b|')/.test(sentence);
  return `${first}, ${keepCapital ? sentence.charAt(0) : sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}
