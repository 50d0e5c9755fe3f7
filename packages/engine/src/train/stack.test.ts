import { describe, expect, it } from 'vitest';
import { STACK_CLIP, stackScores, stackSlopes } from '../emotion/stacker.js';
import { seededRandom } from './prng.js';
import { logCountRatios } from './ratios.js';
import { fitStacker } from './stack.js';

const options = { folds: 2, epochs: 5, learningRate: 0.05, l2: 1e-4 };

describe('stackScores', () => {
  it('is the identity for identity weights, with scores clipped', () => {
    const identity = new Float32Array(2 * 5);
    identity[0] = 1;
    identity[6] = 1;
    const out = stackScores(identity, Float32Array.from([1.5, -40]), new Float32Array(2));
    expect(Array.from(out)).toEqual([1.5, -STACK_CLIP]);
  });

  it("mixes probabilities too: a weight on a neighbour's probability adds at most that weight", () => {
    const weights = new Float32Array(2 * 5);
    weights[6] = 1;
    weights[7] = 3; // output 1 gains 3 × P(output 0)
    const sure = stackScores(weights, Float32Array.from([20, 0]), new Float32Array(2));
    const unsure = stackScores(weights, Float32Array.from([0, 0]), new Float32Array(2));
    expect(sure[1]).toBeCloseTo(3, 5);
    expect(unsure[1]).toBeCloseTo(1.5, 5);
    // Without a move, the slope is the probability weight times the sigmoid's slope there (1/4);
    // from -20 to 20 the average slope is ≈ 1/40, so the path counts, not the flat end.
    expect(stackSlopes(weights, [0, 0], [0, 0], 1)[0]).toBeCloseTo(0.75, 6);
    expect(stackSlopes(weights, [20, 0], [-20, 0], 1)[0]).toBeCloseTo(3 / 40, 4);
  });
});

describe('fitStacker', () => {
  it('starts from the identity and learns that one label predicts another', () => {
    expect(Array.from(fitStacker([], [], 2, { ...options, epochs: 0 }, 1))).toEqual([
      1, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    ]);
    // Output 1 is present exactly when output 0 is, but its own first-layer score is noise.
    const random = seededRandom(3);
    const z: Float32Array[] = [];
    const targets: Uint8Array[] = [];
    for (let i = 0; i < 2000; i++) {
      const y = random() < 0.3 ? 1 : 0;
      z.push(Float32Array.from([y === 1 ? 2 + random() : -2 - random(), random() * 4 - 2]));
      targets.push(Uint8Array.from([y, y]));
    }
    const w = fitStacker(z, targets, 2, options, 1);
    // Row 1 is w[5..9]: output 0's log-odds and probability, then output 1's own, then the bias.
    expect(w[5]! + w[7]! / 4).toBeGreaterThan(0.5); // output 1 leans on output 0's score
    expect(Math.abs(w[6]!) + Math.abs(w[8]!) / 4).toBeLessThan(w[5]! + w[7]! / 4);
  });
});

describe('logCountRatios', () => {
  it('is large for buckets that tell an output apart, small for those seen on both sides', () => {
    const rows = [
      { features: Uint32Array.from([0, 2]), targets: Uint8Array.from([1]) },
      { features: Uint32Array.from([0, 2]), targets: Uint8Array.from([1]) },
      { features: Uint32Array.from([1, 2]), targets: Uint8Array.from([0]) },
      { features: Uint32Array.from([1, 2]), targets: Uint8Array.from([0]) },
    ];
    const r = logCountRatios(rows, 4, 1, { alpha: 1, cap: 6, mix: 1 });
    expect(r[0]).toBeGreaterThan(0.5);
    expect(r[1]).toBeCloseTo(r[0]!, 6);
    expect(r[2]).toBeLessThan(0.1);
    expect(logCountRatios(rows, 4, 1, { alpha: 0.001, cap: 2, mix: 1 })[0]).toBe(2);
    expect(logCountRatios(rows, 4, 1, { alpha: 0.001, cap: 2, mix: 0.5 })[0]).toBe(1.5);
  });
});
