import { describe, expect, it } from 'vitest';
import { analysisOf } from './fixtures.test-helpers.js';
import { evaluate } from './golden/evaluate.js';
import { GOLDEN } from './golden/index.js';

// Floors sit a little under the measured figures (bench/coach.ts prints them), so a change that
// makes detection clearly worse fails here. The customer is read as upset for every case, which
// isolates detection from the emotion model: presence does not depend on the customer's mood.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  acknowledge: { precision: 0.9, recall: 0.75 },
  paraphrase: { precision: 0.7, recall: 0.55 },
  question: { precision: 0.85, recall: 0.85 },
  apology: { precision: 0.9, recall: 0.95 },
  reassurance: { precision: 0.8, recall: 0.5 },
  options: { precision: 0.7, recall: 0.75 },
  next_step: { precision: 0.75, recall: 0.75 },
  caring_close: { precision: 0.8, recall: 0.8 },
  information: { precision: 0.8, recall: 0.85 },
  jargon: { precision: 0.75, recall: 0.8 },
  dismissive: { precision: 0.8, recall: 0.75 },
  blame: { precision: 0.75, recall: 0.75 },
  canned: { precision: 0.9, recall: 0.85 },
  agent_tone: { precision: 0.85, recall: 0.6 },
};

describe('golden corpus', () => {
  it('holds at least 300 labelled replies across five industries', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(300);
    expect(new Set(GOLDEN.map((c) => c.industry)).size).toBe(5);
    expect(new Set(GOLDEN.map((c) => c.id)).size).toBe(GOLDEN.length);
  });

  const { scores } = evaluate(GOLDEN, () => analysisOf({ frustration: 0.7 }, true));
  for (const s of scores) {
    const floor = FLOORS[s.id];
    if (floor === undefined) continue;
    it(`${s.id}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
