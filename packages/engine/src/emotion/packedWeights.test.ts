import { describe, expect, it } from 'vitest';
import { seededRandom } from '../train/prng.js';
import { packWeights, sumPacked, sumPackedByToken } from './packedWeights.js';

describe('packed weights', () => {
  const random = seededRandom(11);

  it('sums exactly like a plain int8 dot product, across chunks, orders and odd output counts', () => {
    for (const outputs of [1, 4, 5, 39]) {
      const rows = 64;
      const weights = Int8Array.from({ length: rows * outputs }, () => Math.floor(random() * 255) - 127);
      // Extremes on purpose: lanes at their largest and smallest values.
      weights[0] = 127;
      weights[outputs] = -127;
      const order = Array.from({ length: outputs }, (_, i) => outputs - 1 - i);
      for (const packed of [packWeights(weights, outputs), packWeights(weights, outputs, order)]) {
        for (const length of [0, 1, 31, 32, 33, 700]) {
          const buckets = Uint32Array.from({ length }, (_, i) =>
            i % 3 === 0 ? 0 : Math.floor(random() * rows),
          );
          const expected = new Int32Array(outputs);
          for (const b of buckets)
            for (let o = 0; o < outputs; o++) expected[o]! += weights[b * outputs + o]!;
          expect(Array.from(sumPacked(packed, buckets, length))).toEqual(Array.from(expected));
        }
        // Per token: runs of features sharing a token (longer than a chunk too), whole-text ones skipped.
        const tokenOf = Int32Array.from([-1, 0, 0, 1, ...Array.from({ length: 40 }, () => 2), -1]);
        const buckets = Uint32Array.from(tokenOf, () => Math.floor(random() * rows));
        const expected = new Int32Array(3 * outputs);
        tokenOf.forEach((t, f) => {
          if (t >= 0)
            for (let o = 0; o < outputs; o++)
              expected[t * outputs + o]! += weights[buckets[f]! * outputs + o]!;
        });
        expect(Array.from(sumPackedByToken(packed, buckets, tokenOf, tokenOf.length, 3))).toEqual(
          Array.from(expected),
        );
      }
    }
  });

  it('sums only the first lanes when asked, leaving the others at zero', () => {
    const weights = Int8Array.from({ length: 2 * 6 }, (_, i) => i + 1);
    const packed = packWeights(weights, 6, [5, 4, 3, 2, 1, 0]);
    expect(Array.from(sumPacked(packed, Uint32Array.from([0, 1]), 2, 2))).toEqual([
      0,
      0,
      0,
      0,
      5 + 11,
      6 + 12,
    ]);
  });
});
