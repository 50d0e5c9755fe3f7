import { describe, expect, it } from 'vitest';
import { parseHash } from './use-hash-route.js';

describe('parseHash', () => {
  it('reads the page and the id of the thing it shows', () => {
    expect(parseHash('#/coach')).toEqual({ route: 'coach', id: null });
    expect(parseHash('#/conversations/c%2F1')).toEqual({ route: 'conversations', id: 'c/1' });
    expect(parseHash('#inbox')).toEqual({ route: 'inbox', id: null });
  });

  it('names no page for an empty or unknown hash, so the app picks its home', () => {
    expect(parseHash('')).toEqual({ route: null, id: null });
    expect(parseHash('#/nope/1')).toEqual({ route: null, id: null });
  });
});
