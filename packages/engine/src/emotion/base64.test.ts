import { describe, expect, it } from 'vitest';
import { seededRandom } from '../train/prng.js';
import { decodeBase64, encodeBase64 } from './base64.js';

describe('base64', () => {
  it('matches the standard encoding and round-trips every length', () => {
    expect(encodeBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(encodeBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(encodeBase64(new TextEncoder().encode('M'))).toBe('TQ==');
    const random = seededRandom(3);
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n * 7 }, () => Math.floor(random() * 256));
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
  });
});
