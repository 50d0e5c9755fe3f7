import type { Analysis, CueKind, CxEmotion } from '../emotion/types.js';

/** What the priority of a post is read from. `rating` is 1..5 when the source has stars. */
export interface PriorityInput {
  analysis: Analysis;
  rating?: number | null;
  /** How many people may see it (followers, views), when the source says. */
  reach?: number | null;
}

export type PriorityFactorId =
  | 'negative_emotion'
  | 'churn'
  | 'public_escalation'
  | 'legal'
  | 'low_rating'
  | 'reach';

/** One reason a post ranks where it does, with the points it added and the words behind it. */
export interface PriorityFactor {
  id: PriorityFactorId;
  points: number;
  detail: string;
}

export type PriorityLevel = 'urgent' | 'high' | 'normal' | 'low';

export interface Priority {
  /** 0..100: higher needs an answer sooner. */
  score: number;
  level: PriorityLevel;
  factors: PriorityFactor[];
}

const NEGATIVE: ReadonlySet<CxEmotion> = new Set([
  'anger',
  'frustration',
  'disappointment',
  'anxiety',
  'sadness',
  'urgency',
]);
// Points at full strength. Emotion and churn carry most; a public or legal threat, a one-star
// rating and a large audience each move a post up the list on their own.
const MAX = { negative_emotion: 35, churn: 15, public_escalation: 15, legal: 12, low_rating: 10, reach: 13 };

/**
 * How urgently a public post needs an answer, and why: strong negative emotion, churn risk,
 * threats to go public or to court, a low rating, and the size of the audience.
 * @example priorityOf({ analysis: analyze('Never again. Telling everyone.'), rating: 1 }).level // 'high'
 */
export function priorityOf({ analysis, rating, reach }: PriorityInput): Priority {
  const factors: PriorityFactor[] = [];
  const add = (id: PriorityFactorId, share: number, detail: string) => {
    const points = Math.round(MAX[id] * Math.min(1, Math.max(0, share)) * 10) / 10;
    if (points > 0) factors.push({ id, points, detail });
  };

  const strongest = analysis.emotions.find((e) => NEGATIVE.has(e.label));
  if (strongest && analysis.sentiment.label === 'negative') {
    add(
      'negative_emotion',
      strongest.score * (0.5 + 0.5 * analysis.intensity),
      `${strongest.label} (${strongest.score.toFixed(2)})`,
    );
  }
  add('churn', analysis.risk.churn, `churn risk ${analysis.risk.churn.toFixed(2)}`);
  const cue = (kind: CueKind) => analysis.cues.find((c) => c.kind === kind);
  const publicCue = cue('threat_to_go_public');
  if (publicCue) add('public_escalation', 1, `"${publicCue.text}"`);
  const legalCue = cue('threat_legal');
  if (legalCue) add('legal', 1, `"${legalCue.text}"`);
  if (typeof rating === 'number' && rating <= 2)
    add('low_rating', rating <= 1 ? 1 : 0.5, `${rating} star${rating === 1 ? '' : 's'}`);
  // Audience counts on a log scale: 100 followers is a little, 100,000 is the full weight.
  if (typeof reach === 'number' && reach > 10)
    add('reach', Math.log10(reach) / 5, `reach ${reach.toLocaleString('en')}`);

  const score = Math.round(factors.reduce((sum, f) => sum + f.points, 0));
  factors.sort((a, b) => b.points - a.points);
  return { score, level: levelOf(score), factors };
}

function levelOf(score: number): PriorityLevel {
  if (score >= 70) return 'urgent';
  if (score >= 45) return 'high';
  if (score >= 20) return 'normal';
  return 'low';
}
