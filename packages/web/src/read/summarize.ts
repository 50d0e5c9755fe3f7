import type { Analysis } from '@rapport/engine';
import { percent } from './humanize.js';

/**
 * One sentence that tells an agent (or a screen reader, through the live region) what the
 * analysis found, strongest signals first.
 *
 * @example
 * summarize(analysis); // 'Frustration 84%, urgency 41%. Sentiment negative. Escalation risk 62%.'
 */
export function summarize(analysis: Analysis): string {
  if (!analysis.language.supported) {
    return `This message does not look like English (${analysis.language.code}); emotions are not read with confidence.`;
  }
  const emotions = analysis.emotions
    .filter((e) => e.label !== 'neutral')
    .slice(0, 3)
    .map((e) => `${e.label} ${percent(e.score)}`);
  const feel = emotions.length > 0 ? emotions.join(', ') : 'No strong emotion';
  const first = feel.charAt(0).toUpperCase() + feel.slice(1);
  return `${first}. Sentiment ${analysis.sentiment.label}. Escalation risk ${percent(analysis.risk.escalation)}.`;
}
