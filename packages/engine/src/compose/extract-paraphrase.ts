import { shiftPerson } from '../text/shift-person.js';
import { cleanText } from './clean-text.js';
import type { ParaphraseInfo } from './types.js';

/** What the customer said, restated from our side, and what kind of statement it is. */
export type Paraphrase = ParaphraseInfo;

const FAILURE =
  /\b(charged|twice|double|overcharged|refund|refunded|delay(ed)?|late|cancel(l)?ed|missing|lost|broken|damaged|wrong|faulty|crash(es|ed|ing)?|error|fail(s|ed|ing)?|declined|stuck|waiting|waited|still|never|no one|nobody|hasn't|haven't|didn't|doesn't|don't|isn't|wasn't|won't|can't|cannot|couldn't|not|no longer|locked|frozen|outage|down|leak(ing)?|cut off|disconnected|bill(ed)?|fee|deducted|taken|stopped|keeps?|again|hold|expired|blocked|incorrect|mistake|promised|spins?|forever|nothing|squashed|smashed|crushed|cold|ruined|torn|stained|dirty|spoiled|melted|scratched|rude|gone up|went up|increased|doubled|slow|passed away|died|flooded|ill|hospital|pending|stuck)\b/gi;
const FIRST_PERSON = /\b(i|i'm|i've|i'd|my|me|we|our|us)\b/i;
const POSITIVE =
  /\b(thanks?|thank you|love[ds]?|amazing|great|perfect|wonderful|fantastic|brilliant|excellent|awesome|happy|delighted|appreciate[ds]?|lifesaver|best|smooth(ly)?|quick(ly)?|helpful|kind|fixed|sorted|works?|worked|patient|friendly|incredible|gorgeous|fast|faster|blazing|remembered|lovely|surprise|made my day)\b/gi;
const THREAT =
  /\b(cancel(ling)? my (account|subscription|contract)|close my account|take my (business|money)|switch(ing)? to|go(ing)? elsewhere|leave a (bad )?review|post(ing)? (this )?(on|online)|tell(ing)? everyone|(contact(ing)?|call(ing)?|speak(ing)? to|hear from) my (lawyer|solicitor)|legal action|take (you|this) to court|sue you|ombudsman|report (you|this)|chargeback|never (use|order|buy|fly|shop|book)|last time i|social media|twitter|trustpilot|(i'm|i am) done with|fed up with you)\b/i;
const FEELING_ONLY =
  /^(i'?m|i am|we are|we're|this is|that's|it's)\s+(so\s+|really\s+|very\s+|extremely\s+|absolutely\s+|beyond\s+|just\s+)?(angry|furious|frustrated|upset|disappointed|worried|confused|annoyed|fed up|livid|sad|anxious|scared|stressed|unacceptable|outrageous|ridiculous|a disgrace|disgraceful|appalling|terrible|awful|insane|unbelievable)\b/i;
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^,.!?]{0,30}[,!]?\s*/i;
const SIGN_OFF =
  /^(thanks|thank you|cheers|regards|best|kind regards|sincerely|many thanks)\b[^.!?]{0,30}$|^please pass on (my|our) (thanks|gratitude)/i;
/** "Email me at ...", "call me on ...": how to reach them, not what went wrong. */
const CONTACT_REQUEST =
  /^(please\s+)?(email|e-mail|call|contact|text|ring|reach|write to|message) (me|us)\b/i;
const NEED = /\b(i|we) (really |just |urgently )?(need|must|have to)\b/i;
/** Feelings that name their topic ("I'm confused about the plans") are worth restating. */
const FEELING_ABOUT =
  /\b(confused|unsure|not sure|worried|concerned)\s+(about|whether|if|why|how|what|which|that)\s+\S+\s+\S+/i;
/** Thanks for something we did, restated as the thing we did ("getting you on the later flight"). */
const THANKS_FOR =
  /^(?:(?:i |we )?(?:just )?(?:wanted|want) to say )?(?:a )?(?:big |huge |many |massive )?(?:thanks|thank you)(?: so much| very much| a lot)?(?: to ((?:your|the) [a-z]+(?: [a-z]+)?|[A-Z][a-z]+))? for (\w+ing\b[^,]*)/i;
const FILLER =
  /^(so|well|ok(ay)?|look|listen|honestly|seriously|basically|also|and|but|um+|ugh+|wow|hmm+|yeah|yes|no|anyway|btw|ps|please help|help)\b[,!]?\s+/i;
const MAX_WORDS = 26;

/** Conversions of questions into statements, tried in order on the customer's own sentence. */
const QUESTION_FORMS: Array<[RegExp, (m: RegExpMatchArray) => string, Paraphrase['kind']]> = [
  [/^how come\s+(.+)$/i, (m) => m[1]!, 'problem'],
  [/^what does (.+) mean$/i, (m) => `I'm unsure what ${m[1]} means`, 'problem'],
  [/^(?:do|does) you\s+(.+)$/i, (m) => `I'd like to know whether you ${m[1]}`, 'request'],
  [
    /^why (does|do) ((?:my|our|the|this|your)(?: [a-z]+){1,3}?) (show|say|include|keep|take|charge|cost|need|work|have|list|ask|look|mean|come)\b(.*)$/i,
    (m) => {
      const verb = m[1]!.toLowerCase() === 'does' ? (m[3] === 'have' ? 'has' : `${m[3]}s`) : m[3];
      return `I'd like to know why ${m[2]} ${verb}${m[4]}`;
    },
    'problem',
  ],
  [
    /^(i|we) (?:really )?(?:don't|do not|can't|cannot) (?:understand|figure out|work out|make sense of|tell)\s+((?:my|our|the|this|these|your|how|why|what|which|when|where|if|whether)\b.+)$/i,
    (m) => `${m[1]}'m unsure ${/^(my|our|the|this|these|your)\b/i.test(m[2]!) ? 'about ' : ''}${m[2]}`,
    'problem',
  ],
  [
    /^why\s+(is|are|was|were|has|have|hasn't|haven't|isn't|aren't|wasn't|weren't)\s+(i|we)\s+(.+)$/i,
    (m) => `${m[2]} ${m[1]} ${m[3]}`,
    'problem',
  ],
  [
    /^why\s+(is|are|was|were|has|have|hasn't|haven't|isn't|aren't|wasn't|weren't|does|doesn't|do|don't)\s+((?:my|our|the|this|your)(?:\s+[a-z]+){1,2}?)\s+((?:still|not|never|being|been|so|only|just|always|now|yet|taking|showing|missing|late|broken|stuck|delayed|pending|down|wrong|here|there|gone)\b.*|[a-z]+(?:ed|ing)\b.*)$/i,
    (m) => (/^do/.test(m[1]!.toLowerCase()) ? `${m[2]} ${m[3]}` : `${m[2]} ${m[1]} ${m[3]}`),
    'problem',
  ],
  [/^where(?:'s| is| are)\s+((?:my|our)\s+.+)$/i, (m) => `I'm still waiting for ${m[1]}`, 'problem'],
  [
    /^(how|where)\s+(?:do|can|could|should|would)\s+(?:i|we)\s+(.+)$/i,
    (m) => `I'd like to know ${m[1]!.toLowerCase()} to ${m[2]}`,
    'request',
  ],
  [
    /^when\s+(will|is|are|does|do|can|should)\s+(i|we)\s+(.+)$/i,
    (m) => `I'd like to know when ${m[2]} ${m[1]} ${m[3]}`,
    'request',
  ],
  [
    /^when\s+(will|does|can|should)\s+((?:my|our|the|this)\s+.+?)\s+(start|arrive|be|come|finish|end|go|happen|open|close|get|reach|ship|renew|expire|begin|take|change|update|appear|show)\b(.*)$/i,
    (m) =>
      `I'd like to know when ${m[2]} ${m[1]!.toLowerCase() === 'does' ? `${m[3]}s` : `${m[1]} ${m[3]}`}${m[4]}`,
    'request',
  ],
  [
    /^(?:can|could|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(.+)$/i,
    (m) => `I'd like you to ${m[1]}`,
    'request',
  ],
  [/^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(.+)$/i, (m) => `I'd like to ${m[1]}`, 'request'],
  [/^is it possible to\s+(.+)$/i, (m) => `I'd like to ${m[1]}`, 'request'],
  [/^please\s+(.+)$/i, (m) => `I'd like you to ${m[1]}`, 'request'],
];

interface Candidate {
  text: string;
  source: string;
  kind: Paraphrase['kind'];
  score: number;
  index: number;
  who?: string;
}

function splitIntoSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|;\s+|\s+-\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stripLead(sentence: string): string {
  let out = sentence.replace(GREETING, '');
  for (let i = 0; i < 3; i++) out = out.replace(FILLER, '');
  return out.trim();
}

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

function trimToWords(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length <= MAX_WORDS) return text;
  // Cut at a clause boundary inside the limit: a paraphrase is a summary, not a transcript.
  const head = words.slice(0, MAX_WORDS).join(' ');
  const cut = head.search(/,[^,]*$|\s(and|but|because|so|which)\s[^ ]*$/);
  const boundary = Math.max(head.lastIndexOf(','), head.lastIndexOf(' and '), head.lastIndexOf(' but '));
  if (cut < 0 && boundary < 0) return null;
  const end = boundary > 20 ? boundary : cut;
  return end > 20 ? head.slice(0, end).trim() : null;
}

function candidate(raw: string, index: number): Candidate | null {
  const body = stripLead(raw);
  if (body.length === 0 || SIGN_OFF.test(body) || CONTACT_REQUEST.test(body)) return null;
  const isQuestion = /\?$/.test(body);
  // A trailing request for contact ("..., call me on 0123") is not part of the problem.
  let text = body
    .replace(/[.!?]+$/, '')
    .replace(
      /,\s*(?:please\s+)?(?:contact|call|email|e-mail|text|ring|reach|reply to|get back to)\s+(?:me|us)\b.*$/i,
      '',
    )
    .trim();
  let kind: Paraphrase['kind'] = 'problem';
  let converted = false;
  // "Tried to return it" / "Got an email": the customer dropped the "I"; put it back.
  if (
    /^(tried|got|ordered|switched|paid|bought|booked|called|sent|received|had|went|made|waited)\b/i.test(text)
  ) {
    text = `I ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }
  // "Still no reply to my email": a complaint without a subject.
  text = text.replace(
    /^still no (reply|response|answer|update|refund|news|word|sign)\b/i,
    "I've still had no $1",
  );
  const again = text.match(
    /^(second|third|fourth|fifth|another) time (this (?:week|month|year) )?(?:that )?(.+)$/i,
  );
  if (again)
    text = `${again[3]} for the ${again[1]!.toLowerCase()} time${again[2] ? ` ${again[2].trim()}` : ''}`;
  const thanks = text.match(THANKS_FOR);
  if (thanks) {
    const found: Candidate = {
      text: thanks[2]!.replace(/[.!?\s]+$/, ''),
      source: raw,
      kind: 'thanks',
      score: 3,
      index,
    };
    if (thanks[1]) found.who = thanks[1];
    return found;
  }
  for (const [re, build, formKind] of QUESTION_FORMS) {
    const m = text.match(re);
    if (m) {
      text = build(m);
      kind = formKind;
      converted = true;
      break;
    }
  }
  const words = text.split(/\s+/).length;
  if (words < 3) return null;
  // "I pay on time, why aren't you paying me?": keep the statement, leave the question to the reply.
  if (isQuestion) text = text.replace(/,\s*(why|how|what|when|where|who)\b.*$/i, '');
  // A question we could not turn into a statement cannot be restated; a declarative one can.
  if (
    isQuestion &&
    !converted &&
    /^(who|what|why|when|where|how|which|is|are|do|does|did|can|could|will|would|should|has|have)\b/i.test(
      text,
    )
  )
    return null;
  if (!converted && THREAT.test(text)) return null;
  if (FEELING_ONLY.test(text) && !FEELING_ABOUT.test(text)) return null;
  const failures = count(FAILURE, text);
  const positives = count(POSITIVE, text);
  let score =
    failures * 3 + (FIRST_PERSON.test(text) ? 2 : 0) + (/\d/.test(text) ? 1 : 0) + (NEED.test(text) ? 2 : 0);
  if (/\b(third|fourth|fifth|\d+(st|nd|rd|th)) time\b|\bagain and again\b/i.test(text)) score -= 2;
  if (!converted && failures === 0 && positives > 0) {
    kind = 'positive';
    score = positives * 2 + (FIRST_PERSON.test(text) ? 1 : 0);
    if (/^(thanks?|thank you)\b/i.test(text) && words < 6) return null;
  }
  if (converted && kind === 'request') score += 2;
  const trimmed = trimToWords(text);
  if (trimmed === null) return null;
  return { text: trimmed, source: raw, kind, score, index };
}

function finish(text: string): string {
  const shifted = shiftPerson(
    text
      .replace(/^(thank you|thanks)( so much| very much| a lot)?( for)?[\s,]*/i, '')
      .replace(/[\s,]+please$/i, ''),
  )
    .replace(/\s{2,}/g, ' ')
    .replace(/[,;:\s]+$/, '')
    .trim();
  const first = shifted.split(/\s/)[0] ?? '';
  // Keep a capital only where the word is a name (it appears capitalised mid-sentence too).
  const keepCapital = first.length > 1 && first === first.toUpperCase();
  return keepCapital ? shifted : shifted.charAt(0).toLowerCase() + shifted.slice(1);
}

/**
 * Lifts the customer's problem (or good news, or request) from their message and restates it
 * from our side. Returns null when nothing can be restated honestly: then ask, do not guess.
 * @example extractParaphrase('Hi, I was charged twice for my March bill!!')?.text
 * // 'you were charged twice for your March bill'
 */
export function extractParaphrase(message: string): Paraphrase | null {
  const sentences = splitIntoSentences(cleanText(message));
  const candidates = sentences
    .map((s, i) => candidate(s, i))
    .filter((c): c is Candidate => c !== null && c.score > 0);
  if (candidates.length === 0) return null;
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0]!;
  const parts = [best];
  const second = ranked.find((c) => c !== best && c.kind === best.kind && c.score >= 2);
  if (second && best.kind === 'problem') {
    const total = best.text.split(/\s+/).length + second.text.split(/\s+/).length;
    if (total <= MAX_WORDS) parts.push(second);
  }
  parts.sort((a, b) => a.index - b.index);
  const text = parts.map((p) => finish(p.text)).join(', and ');
  const out: Paraphrase = { text, kind: best.kind, source: parts.map((p) => p.source) };
  if (best.who) out.who = shiftPerson(best.who);
  return out;
}
