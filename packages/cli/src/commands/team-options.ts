import { team } from '@rapport/engine';
import { periodOf, type ReportPeriod } from '@rapport/server';
import { UsageError } from '../usage-error.js';

/** `--from`/`--to` as a period, or an error naming the flag that is wrong. */
export function readPeriod(from: string, to: string): ReportPeriod {
  const result = periodOfSafe(from, to);
  if ('error' in result) throw new UsageError(result.error);
  return result.period;
}

function periodOfSafe(from: string, to: string): { period: ReportPeriod } | { error: string } {
  try {
    return { period: periodOf({ from, to }) };
  } catch (error) {
    const issue = (error as { issues?: { path: (string | number)[]; message: string }[] }).issues?.[0];
    if (!issue) throw error;
    return { error: `--${issue.path[0] ?? 'from'}: ${issue.message}` };
  }
}

/** `empathy=yes regulation=no` → `{ empathy: true, regulation: false }`, naming what is wrong. */
export function parseRatings(pairs: readonly string[]): Partial<Record<team.MetricId, boolean>> {
  const ratings: Partial<Record<team.MetricId, boolean>> = {};
  for (const pair of pairs) {
    const [metric = '', verdict = ''] = pair.split('=');
    if (!(team.METRIC_IDS as readonly string[]).includes(metric)) {
      throw new UsageError(`--rate ${pair}: the metric must be one of ${team.METRIC_IDS.join(', ')}`);
    }
    const yes = ['yes', 'y', 'true', '1'].includes(verdict.toLowerCase());
    const no = ['no', 'n', 'false', '0'].includes(verdict.toLowerCase());
    if (!yes && !no) throw new UsageError(`--rate ${pair}: the verdict must be yes or no`);
    ratings[metric as team.MetricId] = yes;
  }
  return ratings;
}

/** `0.8`, `80%` or `80` → 0.8; anything else is an error naming the target. */
export function parseTarget(text: string): number {
  const percent = text.endsWith('%');
  const value = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(value)) throw new UsageError(`target: ${text} is not a number (use 0.8 or 80%)`);
  const target = percent || value > 1 ? value / 100 : value;
  if (target < 0 || target > 1)
    throw new UsageError(`target: ${text} must be between 0 and 1 (or 0% and 100%)`);
  return target;
}
