import { describe, expect, it } from 'vitest';
import { cleanModelReply } from './prompt.js';

describe('cleanModelReply', () => {
  it('strips what models wrap around a reply', () => {
    expect(cleanModelReply('Here is a draft reply:\n\n"Hi Ana,\n\nThanks for writing."')).toBe(
      'Hi Ana,\n\nThanks for writing.',
    );
    expect(cleanModelReply('```\nSubject: Your refund\n\nHi Ana, done.\n```')).toBe('Hi Ana, done.');
    expect(cleanModelReply('Hi Ana, plain reply.')).toBe('Hi Ana, plain reply.');
  });
});
