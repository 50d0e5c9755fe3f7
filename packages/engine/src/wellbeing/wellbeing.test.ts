import { describe, expect, it } from 'vitest';
import type { Analysis, CueKind, CxEmotion } from '../emotion/types.js';
import { wellbeing } from './index.js';

const MIN = 60_000;
const NOW = Date.UTC(2026, 0, 5, 15, 0);

function reading(
  emotions: Partial<Record<CxEmotion, number>>,
  intensity: number,
  cues: CueKind[] = [],
): Analysis {
  return {
    sentiment: { label: 'negative', score: -0.8 },
    emotions: Object.entries(emotions).map(([label, score]) => ({
      label: label as CxEmotion,
      score: score ?? 0,
      evidence: [],
    })),
    fine: [],
    intensity,
    cues: cues.map((kind) => ({ kind, start: 0, end: 1, text: 'x' })),
    risk: { escalation: 0.5, churn: 0.2, reasons: [] },
    language: { code: 'en', supported: true },
  };
}

const HOSTILE = reading({ anger: 0.9 }, 0.9, ['shouting']);
const CALM = reading({ neutral: 0.9 }, 0.05);
const ABUSE = reading({ anger: 0.95 }, 1, ['profanity']);
const GRIEF = reading({ sadness: 0.9 }, 0.8);

describe('wellbeing', () => {
  it('suggests a pause after three hostile conversations in a row', () => {
    const advice = wellbeing(
      [
        { at: NOW - 40 * MIN, analysis: CALM },
        { at: NOW - 30 * MIN, analysis: HOSTILE },
        { at: NOW - 20 * MIN, analysis: HOSTILE },
        { at: NOW - 5 * MIN, analysis: HOSTILE },
      ],
      { now: NOW },
    );
    expect(advice.pause).toBe(true);
    expect(advice.hostileStreak).toBe(3);
    expect(advice.reasons.map((r) => r.code)).toContain('hostile_streak');
    expect(advice.message).toMatch(/pause/);
  });

  it('is fine after calm conversations, and after one hard one', () => {
    expect(wellbeing([{ at: NOW - 10 * MIN, analysis: CALM }], { now: NOW }).level).toBe('ok');
    expect(wellbeing([{ at: NOW - 10 * MIN, analysis: HOSTILE }], { now: NOW }).pause).toBe(false);
  });

  it('pauses at once after an abusive conversation', () => {
    const advice = wellbeing([{ id: 'c9', at: NOW - 2 * MIN, analysis: ABUSE }], { now: NOW });
    expect(advice.pause).toBe(true);
    expect(advice.reasons[0]).toEqual({ code: 'abusive', id: 'c9', minutesAgo: 2 });
  });

  it('lets hard conversations fade with time and resets after a break', () => {
    const run = [HOSTILE, HOSTILE, HOSTILE].map((analysis, i) => ({
      at: NOW - (10 + i * 5) * MIN,
      analysis,
    }));
    expect(wellbeing(run, { now: NOW }).pause).toBe(true);
    expect(wellbeing(run, { now: NOW + 6 * 60 * MIN }).pause).toBe(false);
    expect(wellbeing(run, { now: NOW, lastBreakAt: NOW - 12 * MIN }).hostileStreak).toBe(1);
  });

  it('counts draining conversations in the load', () => {
    const run = [GRIEF, GRIEF, GRIEF, GRIEF].map((analysis, i) => ({
      at: NOW - (5 + i * 10) * MIN,
      analysis,
    }));
    const advice = wellbeing(run, { now: NOW });
    expect(advice.conversations.every((c) => c.draining)).toBe(true);
    expect(advice.level).not.toBe('ok');
  });

  it('ignores entries with bad or future times instead of throwing', () => {
    const advice = wellbeing(
      [
        { at: Number.NaN, analysis: ABUSE },
        { at: NOW + 60 * MIN, analysis: ABUSE },
      ],
      { now: NOW },
    );
    expect(advice.level).toBe('ok');
    expect(advice.conversations).toEqual([]);
  });
});
