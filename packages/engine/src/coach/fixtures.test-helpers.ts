import type { Analysis, CxEmotion } from '../emotion/types.js';
import { coachCore } from './coach-core.js';
import type { CoachCoreInput, CoachResult } from './types.js';

/**
 * A hand-made analysis for tests: the emotions given (strongest first), a sentiment that follows
 * them, and an intensity high enough to count as felt unless the customer is neutral.
 */
export function analysisOf(emotions: Partial<Record<CxEmotion, number>>, serviceFailure = false): Analysis {
  const list = Object.entries(emotions)
    .map(([label, score]) => ({ label: label as CxEmotion, score: score ?? 0, evidence: [] }))
    .sort((a, b) => b.score - a.score);
  const positive = list.some((e) => (e.label === 'gratitude' || e.label === 'delight') && e.score >= 0.3);
  const negative = list.some((e) => !['gratitude', 'delight', 'neutral'].includes(e.label) && e.score >= 0.3);
  const felt = positive || negative;
  return {
    sentiment: negative
      ? { label: 'negative', score: -0.8 }
      : positive
        ? { label: 'positive', score: 0.8 }
        : { label: 'neutral', score: 0 },
    emotions: list.length > 0 ? list : [{ label: 'neutral', score: 0.9, evidence: [] }],
    fine: [],
    intensity: felt ? 0.6 : 0.02,
    cues: serviceFailure ? [{ kind: 'service_failure', start: 0, end: 1, text: 'x' }] : [],
    risk: { escalation: 0, churn: 0, reasons: [] },
    language: { code: 'en', supported: true },
    intent: { label: 'other', score: 0, evidence: [] },
    details: [],
  };
}

/** Coaches a reply against one customer message with the given emotions. */
export function coachWith(
  reply: string,
  customer: string,
  emotions: Partial<Record<CxEmotion, number>> = {},
  extra: Omit<CoachCoreInput, 'reply' | 'customer'> = {},
): CoachResult {
  return coachCore({ reply, customer: [{ text: customer, analysis: analysisOf(emotions) }], ...extra });
}

/** The status of one check in a result. */
export function statusOf(result: CoachResult, id: string): string | undefined {
  return result.checks.find((c) => c.id === id)?.status;
}
