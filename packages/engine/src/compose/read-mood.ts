import type { Analysis, CxEmotion } from '../emotion/types.js';
import { shiftPerson } from '../text/shift-person.js';
import type { Mood } from './types.js';

const STRONG_CUES = new Set([
  'shouting',
  'profanity',
  'threat_to_leave',
  'threat_to_go_public',
  'threat_legal',
]);
const AT_FAULT: ReadonlySet<CxEmotion> = new Set(['anger', 'frustration', 'disappointment']);
const POSITIVE: ReadonlySet<CxEmotion> = new Set(['gratitude', 'delight']);
const LOSS =
  /\b(passed away|died|death|funeral|bereave(d|ment)|late (husband|wife|mother|father|mum|dad|partner)|lost my (husband|wife|mother|father|mum|dad|son|daughter|partner|baby))\b/i;
const FAILURE_WORDS =
  /\b(charged|overcharged|refund|delayed|cancel(l)?ed|missing|lost|broken|damaged|wrong|faulty|errors?|declined|still|hasn't|haven't|didn't|doesn't|won't|can't|never|not working|locked out|outage|squashed|smashed|cold|(is|was|arrived|running|came|turned up) late|late again|stuck|keeps|estimated|rude|slow|deleted|gone|wiped|disappeared|overdue|no reply|no response|unacceptable|disgrace(ful)?|ridiculous|theft|no record|can't find|cannot find|stranded|nowhere to)\b/i;
/** Words of thanks or praise: with these, a failure word is part of good news ("fixed the broken tap"). */
const PRAISE =
  /\b(thank(s| you)?|love[ds]?|great|amazing|brilliant|perfect|wonderful|fantastic|happy|delighted|appreciate[ds]?|lovely|excellent|awesome|glad)\b/i;
/** Hard times that call for gentleness rather than brisk problem-solving. */
const HARDSHIP =
  /\b(flood(ed)?|house fire|burgl(ed|ary)|in hospital|cancer|seriously ill|lost (almost )?everything|heartbroken|divorce)\b/i;
/** A deadline we can say back ("by Friday", "tomorrow"); anything vaguer is answered as urgency. */
const DEADLINE_FORM = /^(by|before|until|on|this|tomorrow|tonight|today|within|next)\b/i;

/** Below this the top emotion is too weak to name; the draft answers it as a plain request. */
const MIN_SCORE = 0.3;

/**
 * Decides which feeling the draft answers, how strongly, and whether an apology is warranted.
 * @example readMood(analyze('I was charged twice!!'), 'I was charged twice!!').kind // 'anger' or 'frustration'
 */
export function readMood(analysis: Analysis, message: string): Mood {
  const emotions = analysis.emotions.filter((e) => e.label !== 'neutral' && e.score >= MIN_SCORE);
  const loss = LOSS.test(message);
  let top = emotions[0];
  // Urgency rarely comes alone: answer the feeling behind it and name the deadline separately.
  if (top?.label === 'urgency' && emotions[1] && emotions[1].score >= top.score * 0.6) top = emotions[1];
  let kind: CxEmotion = top?.label ?? 'neutral';
  const cueKinds = new Set(analysis.cues.map((c) => c.kind));
  const failureWords = FAILURE_WORDS.test(message);
  const failure = cueKinds.has('service_failure') || failureWords;
  // Good news read into a complaint ("my birthday cake arrived squashed") answers the complaint.
  if (POSITIVE.has(kind) && failure && !PRAISE.test(message)) {
    top = emotions.find((e) => !POSITIVE.has(e.label));
    kind = top?.label ?? 'disappointment';
  }
  // A complaint with no feeling words still deserves acknowledgement, not "happy to help".
  if (HARDSHIP.test(message) && !['anger', 'anxiety', 'urgency'].includes(kind)) kind = 'sadness';
  if (kind === 'neutral' && failure && !PRAISE.test(message)) kind = 'frustration';
  if (loss) kind = 'sadness';
  const strongCue = [...cueKinds].some((k) => STRONG_CUES.has(k));
  const strength =
    (top?.score ?? 0) >= 0.7 || analysis.intensity >= 0.6 || strongCue || loss ? 'strong' : 'mild';
  const positive = POSITIVE.has(kind);
  const problem = !positive && (failure || kind !== 'neutral' || /\?/.test(message));
  // Sympathy for a loss is not an apology: apologise then only for something we clearly got wrong.
  const sad = loss || kind === 'sadness';
  const atFault =
    AT_FAULT.has(kind) ||
    cueKinds.has('repeat_contact') ||
    (failure && (kind !== 'neutral' || analysis.sentiment.label === 'negative'));
  const apologise = !positive && (sad ? failureWords : atFault);
  const deadlineCue = analysis.cues.find((c) => c.kind === 'deadline' && DEADLINE_FORM.test(c.text.trim()));
  return {
    kind,
    strength,
    apologise,
    // "By Friday" reads "by Friday" mid-sentence; the day keeps its capital.
    deadline: deadlineCue
      ? shiftPerson(deadlineCue.text.trim().replace(/^\p{Lu}(?=\p{Ll}+\s)/u, (c) => c.toLowerCase()))
      : null,
    repeatContact: cueKinds.has('repeat_contact'),
    urgent:
      kind !== 'urgency' &&
      (cueKinds.has('deadline') ||
        cueKinds.has('time_pressure') ||
        analysis.emotions.some((e) => e.label === 'urgency' && e.score >= MIN_SCORE)),
    problem,
    asks: /\?/.test(message),
    loss,
  };
}
