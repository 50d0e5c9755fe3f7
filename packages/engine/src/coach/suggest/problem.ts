import { shiftPerson } from '../../text/index.js';
import type { CoachContext } from '../context.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { contentConcepts } from '../text/words.js';

const PROBLEM_WORDS =
  /\b(?:not|never|no|still|wrong|broken|damaged|charged|twice|late|delay\w*|cancel\w*|missing|lost|error|stuck|can't|cannot|won't|didn't|hasn't|haven't|isn't|failed|refund|locked|outage|declined|again)\b/g;
const OPENERS =
  /^(?:hi|hello|hey|dear|so|and|but|well|ok|okay|look|honestly|seriously|also|um|please)\b[\s,!]*/i;
const MAX_WORDS = 16;

// "how do you change your billing date" → "you'd like to know how to change your billing date".
function asStatement(clause: string, question: boolean): string {
  if (!question) return clause;
  const howTo = /^(how|where|when|what|why)\s+(?:do|can|should|could)\s+you\s+(.*)$/i.exec(clause);
  if (howTo !== null) return `you'd like to know ${howTo[1]!.toLowerCase()} to ${howTo[2]}`;
  const request = /^(?:can|could|would|will)\s+we\s+(?:please\s+)?(.*)$/i.exec(clause);
  if (request !== null) return `you'd like us to ${request[1]!.replace(/\s+please$/i, '')}`;
  const yesNo = /^(?:is|are|was|were|do|does|did|has|have|can|will)\s/i.test(clause);
  return yesNo
    ? `you'd like to know whether ${clause.replace(/^\w+\s+/, '')}`
    : `you'd like to know ${clause}`;
}

/**
 * The customer's problem in our words, built from their own sentence with the pronouns turned
 * ("my card was charged twice" → "your card was charged twice"); undefined when there is none.
 * @example problemPhrase(ctx) // 'your parcel still hasn't arrived'
 */
export function problemPhrase(ctx: CoachContext): string | undefined {
  if (!ctx.customer.present) return undefined;
  let best: { text: string; score: number } | undefined;
  for (const s of splitSentences(ctx.customer.text)) {
    const f = fold(s.text);
    if (/^(?:hi|hello|hey|dear|thanks|thank you|regards|best)\b[^.!?]{0,30}$/.test(f)) continue;
    const hits = f.match(PROBLEM_WORDS)?.length ?? 0;
    const content = contentConcepts(f).size;
    const score = hits * 2 + Math.min(content, 8) - (s.text.includes('?') ? 2 : 0);
    if (best === undefined || score > best.score) best = { text: s.text, score };
  }
  if (best === undefined) return undefined;
  let clause = best.text.replace(/[.!?…]+$/u, '').trim();
  for (let i = 0; i < 3; i++) clause = clause.replace(OPENERS, '');
  const firstClause = clause.split(/\s*(?:[;:]|,\s*(?:and|but|so)\b|\s-\s)\s*/)[0] ?? clause;
  const words = firstClause.split(/\s+/).filter(Boolean);
  const cut = words.slice(0, MAX_WORDS).join(' ');
  if (cut.length === 0) return undefined;
  const shifted = asStatement(shiftPerson(cut), best.text.includes('?'));
  // A shouted complaint is quoted in ordinary case; a name or "I" keeps its capital.
  const calm = shifted === shifted.toUpperCase() ? shifted.toLowerCase() : shifted;
  return calm.charAt(0).toLowerCase() + calm.slice(1);
}
