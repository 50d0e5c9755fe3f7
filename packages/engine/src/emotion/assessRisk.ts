import type { Cue, CueKind, CxEmotion, Risk } from './types.js';

interface RiskFactor {
  reason: string;
  escalation: number;
  churn: number;
}

// Weights are rough odds that one signal alone calls for a senior agent / predicts leaving;
// they combine as independent evidence, so two mild signals count more than one.
const CUE_FACTORS: Partial<Record<CueKind, RiskFactor>> = {
  threat_legal: { reason: 'mentions legal action or a regulator', escalation: 0.7, churn: 0.4 },
  threat_to_go_public: { reason: 'threatens to go public or post a review', escalation: 0.6, churn: 0.35 },
  threat_to_leave: { reason: 'threatens to leave or cancel', escalation: 0.35, churn: 0.65 },
  repeat_contact: { reason: 'has contacted support before about this', escalation: 0.35, churn: 0.25 },
  profanity: { reason: 'uses profanity', escalation: 0.3, churn: 0.1 },
  shouting: { reason: 'writes in capitals', escalation: 0.2, churn: 0.05 },
  sarcasm: { reason: 'is sarcastic', escalation: 0.15, churn: 0.15 },
  service_failure: { reason: 'reports a service failure', escalation: 0.1, churn: 0.15 },
  deadline: { reason: 'has a deadline', escalation: 0.15, churn: 0.05 },
  time_pressure: { reason: 'is under time pressure', escalation: 0.15, churn: 0.05 },
};

const EMOTION_FACTORS: ReadonlyArray<readonly [CxEmotion, RiskFactor]> = Object.entries({
  anger: { reason: 'is angry', escalation: 0.45, churn: 0.3 },
  frustration: { reason: 'is frustrated', escalation: 0.25, churn: 0.2 },
  disappointment: { reason: 'is disappointed', escalation: 0.1, churn: 0.25 },
  anxiety: { reason: 'is anxious', escalation: 0.15, churn: 0.05 },
  urgency: { reason: 'needs this urgently', escalation: 0.2, churn: 0.05 },
} satisfies Partial<Record<CxEmotion, RiskFactor>>) as Array<[CxEmotion, RiskFactor]>;

/**
 * Escalation and churn risk in 0..1 from cues and emotions, with the reasons that raised them.
 * Gratitude and delight lower churn.
 * @example assessRisk(cues, { anger: 0.8 }, 0.7)
 */
export function assessRisk(
  cues: readonly Cue[],
  emotions: Partial<Record<CxEmotion, number>>,
  intensity: number,
): Risk {
  let keepEsc = 1;
  let keepChurn = 1;
  const reasons: string[] = [];
  const seen = new Set<CueKind>();
  for (const cue of cues) {
    const f = CUE_FACTORS[cue.kind];
    if (f === undefined || seen.has(cue.kind)) continue;
    seen.add(cue.kind);
    keepEsc *= 1 - f.escalation;
    keepChurn *= 1 - f.churn;
    reasons.push(f.reason);
  }
  for (const [label, f] of EMOTION_FACTORS) {
    const score = emotions[label] ?? 0;
    if (score < 0.5) continue;
    keepEsc *= 1 - f.escalation * score;
    keepChurn *= 1 - f.churn * score;
    reasons.push(f.reason);
  }
  let escalation = (1 - keepEsc) * (0.75 + 0.25 * intensity);
  let churn = 1 - keepChurn;
  const positive = Math.max(emotions.gratitude ?? 0, emotions.delight ?? 0);
  if (positive >= 0.5) {
    churn *= 1 - 0.6 * positive;
    escalation *= 1 - 0.3 * positive;
  }
  return { escalation: round(escalation), churn: round(churn), reasons };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
