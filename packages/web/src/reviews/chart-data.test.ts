import { describe, expect, it } from 'vitest';
import { toChartRows } from './chart-data.js';

describe('toChartRows', () => {
  const trend = {
    periods: ['2026-08', '2026-09'],
    series: [
      { key: 'anger', counts: [1, 4], total: 5 },
      { key: 'anxiety', counts: [0, 0], total: 0 },
      { key: 'gratitude', counts: [2, 1], total: 3 },
      { key: 'neutral', counts: [1, 0], total: 1 },
    ],
  };

  it('makes one row per period and drops keys with no posts', () => {
    expect(toChartRows(trend)).toEqual({
      keys: ['anger', 'gratitude', 'neutral'],
      rows: [
        { period: '2026-08', anger: 1, gratitude: 2, neutral: 1 },
        { period: '2026-09', anger: 4, gratitude: 1, neutral: 0 },
      ],
    });
  });

  it('sums the smallest keys as other when limited, so totals stay true', () => {
    const { keys, rows } = toChartRows(trend, 2);
    expect(keys).toEqual(['anger', 'gratitude', 'other']);
    expect(rows[0]).toEqual({ period: '2026-08', anger: 1, gratitude: 2, other: 1 });
  });
});
