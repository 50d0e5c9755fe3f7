import {
  checkInput,
  detectLanguage,
  negationScope,
  phraseView,
  structuralCues,
  tokenize,
} from '../text/index.js';
import { assessRisk } from './assessRisk.js';
import { noisyOr } from './calibrate.js';
import { extractFeatures } from './features.js';
import { extractDetails, type IntentModel, readIntent, UNREAD_INTENT } from './intent/index.js';
import { type CompiledLexicon, matchLexicon } from './lexicon/index.js';
import type { LoadedModel } from './model.js';
import { readLexicon } from './readLexicon.js';
import { modelEvidence, readModel } from './readModel.js';
import { signalNames } from './signals.js';
import { FINE_TO_CX, NEGATIVE_CX, POSITIVE_CX, perEmotion } from './taxonomy.js';
import {
  type Analysis,
  type Cue,
  CX_EMOTIONS,
  type CxEmotion,
  type EmotionFinding,
  GO_EMOTIONS_LABELS,
  type GoEmotionsLabel,
  type Language,
  type Span,
} from './types.js';

const DETECTED = 0.5;
/** The sentiment cut of models that do not carry their own (ModelMeta.sentimentCut). */
export const DEFAULT_SENTIMENT_CUT = 0.25;
// A pasted log or an emoji flood can hold thousands of spans; the first ones are enough to show
// why, and keep one result small. Risk still sees every cue.
const MAX_EVIDENCE = 20;
const MAX_CUES = 200;
const ESCALATORS: ReadonlySet<Cue['kind']> = new Set([
  'shouting',
  'repeated_punctuation',
  'profanity',
  'threat_legal',
  'threat_to_go_public',
  'threat_to_leave',
  'repeat_contact',
]);

// Fine labels behind the positive and negative customer-service emotions, so that a negation the
// lexicon saw ("not happy") also removes the model's "joy" from the fine list.
const fineOf = (labels: ReadonlySet<CxEmotion>) =>
  new Set<GoEmotionsLabel>([...labels].flatMap((l) => FINE_TO_CX[l].map(([fine]) => fine)));
const POSITIVE_FINE = fineOf(POSITIVE_CX);
const NEGATIVE_FINE = fineOf(NEGATIVE_CX);

/** A neutral, empty result (used for refused input and unsupported languages). */
export function emptyAnalysis(language: Language, cues: Cue[] = []): Analysis {
  return {
    sentiment: { label: 'neutral', score: 0 },
    emotions: [],
    fine: [],
    intensity: 0,
    cues,
    risk: { escalation: 0, churn: 0, reasons: [] },
    language,
    intent: UNREAD_INTENT,
    details: [],
  };
}

// Sorted by start (longest first), duplicates — same kind and span — sit in the run of cues with
// that span, so each cue is checked against that run only (a pasted log can hold thousands).
function dedupeCues(cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues.sort(byStartLongestFirst)) {
    let j = out.length - 1;
    while (j >= 0 && out[j]!.start === c.start && out[j]!.end === c.end && out[j]!.kind !== c.kind) j--;
    if (j < 0 || out[j]!.start !== c.start || out[j]!.end !== c.end) out.push(c);
  }
  return out;
}

const byStartLongestFirst = (a: Cue, b: Cue) => a.start - b.start || b.end - a.end;
const byStart = (a: Span, b: Span) => a.start - b.start;
const byScore = (a: EmotionFinding, b: EmotionFinding) => b.score - a.score;
const NEGATIVE_LIST = [...NEGATIVE_CX];
const EXCITEMENT = GO_EMOTIONS_LABELS.indexOf('excitement');

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The whole reading of one message: model and lexicon evidence combined into customer-service
 * emotions, sentiment, intensity, cues and risk. Pure; `model` may be undefined (lexicon only).
 * @example analyzeText('Still waiting for my refund!!', lexicon, model)
 */
export function analyzeText(
  text: string,
  lexicon: CompiledLexicon,
  model: LoadedModel | undefined,
  intentModel?: IntentModel,
): Analysis {
  const problem = checkInput(text);
  if (problem !== undefined) return { ...emptyAnalysis({ code: 'und', supported: false }), problem };
  const tokens = tokenize(text);
  const language = detectLanguage(tokens);
  const formCues = structuralCues(text, tokens);
  // Unsupported languages get only what is language-neutral (capitals, punctuation, emoji): no
  // confident emotions read from words the model never learnt.
  if (!language.supported) return emptyAnalysis(language, formCues.slice(0, MAX_CUES));

  const negation = negationScope(tokens);
  const lex = readLexicon(matchLexicon(lexicon, phraseView(tokens), negation), tokens, text);
  const fv =
    model === undefined
      ? undefined
      : extractFeatures(
          tokens,
          model.meta.features,
          negation,
          model.featureBuffers,
          model.meta.features.signals === true ? signalNames(lex, [...formCues, ...lex.cues]) : undefined,
        );
  const reading = model === undefined || fv === undefined ? undefined : readModel(model, fv, tokens.length);

  const scores = perEmotion(() => 0);
  for (const label of CX_EMOTIONS) {
    if (label === 'neutral') continue;
    let fromModel = reading?.cx[label] ?? 0;
    // The model reads most questions as a little confused (Reddit's "?"), and the second layer
    // lends confusion some of curiosity's score; without a word of confusion that reading is damped.
    if (label === 'confusion' && lex.cx.confusion === 0) fromModel *= 0.85;
    // The model sees "not happy" mostly through "happy"; the lexicon's negation scope overrules it.
    if (lex.negatedPositive && POSITIVE_CX.has(label)) fromModel *= 0.3;
    if (lex.negatedNegative && NEGATIVE_CX.has(label)) fromModel *= 0.3;
    let s = noisyOr(fromModel, lex.cx[label]);
    if (lex.sarcasm && POSITIVE_CX.has(label)) s *= 0.3;
    scores[label] = s;
  }
  // Strong frustration voiced with escalation markers (capitals, "!!!", profanity, threats, a
  // third contact) reads as anger in support, even when no anger word is used.
  const cues = dedupeCues([...formCues, ...lex.cues]);
  const escalators = cues.filter((c) => ESCALATORS.has(c.kind));
  const escalatorKinds = new Set(escalators.map((c) => c.kind)).size;
  const angerEvidence: Span[] = [];
  if (scores.frustration >= 0.7 && escalatorKinds > 0) {
    scores.anger = noisyOr(scores.anger, Math.min(0.8, 0.3 + 0.2 * escalatorKinds));
    for (const c of escalators)
      angerEvidence.push({ start: c.start, end: c.end, text: c.text, source: `rule:escalation:${c.kind}` });
  }
  // A stake too weak to count alone (an interview on Monday, a newborn at home) is urgent once
  // something has gone wrong: the failure puts it at risk.
  const urgencyEvidence: Span[] = [];
  const failures = cues.filter((c) => c.kind === 'service_failure');
  if (scores.urgency >= 0.3 && scores.urgency < DETECTED && failures.length > 0) {
    scores.urgency = noisyOr(scores.urgency, 0.35);
    for (const c of failures)
      urgencyEvidence.push({ start: c.start, end: c.end, text: c.text, source: 'rule:stake_at_risk' });
  }
  // Excitement beside a service failure is anticipation of the event now at risk ("interview on
  // Wednesday!"), not delight with us: delight read from excitement alone is damped there.
  if (failures.length > 0 && reading?.cxSource.delight === EXCITEMENT && lex.cx.delight === 0)
    scores.delight *= 0.5;
  let strongest = 0;
  for (const l of CX_EMOTIONS) if (l !== 'neutral') strongest = Math.max(strongest, scores[l]);
  scores.neutral =
    strongest >= DETECTED
      ? Math.min(0.49, (reading?.cx.neutral ?? 0.5) * (1 - strongest))
      : Math.max(0.5, reading?.cx.neutral ?? 0.5);

  const emotions: EmotionFinding[] = [];
  for (const label of CX_EMOTIONS) {
    const score = scores[label];
    if (score < DETECTED) continue;
    const fromRules = label === 'anger' ? angerEvidence : label === 'urgency' ? urgencyEvidence : [];
    const evidence = [...lex.evidence[label], ...fromRules];
    const source = reading?.cxSource[label] ?? -1;
    if (model !== undefined && reading !== undefined && source >= 0 && reading.cx[label] >= DETECTED) {
      evidence.push(...modelEvidence(model, reading, tokens, text, source));
    }
    if (evidence.length > 1) evidence.sort(byStart);
    emotions.push({ label, score: round(score), evidence: evidence.slice(0, MAX_EVIDENCE) });
  }
  emotions.sort(byScore);

  let negativeness = 0;
  for (const l of NEGATIVE_LIST) negativeness = Math.max(negativeness, scores[l]);
  let polarity = (reading?.polarity ?? 0) * (lex.sarcasm ? -1 : 1);
  if (lex.negatedPositive) polarity = Math.min(0, polarity);
  if (lex.negatedNegative) polarity = Math.max(0, polarity);
  const positiveness = Math.max(scores.gratitude, scores.delight);
  // Detected emotions count too: a plain "my flight was cancelled" has no sentiment words.
  const fromEmotions =
    (positiveness >= DETECTED ? positiveness : 0) - (negativeness >= DETECTED ? negativeness : 0);
  const sentimentScore = Math.tanh(
    Math.max(-1, Math.min(1, polarity)) + 0.8 * lex.sentiment + 0.8 * fromEmotions,
  );
  const cut = model?.meta.sentimentCut ?? DEFAULT_SENTIMENT_CUT;
  const label = sentimentScore <= -cut ? 'negative' : sentimentScore >= cut ? 'positive' : 'neutral';

  const kinds = new Set<Cue['kind']>();
  for (const c of cues) kinds.add(c.kind);
  const has = (kind: Cue['kind']) => kinds.has(kind);
  const emotional = Math.max(negativeness, scores.gratitude, scores.delight, scores.urgency);
  let intensity =
    emotional >= DETECTED ? 0.25 + 0.45 * ((emotional - DETECTED) / (1 - DETECTED)) : 0.3 * emotional;
  if (has('shouting')) intensity += 0.15;
  if (has('repeated_punctuation')) intensity += 0.1;
  if (has('profanity')) intensity += 0.15;
  if (has('elongation')) intensity += 0.05;
  if (has('threat_legal') || has('threat_to_go_public') || has('threat_to_leave')) intensity += 0.1;
  intensity += Math.min(0.15, 0.05 * lex.intensifiers);
  intensity = round(Math.min(1, intensity));

  return {
    sentiment: { label, score: round(sentimentScore) },
    emotions,
    fine: (reading?.fine ?? []).filter(
      (f) =>
        !(lex.negatedPositive && POSITIVE_FINE.has(f.label)) &&
        !(lex.negatedNegative && NEGATIVE_FINE.has(f.label)),
    ),
    intensity,
    cues: cues.slice(0, MAX_CUES),
    risk: assessRisk(cues, scores, intensity),
    language,
    intent: readIntent(text, tokens, intentModel, negation, negativeness >= 0.7 && positiveness < DETECTED),
    details: extractDetails(text),
  };
}
