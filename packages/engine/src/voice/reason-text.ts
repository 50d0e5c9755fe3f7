import type { Analysis, CueKind } from '../emotion/types.js';

// What a customer threatens or how often they wrote is not *why* they complain; left in, these
// sentences would group posts by their threats instead of by what went wrong.
const NOT_A_REASON: ReadonlySet<CueKind> = new Set([
  'threat_to_leave',
  'threat_to_go_public',
  'threat_legal',
  'repeat_contact',
]);

/**
 * The part of a post that says what went wrong: its sentences without threats and repeat-contact
 * remarks (unless nothing else is left).
 * @example reasonText('My parcel is lost. I will never order again.', analyze(...)) // 'My parcel is lost.'
 */
export function reasonText(text: string, analysis: Pick<Analysis, 'cues'>): string {
  const cuts = analysis.cues.filter((c) => NOT_A_REASON.has(c.kind));
  if (cuts.length === 0) return text;
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?\n]*/g)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const kept = sentences.filter((s) => !cuts.some((c) => c.start < s.end && c.end > s.start));
  return kept.length === 0 ? text : kept.map((s) => s.text.trim()).join(' ');
}
