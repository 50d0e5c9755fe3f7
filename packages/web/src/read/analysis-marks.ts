import type { Analysis } from '@rapport/engine';
import type { Mark } from '../highlight/segments.js';
import { humanize } from './humanize.js';

/**
 * Every piece of evidence in an analysis as a mark on the message: the spans behind each emotion
 * and the cues (capitals, deadlines, threats...). Cues come first so that where both cover the
 * same words the emotion decides the colour and the cue still shows in the tooltip.
 *
 * @example
 * marksFor(analyze('STILL waiting for my refund')); // → [{ label: 'shouting', ... }, { label: 'frustration', ... }]
 */
export function marksFor(analysis: Analysis): Mark[] {
  const cues: Mark[] = analysis.cues.map((cue) => ({
    start: cue.start,
    end: cue.end,
    label: humanize(cue.kind),
    source: `cue:${cue.kind}`,
    tone: 'cue',
  }));
  const evidence: Mark[] = analysis.emotions.flatMap((finding) =>
    finding.evidence.map((span) => ({
      start: span.start,
      end: span.end,
      label: finding.label,
      source: span.source,
      tone: finding.label,
    })),
  );
  return [...cues, ...evidence];
}
