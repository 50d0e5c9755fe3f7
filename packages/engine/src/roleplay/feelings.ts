import type { CxEmotion } from '../emotion/types.js';
import type { Archetype, SessionStatus } from './types.js';

/**
 * The feeling a persona shows at each intensity, lowest band first: `[below, kind]`. An anxious
 * customer who is dismissed long enough turns frustrated; a calmed angry one is only frustrated.
 */
const BANDS: Record<Archetype, [number, CxEmotion][]> = {
  angry: [
    [0.25, 'neutral'],
    [0.6, 'frustration'],
    [Number.POSITIVE_INFINITY, 'anger'],
  ],
  anxious: [
    [0.25, 'neutral'],
    [0.85, 'anxiety'],
    [Number.POSITIVE_INFINITY, 'frustration'],
  ],
  confused: [
    [0.2, 'neutral'],
    [0.7, 'confusion'],
    [Number.POSITIVE_INFINITY, 'frustration'],
  ],
  grieving: [
    [0.8, 'sadness'],
    [Number.POSITIVE_INFINITY, 'anger'],
  ],
  leaving: [
    [0.25, 'neutral'],
    [0.8, 'disappointment'],
    [Number.POSITIVE_INFINITY, 'anger'],
  ],
  let_down: [
    [0.25, 'neutral'],
    [0.7, 'disappointment'],
    [Number.POSITIVE_INFINITY, 'frustration'],
  ],
  hurried: [
    [0.25, 'neutral'],
    [0.8, 'urgency'],
    [Number.POSITIVE_INFINITY, 'frustration'],
  ],
};

/**
 * The customer's feeling after a turn: grateful once solved, otherwise their persona's band.
 * @example feelingAt('anxious', 0.9, 'active') // 'frustration'
 */
export function feelingAt(archetype: Archetype, intensity: number, status: SessionStatus): CxEmotion {
  if (status === 'solved') return 'gratitude';
  for (const [below, kind] of BANDS[archetype]) if (intensity < below) return kind;
  return 'neutral';
}

/** Solved needs the fix and a customer calm enough to accept it. */
export const SOLVED_AT_OR_BELOW = 0.45;
/** At this intensity the customer gives up and leaves. */
export const LEAVES_AT = 1;
