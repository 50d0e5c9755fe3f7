import type { Analysis } from '../emotion/types.js';
import { strainOf } from '../wellbeing/index.js';

/** How upset a customer message reads, 0..1: the strength of negative sentiment (0 when not negative). */
export function heatOf(analysis: Analysis): number {
  return Math.max(0, Math.min(1, -analysis.sentiment.score));
}

/**
 * Hostile as the wellbeing signal defines it (anger and harsh cues, scaled by intensity), so the
 * scorecard and the "take a pause" advice agree on what a hostile customer is.
 */
export function isHostile(analysis: Analysis): boolean {
  return strainOf(analysis).hostile;
}

/** The customer's heat must be at least this for the next message to count as calmer or not. */
export const DE_ESCALATION_MIN_HEAT = 0.3;
/** The next message is calmer when its heat is lower by at least this much. */
export const DE_ESCALATION_DROP = 0.2;

/**
 * The Monday (UTC) of the week an ISO time falls in, `YYYY-MM-DD`.
 * @example weekOf('2026-11-26T10:00:00.000Z') // '2026-11-23'
 */
export function weekOf(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '0000-00-00';
  const day = new Date(time);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - sinceMonday));
  return monday.toISOString().slice(0, 10);
}
