import type { NextStep } from './types.js';

const CLAUSE_START =
  /^(i|i'll|i will|i'm|we|we'll|we will|we're|you|you'll|you will|your|our|the|a|an|someone|it|they|this|that|there|an?\s)\b/i;

/**
 * The next step as a clause a frame can embed: an action becomes "I'll <action>", a full
 * sentence stays as written (minus its full stop).
 * @example nextStepClause({ action: 'refund the charge', when: 'by Friday' }) // "I'll refund the charge by Friday"
 * @example nextStepClause("we'll call you tomorrow") // "we'll call you tomorrow"
 */
export function nextStepClause(step: string | NextStep): string {
  const raw = typeof step === 'string' ? step : [step.action, step.when ?? ''].join(' ');
  const text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!;\s]+$/, '');
  if (text.length === 0) return '';
  if (CLAUSE_START.test(text)) return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return `I'll ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
