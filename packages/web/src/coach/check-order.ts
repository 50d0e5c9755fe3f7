import type { CheckStatus, CoachCheckView, CoachView } from '../engine/types.js';
import type { Mark } from '../highlight/segments.js';

const RANK: Record<CheckStatus, number> = { warn: 0, improve: 1, pass: 2, skip: 3 };

/**
 * Checks in the order an agent should act on them: warnings, then improvements, then what is
 * already good; ties keep the coach's own order.
 *
 * @example
 * byUrgency(result.checks)[0]?.status; // 'warn' when there is one
 */
export function byUrgency(checks: readonly CoachCheckView[]): CoachCheckView[] {
  return checks
    .map((check, i) => ({ check, i }))
    .sort((a, b) => RANK[a.check.status] - RANK[b.check.status] || a.i - b.i)
    .map(({ check }) => check);
}

/** How many checks have each status, for the one-line summary. */
export function countByStatus(result: CoachView): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { warn: 0, improve: 0, pass: 0, skip: 0 };
  for (const check of result.checks) counts[check.status] += 1;
  return counts;
}

/** The spans each check points at in the draft, coloured by status (skipped checks show nothing). */
export function checkMarks(result: CoachView): Mark[] {
  // Passes first so that where a warning overlaps a passing technique, the warning's colour shows.
  return byUrgency(result.checks)
    .reverse()
    .filter((c) => c.status !== 'skip')
    .flatMap((check) =>
      check.spans.map((span) => ({
        start: span.start,
        end: span.end,
        label: `${check.id} (${check.status})`,
        source: span.source,
        tone: `status-${check.status}`,
      })),
    );
}

/** The one-line summary that the live region announces after each coaching pass. */
export function coachSummary(result: CoachView): string {
  const c = countByStatus(result);
  const parts = [
    c.warn > 0 ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
    c.improve > 0 ? `${c.improve} to improve` : '',
    `${c.pass} good`,
  ].filter(Boolean);
  return `Score ${Math.round(result.score)} of 100: ${parts.join(', ')}.`;
}
