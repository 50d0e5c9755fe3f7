import { describe, expect, it } from 'vitest';
import { type Mark, segments } from './segments.js';

const mark = (start: number, end: number, label = 'anger'): Mark => ({
  start,
  end,
  label,
  source: `test:${label}`,
  tone: label,
});

describe('segments', () => {
  it('returns the whole text as one plain segment when nothing is marked', () => {
    expect(segments('hello there', [])).toEqual([{ start: 0, end: 11, text: 'hello there', marks: [] }]);
  });

  it('splits around a mark and keeps the text intact', () => {
    const out = segments('I am so angry now', [mark(8, 13)]);
    expect(out.map((s) => s.text)).toEqual(['I am so ', 'angry', ' now']);
    expect(out.map((s) => s.marks.length)).toEqual([0, 1, 0]);
    expect(out.map((s) => s.text).join('')).toBe('I am so angry now');
  });

  it('lists every mark that covers an overlapping run', () => {
    const out = segments('STILL WAITING!!!', [mark(0, 13, 'shouting'), mark(6, 16, 'frustration')]);
    expect(out.map((s) => [s.text, s.marks.map((m) => m.label)])).toEqual([
      ['STILL ', ['shouting']],
      ['WAITING', ['shouting', 'frustration']],
      ['!!!', ['frustration']],
    ]);
  });

  it('drops marks that fall outside the text or are empty', () => {
    const out = segments('short', [mark(3, 40), mark(2, 2), mark(-1, 2), mark(4, 1)]);
    expect(out).toEqual([{ start: 0, end: 5, text: 'short', marks: [] }]);
  });

  it('handles empty text', () => {
    expect(segments('', [mark(0, 1)])).toEqual([]);
  });
});
