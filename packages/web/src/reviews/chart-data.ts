/** A trend as the report sends it: counts per key per period. */
export interface TrendView {
  periods: string[];
  series: Array<{ key: string; counts: number[]; total: number }>;
}

/** One row per period with a column per key, the shape recharts draws from. */
export type ChartRow = { period: string } & Record<string, number | string>;

/**
 * Turns a trend into chart rows, keeping only keys with any posts (and at most `limit` of them,
 * largest first; the rest summed as `other` so the chart's totals stay true).
 * @example toChartRows({ periods: ['2026-09'], series: [{ key: 'anger', counts: [3], total: 3 }] }) // [{ period: '2026-09', anger: 3 }]
 */
export function toChartRows(
  trend: TrendView,
  limit = Number.POSITIVE_INFINITY,
): { rows: ChartRow[]; keys: string[] } {
  const present = trend.series.filter((s) => s.total > 0);
  const kept = [...present].sort((a, b) => b.total - a.total).slice(0, limit);
  const keptKeys = new Set(kept.map((s) => s.key));
  // Keep the report's own order (emotions in their fixed order, reasons largest first).
  const keys = present.filter((s) => keptKeys.has(s.key)).map((s) => s.key);
  const rest = present.filter((s) => !keptKeys.has(s.key));
  const rows = trend.periods.map((period, i) => {
    const row: ChartRow = { period };
    for (const s of present) if (keptKeys.has(s.key)) row[s.key] = s.counts[i] ?? 0;
    if (rest.length > 0) row.other = rest.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0);
    return row;
  });
  return { rows, keys: rest.length > 0 ? [...keys, 'other'] : keys };
}

/** Colours that stay apart for the eye and in print; emotions keep theirs across pages. */
export const EMOTION_COLOURS: Record<string, string> = {
  anger: '#b91c1c',
  frustration: '#ea580c',
  disappointment: '#a16207',
  anxiety: '#7c3aed',
  sadness: '#1e40af',
  urgency: '#db2777',
  confusion: '#0891b2',
  gratitude: '#15803d',
  delight: '#65a30d',
  neutral: '#9ca3af',
};

const PALETTE = [
  '#1d4ed8',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#4b5563',
  '#65a30d',
  '#9333ea',
  '#0f766e',
  '#b45309',
];

/** A colour for the n-th series of a chart without a fixed colour per key. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#4b5563';
}
