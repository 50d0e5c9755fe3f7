import { describe, expect, it } from 'vitest';
import { withKeys } from './with-keys.js';

describe('withKeys', () => {
  it('keeps content keys and numbers repeats so every key is unique', () => {
    const out = withKeys(['a', 'b', 'a', 'a'], (s) => s);
    expect(out.map((o) => o.key)).toEqual(['a', 'b', 'a#2', 'a#3']);
    expect(out.map((o) => o.item)).toEqual(['a', 'b', 'a', 'a']);
  });
});
