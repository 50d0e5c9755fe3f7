import { describe, expect, it } from 'vitest';
import { analyze } from '../createEngine.js';
import { GOLDEN, scoreGolden } from './index.js';

const OPPOSITE = { negative: 'positive', positive: 'negative', neutral: undefined } as const;
const results = GOLDEN.map((m) => analyze(m.text));

describe('golden customer-service corpus', () => {
  it('has at least 150 messages covering all ten emotions, sarcasm, negation and other languages', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(150);
    const labels = new Set(GOLDEN.flatMap((m) => m.emotions));
    expect(labels.size).toBe(10);
    expect(GOLDEN.filter((m) => m.cues?.includes('sarcasm')).length).toBeGreaterThanOrEqual(5);
    expect(GOLDEN.filter((m) => /\bnot (happy|angry|bad)/i.test(m.text)).length).toBeGreaterThanOrEqual(2);
    expect(new Set(GOLDEN.map((m) => m.language).filter(Boolean)).size).toBeGreaterThanOrEqual(8);
  });

  // Per message, what must never go wrong: the language, the cues a reader points at, and the
  // direction of sentiment (a complaint read as praise, or praise as a complaint).
  GOLDEN.forEach((m, i) => {
    it(`#${i} ${m.text.slice(0, 60)}`, () => {
      const r = results[i]!;
      expect(r.language.code).toBe(m.language ?? 'en');
      for (const kind of m.cues ?? []) expect(r.cues.map((c) => c.kind)).toContain(kind);
      const opposite = OPPOSITE[m.sentiment];
      if (opposite !== undefined) expect(r.sentiment.label).not.toBe(opposite);
      if (m.language !== undefined) {
        expect(r.language.supported).toBe(false);
        expect(r.emotions).toEqual([]);
      }
      for (const e of r.emotions) {
        for (const span of e.evidence) expect(m.text.slice(span.start, span.end)).toBe(span.text);
      }
    });
  });

  // Which emotions are read is judged in aggregate; the floors sit a little under today's figures
  // (README) so that a real regression fails while a one-message change does not.
  it('keeps aggregate accuracy above its floors', () => {
    const score = scoreGolden(GOLDEN, results);
    expect(score.emotionMacroF1).toBeGreaterThanOrEqual(0.72);
    expect(score.mainEmotionRecall).toBeGreaterThanOrEqual(0.85);
    expect(score.sentimentMacroF1).toBeGreaterThanOrEqual(0.8);
    expect(score.cueRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.languageAccuracy).toBe(1);
  });
});
