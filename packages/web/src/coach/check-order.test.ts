import { describe, expect, it } from 'vitest';
import type { CoachCheckView, CoachView } from '../engine/types.js';
import { byUrgency, checkMarks, coachSummary } from './check-order.js';

const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start), source: 'rule' });

const check = (
  id: string,
  status: CoachCheckView['status'],
  spans: CoachCheckView['spans'],
  earned = 0,
): CoachCheckView => ({
  id,
  status,
  message: `${id} says ${status}`,
  why: 'test',
  spans,
  weight: 10,
  earned,
});

const result: CoachView = {
  score: 71.6,
  checks: [
    check('acknowledge', 'pass', [span(0, 5)], 10),
    check('options', 'skip', [span(1, 2)]),
    check('next_step', 'improve', []),
    check('dismissive', 'warn', [span(3, 8)]),
    check('jargon', 'improve', [span(10, 13)], 5),
  ],
  working: { earned: 15, possible: 40 },
};

describe('coach result helpers', () => {
  it('orders warnings, then improvements, then passes, then skips, keeping ties stable', () => {
    expect(byUrgency(result.checks).map((c) => c.id)).toEqual([
      'dismissive',
      'next_step',
      'jargon',
      'acknowledge',
      'options',
    ]);
  });

  it('marks the spans of every check that is not skipped, warnings last so they win overlaps', () => {
    const marks = checkMarks(result);
    expect(marks.map((m) => m.tone)).toEqual(['status-pass', 'status-improve', 'status-warn']);
    expect(marks.at(-1)).toMatchObject({ start: 3, end: 8, label: 'dismissive (warn)' });
  });

  it('summarises the score and the counts in one sentence', () => {
    expect(coachSummary(result)).toBe('Score 72 of 100: 1 warning, 2 to improve, 1 good.');
    expect(coachSummary({ score: 100, checks: [], working: { earned: 0, possible: 0 } })).toBe(
      'Score 100 of 100: 0 good.',
    );
  });
});
