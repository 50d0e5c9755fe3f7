import type { Span } from '@rapport/engine';

/** What the coach proposes: new text, and the span of the draft it replaces (absent: add it). */
export interface Suggestion {
  text: string;
  replace?: Span;
}

/** The draft after a suggestion, and where the new words sit so the editor can select them. */
export interface Applied {
  draft: string;
  start: number;
  end: number;
}

/**
 * Applies a coach suggestion to the draft the agent sees now. The agent may have typed since the
 * coach ran, so the span is trusted only if it still holds the same words; otherwise the words are
 * looked up again, and a suggestion with nothing to replace is added as a new sentence at the end
 * (an empty span marks an insertion point).
 *
 * @example
 * applySuggestion('Calm down. We will fix it.', { text: 'I understand.', replace: { start: 0, end: 10, text: 'Calm down.', source: 'dismissive' } });
 * // → { draft: 'I understand. We will fix it.', start: 0, end: 13 }
 */
export function applySuggestion(draft: string, suggestion: Suggestion): Applied {
  const target = suggestion.replace ? locateSpan(draft, suggestion.replace) : null;
  if (target) {
    const draftOut = draft.slice(0, target.start) + suggestion.text + draft.slice(target.end);
    return { draft: draftOut, start: target.start, end: target.start + suggestion.text.length };
  }
  const trimmed = draft.replace(/\s+$/, '');
  const glue = trimmed.length === 0 ? '' : /\n\s*$/.test(draft) ? '\n' : ' ';
  const start = trimmed.length + glue.length;
  return { draft: trimmed + glue + suggestion.text, start, end: start + suggestion.text.length };
}

/**
 * Where a span the coach reported sits in the draft now: at its offsets if the words there still
 * match, else at the first place those words occur, else nowhere.
 *
 * @example
 * locateSpan('Hi. Calm down.', { start: 0, end: 10, text: 'Calm down.', source: 'x' }); // { start: 4, end: 14 }
 */
export function locateSpan(draft: string, span: Span): { start: number; end: number } | null {
  if (span.start === span.end && span.start >= 0 && span.start <= draft.length && span.text === '') {
    return { start: span.start, end: span.end };
  }
  if (span.text.length === 0) return null;
  if (draft.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  const at = draft.indexOf(span.text);
  return at >= 0 ? { start: at, end: at + span.text.length } : null;
}
