import { describe, expect, it } from 'vitest';
import { normaliseSentence, sharedSentences, splitSentences } from './sentences.js';

describe('sentences', () => {
  it('splits at sentence ends and lines, dropping list markers', () => {
    expect(splitSentences('Hi Ana,\nThanks! It works.\n1. Reply here.')).toEqual([
      'Hi Ana,',
      'Thanks!',
      'It works.',
      'Reply here.',
    ]);
  });

  it('compares sentences regardless of case and punctuation', () => {
    expect(normaliseSentence('  Thanks, Ana!')).toBe('thanks ana');
    expect(sharedSentences('Hi. Thanks a lot.', 'THANKS A LOT! Bye.')).toEqual(['thanks a lot']);
    expect(sharedSentences('One here.', 'Another there.')).toEqual([]);
  });
});
