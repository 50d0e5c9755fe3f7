import type { Analysis } from '../emotion/types.js';

// Cues that make a conversation hard to take, beyond the customer's emotion.
const HARSH_CUES = new Set([
  'profanity',
  'threat_legal',
  'threat_to_go_public',
  'shouting',
  'threat_to_leave',
]);
const HOSTILE = 0.5;
const DRAINING = 0.5;

function score(a: Analysis, label: string): number {
  return a.emotions.find((e) => e.label === label)?.score ?? 0;
}

/**
 * How hard a conversation was on the agent, 0..1: hostility (anger, frustration, harsh cues) and
 * drain (sadness, anxiety), scaled by intensity.
 * @example strainOf(analyze('You are useless, I want a manager NOW')).hostile // true
 */
export function strainOf(a: Analysis): {
  strain: number;
  hostile: boolean;
  draining: boolean;
  abusive: boolean;
} {
  const harsh = a.cues.filter((c) => HARSH_CUES.has(c.kind)).length;
  const profanity = a.cues.some((c) => c.kind === 'profanity');
  const anger = Math.max(score(a, 'anger'), 0.8 * score(a, 'frustration'));
  const hostility = Math.min(1, anger * (0.5 + 0.5 * a.intensity) + 0.15 * harsh + 0.2 * a.risk.escalation);
  const drain = Math.max(score(a, 'sadness'), 0.8 * score(a, 'anxiety')) * (0.5 + 0.5 * a.intensity);
  return {
    strain: Math.min(1, Math.max(hostility, 0.7 * drain)),
    hostile: hostility >= HOSTILE,
    draining: drain >= DRAINING,
    abusive: profanity && anger >= HOSTILE,
  };
}
