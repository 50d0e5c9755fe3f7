import { describe, expect, it } from 'vitest';
import { seededRandom } from '../train/prng.js';
import { decodeSparseRows, encodeSparseRows } from './sparseRows.js';

describe('sparse-row weight encoding', () => {
  it('round-trips weights with empty rows anywhere, and stores an empty row as one bit', () => {
    const random = seededRandom(5);
    for (const [rows, outputs] of [
      [1, 1],
      [13, 3],
      [64, 39],
    ] as const) {
      const weights = Int8Array.from({ length: rows * outputs }, (_, i) =>
        Math.floor(i / outputs) % 3 === 0 ? 0 : Math.floor(random() * 256) - 128,
      );
      const encoded = encodeSparseRows(weights, outputs);
      const kept = Array.from({ length: rows }, (_, r) => r % 3 !== 0).filter(Boolean).length;
      expect(encoded.length).toBe(Math.ceil(rows / 8) + kept * outputs);
      expect(Array.from(decodeSparseRows(encoded, rows, outputs)!)).toEqual(Array.from(weights));
    }
  });

  it('refuses bytes that do not hold the rows the model expects', () => {
    const encoded = encodeSparseRows(Int8Array.from([0, 0, 5, -2]), 2);
    expect(Array.from(encoded)).toEqual([0b10, 5, 254]);
    expect(decodeSparseRows(encoded.subarray(0, 2), 2, 2)).toBeUndefined();
    expect(decodeSparseRows(new Uint8Array(0), 2, 2)).toBeUndefined();
    expect(decodeSparseRows(Uint8Array.from([0b11, 5, 254]), 2, 2)).toBeUndefined();
  });
});
