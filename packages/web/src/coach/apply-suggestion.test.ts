import { describe, expect, it } from 'vitest';
import { applySuggestion, locateSpan } from './apply-suggestion.js';

const span = (draft: string, text: string, source = 'test') => {
  const start = draft.indexOf(text);
  return { start, end: start + text.length, text, source };
};

describe('applySuggestion', () => {
  it('replaces the span the coach pointed at', () => {
    const draft = 'Calm down. We will fix it.';
    const out = applySuggestion(draft, {
      text: 'I can see why this is upsetting.',
      replace: span(draft, 'Calm down.'),
    });
    expect(out.draft).toBe('I can see why this is upsetting. We will fix it.');
    expect(out.draft.slice(out.start, out.end)).toBe('I can see why this is upsetting.');
  });

  it('finds the words again when the agent typed before them since the coach ran', () => {
    const old = 'Calm down. We will fix it.';
    const now = 'Hi Ana. Calm down. We will fix it.';
    const out = applySuggestion(now, { text: 'I hear you.', replace: span(old, 'Calm down.') });
    expect(out.draft).toBe('Hi Ana. I hear you. We will fix it.');
  });

  it('adds the suggestion as a new sentence when there is nothing to replace', () => {
    const out = applySuggestion('We refunded the order.  ', { text: 'Is there anything else I can do?' });
    expect(out.draft).toBe('We refunded the order. Is there anything else I can do?');
    expect(out.draft.slice(out.start, out.end)).toBe('Is there anything else I can do?');
  });

  it('adds it when the replaced words are gone from the draft', () => {
    const out = applySuggestion('Thanks!', {
      text: 'Take care.',
      replace: { start: 0, end: 4, text: 'Nope', source: 'x' },
    });
    expect(out.draft).toBe('Thanks! Take care.');
  });

  it('inserts at an empty span (an insertion point)', () => {
    const out = applySuggestion('Hello. Bye.', {
      text: ' Sorry for the wait.',
      replace: { start: 6, end: 6, text: '', source: 'x' },
    });
    expect(out.draft).toBe('Hello. Sorry for the wait. Bye.');
  });

  it('fills an empty draft', () => {
    expect(applySuggestion('', { text: 'Hi Ana,' })).toEqual({ draft: 'Hi Ana,', start: 0, end: 7 });
  });
});

describe('locateSpan', () => {
  it('trusts offsets that still hold the same words and searches again when they moved', () => {
    const s = { start: 0, end: 10, text: 'Calm down.', source: 'x' };
    expect(locateSpan('Calm down. Bye', s)).toEqual({ start: 0, end: 10 });
    expect(locateSpan('Hi. Calm down.', s)).toEqual({ start: 4, end: 14 });
    expect(locateSpan('Hello', s)).toBeNull();
  });
});
