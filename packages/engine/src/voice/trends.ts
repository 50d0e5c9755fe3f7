/** The size of a trend's time buckets. */
export type Period = 'week' | 'month';

/** Counts per key per period, periods in time order with empty ones filled in. */
export interface Trend {
  periods: string[];
  series: Array<{ key: string; counts: number[]; total: number }>;
}

/** One dated item and the keys it counts under (its reason, its emotions). */
export interface DatedKeys {
  /** An ISO-8601 date or date-time. */
  date: string;
  keys: readonly string[];
}

/**
 * The bucket a date falls in: `2026-09` for months, the ISO week `2026-W38` for weeks (UTC).
 * @example periodOf('2026-09-14T10:00:00Z', 'week') // '2026-W38'
 */
export function periodOf(date: string, period: Period): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return 'unknown';
  if (period === 'month') return d.toISOString().slice(0, 7);
  // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Counts items per key and period. Periods with no items between the first and the last are
 * included with zeros, so a chart's gaps are real gaps.
 * @example trendOf([{ date: '2026-09-02', keys: ['refund'] }], 'month') // { periods: ['2026-09'], series: [{ key: 'refund', counts: [1], total: 1 }] }
 */
export function trendOf(items: readonly DatedKeys[], period: Period, keyOrder?: readonly string[]): Trend {
  const dated = items.filter((item) => periodOf(item.date, period) !== 'unknown');
  if (dated.length === 0) return { periods: [], series: [] };
  const dates = dated.map((item) => new Date(item.date).getTime());
  const periods = periodRange(Math.min(...dates), Math.max(...dates), period);
  const position = new Map(periods.map((p, i) => [p, i]));
  const counts = new Map<string, number[]>();
  for (const key of keyOrder ?? []) counts.set(key, new Array(periods.length).fill(0));
  for (const item of dated) {
    const at = position.get(periodOf(item.date, period))!;
    for (const key of new Set(item.keys)) {
      const row = counts.get(key) ?? new Array<number>(periods.length).fill(0);
      row[at]!++;
      counts.set(key, row);
    }
  }
  const series = [...counts.entries()].map(([key, row]) => ({
    key,
    counts: row,
    total: row.reduce((a, b) => a + b, 0),
  }));
  if (!keyOrder) series.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  return { periods, series };
}

function periodRange(fromMs: number, toMs: number, period: Period): string[] {
  const out: string[] = [];
  const step = period === 'week' ? 7 : 28;
  // Walk in steps shorter than a period, keeping each new label: no bucket is skipped or repeated.
  for (let t = fromMs; ; t += step * 86_400_000) {
    const label = periodOf(new Date(Math.min(t, toMs)).toISOString(), period);
    if (out[out.length - 1] !== label) out.push(label);
    if (t >= toMs) break;
  }
  const last = periodOf(new Date(toMs).toISOString(), period);
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}
