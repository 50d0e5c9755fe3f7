import type { Analysis, CxEmotion } from '../emotion/types.js';
import type { LearnedFindings } from './learned/learnedFindings.js';
import { fold } from './text/fold.js';
import { type Sentence, splitSentences } from './text/sentences.js';
import { concept, contentConcepts, isContent, type Word, words } from './text/words.js';
import type { CoachCoreInput } from './types.js';

/** The draft, read once and shared by every check. */
export interface ReplyDoc {
  text: string;
  folded: string;
  sentences: Sentence[];
  /** The sentences between the greeting and the sign-off. */
  body: Sentence[];
  greeting: Sentence | undefined;
  signoff: Sentence[];
  words: Word[];
  /** The concept of each word in `words` (undefined for words without content), read once. */
  concepts: (string | undefined)[];
}

/** What the customer's messages tell the checks about the situation. */
export interface CustomerState {
  present: boolean;
  text: string;
  folded: string;
  /** Strongest score per customer-service emotion over all messages. */
  emotions: ReadonlyMap<CxEmotion, number>;
  /** The strongest emotion other than neutral, if any was detected. */
  dominant: CxEmotion | undefined;
  emotional: boolean;
  negative: boolean;
  /** Grateful or delighted, and not upset. */
  happy: boolean;
  /** Something went wrong for the customer: a complaint, a failure, upset. */
  problem: boolean;
  /** The customer wants something done or explained (a question, a change), with or without a problem. */
  request: boolean;
  /** The customer asked something. */
  asks: boolean;
  serviceFailure: boolean;
  concepts: Map<string, Word>;
  /** Concepts the customer owned with "my"/"our" ("my order"), which a paraphrase turns into "your". */
  owned: Set<string>;
  /** Order numbers, amounts, dates: specifics a personal reply tends to repeat. */
  specifics: string[];
}

export interface CoachContext {
  reply: ReplyDoc;
  customer: CustomerState;
  customerName: string | undefined;
  facts: string[];
  previousReplies: string[];
  /** What the learned sentence model fired on, when the coach runs with one (coach-core.ts). */
  learned?: LearnedFindings;
}

const NEGATIVE: ReadonlySet<CxEmotion> = new Set([
  'anger',
  'frustration',
  'anxiety',
  'confusion',
  'disappointment',
  'sadness',
  'urgency',
]);
// Detected emotions below this are too weak to ask the agent to respond to them.
const EMOTION_FLOOR = 0.3;
const MIN_INTENSITY = 0.15;

const GREETING_RE =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^.!?]{0,40}[,!.:]?$/;
const SIGNOFF_RE =
  /^(?:best|best wishes|kind regards|regards|warm regards|warmly|thanks|thank you|many thanks|cheers|sincerely|yours sincerely|all the best|speak soon|talk soon|take care)[,!.]?(?:\s+[\p{L}'-]+){0,3}$/u;
const NAME_LINE_RE = /^(?:[-–—~]\s*)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:\s*[,|(].{0,40})?$/u;

const PROBLEM_RE =
  /\b(?:not working|doesn't work|does not work|won't|can't|cannot|couldn't|unable|broken|error|issue|problem|wrong|missing|never (?:arrived|received|came|got)|still (?:no|not|waiting|haven't|hasn't)|charged|overcharged|refund|cancell?ed|delay\w*|late|lost|stuck|fail\w*|complain\w*|damaged|faulty|haven't received|hasn't arrived|where is|locked out|outage|no power|declined|disappeared|doesn't|didn't|isn't|wasn't|urgent|asap)\b/;
const REQUEST_RE =
  /\b(?:need|want|would like|i'd like|how (?:do|can|to)|change|update|cancel|fix|help me|please|could you|can you|send me)\b/;
// A pleased customer's "helped us fix our launch" is a story, not a request; only these ask for something.
const PLAIN_REQUEST_RE =
  /\b(?:could you|can you|would you|please (?!pass|tell|thank|say)|i'd like|would like|send me|help me|how (?:do|can|to))\b/;
const ASK_RE = /\?|^(?:how|what|when|where|why|which|can|could|do|does|is|are|will|would)\b/m;
const SPECIFIC_RE = /#?\b[a-z]{0,4}\d[\w-]{3,}\b|[$£€]\s?\d[\d,.]*|\b\d{1,2}(?:st|nd|rd|th)\b/g;
const OWNED_RE = /\b(?:my|our)\s+(?:\w+\s+)?(\w+)/g;

function readReply(text: string): ReplyDoc {
  const folded = fold(text);
  const sentences = splitSentences(text);
  let first = 0;
  let last = sentences.length;
  const head = sentences[0];
  const greeting =
    head !== undefined && GREETING_RE.test(fold(head.text)) && sentences.length > 1 ? head : undefined;
  if (greeting !== undefined) first = 1;
  while (last > first + 1) {
    const s = sentences[last - 1]!;
    const f = fold(s.text);
    const isSignoff = SIGNOFF_RE.test(f);
    const isName = NAME_LINE_RE.test(s.text) && s.text.split(/\s+/).length <= 4 && !/[.!?]$/.test(s.text);
    if (!isSignoff && !isName) break;
    last--;
    if (isSignoff) break;
  }
  const replyWords = words(folded);
  return {
    text,
    folded,
    sentences,
    body: sentences.slice(first, last),
    greeting,
    signoff: sentences.slice(last),
    words: replyWords,
    concepts: replyWords.map((w) => (isContent(w.text) ? concept(w.text) : undefined)),
  };
}

function readCustomer(messages: NonNullable<CoachCoreInput['customer']>): CustomerState {
  const text = messages.map((m) => m.text).join('\n');
  const folded = fold(text);
  const emotions = new Map<CxEmotion, number>();
  let negativeSentiment = false;
  let serviceFailure = false;
  let felt = false;
  for (const { analysis } of messages) {
    // A plain how-to question can read as "confusion" with almost no intensity: that is a
    // question to answer, not a feeling to acknowledge.
    if (analysis.intensity >= MIN_INTENSITY || Math.abs(analysis.sentiment.score) >= 0.5) felt = true;
    readEmotions(analysis, emotions);
    if (analysis.sentiment.label === 'negative' && Math.abs(analysis.sentiment.score) >= 0.5)
      negativeSentiment = true;
    if (analysis.cues.some((c) => c.kind === 'service_failure' || c.kind === 'repeat_contact'))
      serviceFailure = true;
  }
  let dominant: CxEmotion | undefined;
  if (!felt) emotions.clear();
  for (const [label, score] of emotions) {
    if (label === 'neutral' || score < EMOTION_FLOOR) continue;
    if (dominant === undefined || score > (emotions.get(dominant) ?? 0)) dominant = label;
  }
  const negative = negativeSentiment || [...emotions].some(([l, s]) => NEGATIVE.has(l) && s >= EMOTION_FLOOR);
  const happy =
    !negative &&
    ((emotions.get('gratitude') ?? 0) >= EMOTION_FLOOR || (emotions.get('delight') ?? 0) >= EMOTION_FLOOR);
  const owned = new Set<string>();
  const concepts = contentConcepts(folded);
  OWNED_RE.lastIndex = 0;
  for (let m = OWNED_RE.exec(folded); m !== null; m = OWNED_RE.exec(folded)) {
    const w = m[1]!;
    for (const [c, word] of concepts) if (word.text === w) owned.add(c);
  }
  return {
    present: text.trim().length > 0,
    text,
    folded,
    emotions,
    dominant,
    emotional: dominant !== undefined || negativeSentiment,
    negative,
    happy,
    problem: negative || serviceFailure || (!happy && PROBLEM_RE.test(folded)),
    request: ASK_RE.test(folded) || (happy ? PLAIN_REQUEST_RE : REQUEST_RE).test(folded),
    asks: ASK_RE.test(folded),
    serviceFailure,
    concepts,
    owned,
    specifics: [...folded.matchAll(SPECIFIC_RE)].map((m) => m[0].replace(/^#/, '')),
  };
}

function readEmotions(analysis: Analysis, into: Map<CxEmotion, number>): void {
  for (const e of analysis.emotions) into.set(e.label, Math.max(into.get(e.label) ?? 0, e.score));
}

/**
 * Reads the draft and the customer's analysed messages once for all checks.
 * @example buildContext({ reply: 'Hi Ana, sorry!', customer: [] })
 */
export function buildContext(input: CoachCoreInput): CoachContext {
  return {
    reply: readReply(input.reply),
    customer: readCustomer(input.customer ?? []),
    customerName: input.customerName?.trim() || undefined,
    facts: input.facts ?? [],
    previousReplies: input.previousReplies ?? [],
  };
}

/**
 * The content concepts of the reply between two offsets, each with the first word that carried it,
 * from the concepts read once in `buildContext` (the same result as `contentConcepts` on that slice).
 */
export function replyConcepts(doc: ReplyDoc, from = 0, to = doc.text.length): Map<string, Word> {
  const out = new Map<string, Word>();
  for (let i = 0; i < doc.words.length; i++) {
    const w = doc.words[i]!;
    const c = doc.concepts[i];
    if (c === undefined || w.start < from || w.end > to || out.has(c)) continue;
    out.set(c, w);
  }
  return out;
}
