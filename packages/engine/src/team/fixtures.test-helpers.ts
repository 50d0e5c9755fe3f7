import type { CheckResult, CheckStatus, CoachCheckId, CoachResult, TechniqueId } from '../coach/index.js';
import { CHECK_IDS, TECHNIQUE_IDS } from '../coach/index.js';
import type { Analysis, CxEmotion } from '../emotion/types.js';

/** A hand-made analysis: one emotion at a score, and a signed sentiment. */
export function reading(emotion: CxEmotion, score: number, sentiment: number, intensity = 0.5): Analysis {
  return {
    sentiment: {
      label: sentiment < -0.2 ? 'negative' : sentiment > 0.2 ? 'positive' : 'neutral',
      score: sentiment,
    },
    emotions: [{ label: emotion, score, evidence: [] }],
    fine: [],
    intensity,
    cues: [],
    risk: { escalation: 0, churn: 0, reasons: [] },
    language: { code: 'en', supported: true },
    intent: { label: 'other', score: 0, evidence: [] },
    details: [],
  };
}

/** A hand-made coach result: every check `skip` unless given, techniques present as listed. */
export function coached(
  score: number,
  statuses: Partial<Record<CoachCheckId, CheckStatus>>,
  present: TechniqueId[] = [],
): CoachResult {
  const checks: CheckResult[] = [...TECHNIQUE_IDS, ...CHECK_IDS].map((id) => ({
    id,
    status: statuses[id] ?? 'skip',
    message: '',
    why: '',
    spans: [],
    weight: 1,
    earned: 0,
  }));
  const techniques = Object.fromEntries(
    TECHNIQUE_IDS.map((id) => [id, { present: present.includes(id), spans: [] }]),
  ) as unknown as CoachResult['techniques'];
  return { score, checks, techniques, working: { earned: 0, possible: 0 } };
}
