import { describe, expect, it } from 'vitest';
import { assembleKernel, kernelModuleSource } from '../../../scripts/assemble-kernel.js';
import { seededRandom } from '../../train/prng.js';
import type { FeatureVector } from '../features.js';
import { createScoringKernel } from './scoringKernel.js';
import { SUMS_WASM } from './sums-wasm.js';

// The plain int8 dot product per token (row 0: no token), then over all features: what both
// kernels must give.
function expectedSums(weights: Int8Array, outputs: number, fv: FeatureVector, tokens: number): number[][] {
  const rows = Array.from({ length: tokens + 1 }, () => new Array<number>(outputs).fill(0));
  for (let f = 0; f < fv.length; f++)
    for (let o = 0; o < outputs; o++) rows[fv.token[f]! + 1]![o]! += weights[fv.buckets[f]! * outputs + o]!;
  const total = Array.from({ length: outputs }, (_, o) => rows.reduce((sum, row) => sum + row[o]!, 0));
  return [...rows, total];
}

function actualSums(
  kernel: ReturnType<typeof createScoringKernel>,
  outputs: number,
  fv: FeatureVector,
  tokens: number,
) {
  const { rows, offset, total, stride } = kernel.sumByToken(fv, tokens);
  const perToken = Array.from({ length: tokens + 1 }, (_, t) =>
    Array.from(rows.subarray(offset + t * stride, offset + t * stride + outputs)),
  );
  return [...perToken, Array.from(rows.subarray(total, total + outputs))];
}

describe('sum kernels', () => {
  const random = seededRandom(11);

  it('runs the WebAssembly SIMD kernel in Node', () => {
    expect(createScoringKernel(new Int8Array(39 * 4), 39).kind).toBe('wasm-simd');
    expect(createScoringKernel(new Int8Array(39 * 4), 39, { wasm: false }).kind).toBe('js');
    // More outputs than a kernel row holds (40): the JavaScript kernel takes over.
    expect(createScoringKernel(new Int8Array(40 * 4), 40).kind).toBe('wasm-simd');
    expect(createScoringKernel(new Int8Array(41 * 4), 41).kind).toBe('js');
  });

  it('sums exactly like a plain int8 dot product, per token, on both kernels', () => {
    for (const outputs of [1, 5, 39, 40, 48]) {
      const buckets = 300;
      const weights = Int8Array.from({ length: buckets * outputs }, () => Math.floor(random() * 256) - 128);
      // Extremes on purpose: one token of 300 features on the row of -128s, then 300 on the row of
      // 127s, overflows 16 bits unless the WebAssembly kernel widens every 256 features, and the
      // packed JavaScript kernel's lanes unless it unpacks every 32.
      weights.fill(-128, 0, outputs);
      weights.fill(127, outputs, 2 * outputs);
      const kernels = [
        createScoringKernel(weights, outputs),
        createScoringKernel(weights, outputs, { wasm: false }),
      ];
      for (const length of [0, 1, 33, 257, 600, 3000]) {
        const tokens = 7;
        const token = Int32Array.from({ length }, (_, f) =>
          f < 600 ? 0 : Math.min(tokens - 1, 1 + Math.floor((f - 600) / 400)),
        );
        if (length > 0) token[length - 1] = -1; // a feature of no token, last as extractFeatures puts it
        const fv: FeatureVector = {
          buckets: Uint32Array.from({ length }, (_, f) =>
            f < 300 ? 0 : f < 600 ? 1 : Math.floor(random() * buckets),
          ),
          token,
          length,
        };
        const expected = expectedSums(weights, outputs, fv, tokens);
        for (const kernel of kernels) expect(actualSums(kernel, outputs, fv, tokens)).toEqual(expected);
      }
    }
  });

  it('sums a huge message in chunks, in memory that does not grow with it, and a small one after', () => {
    const outputs = 39;
    const weights = Int8Array.from({ length: 64 * outputs }, () => Math.floor(random() * 256) - 128);
    const kernel = createScoringKernel(weights, outputs);
    const before = kernel.memoryBytes();
    for (const length of [200_000, 16_385, 12]) {
      // Tokens in order, three features each, then one of no token: as extractFeatures writes them.
      const token = Int32Array.from({ length }, (_, f) => (f === length - 1 ? -1 : Math.floor(f / 3)));
      const fv: FeatureVector = {
        buckets: Uint32Array.from({ length }, () => Math.floor(random() * 64)),
        token,
        length,
      };
      const tokens = Math.ceil((length - 1) / 3);
      expect(actualSums(kernel, outputs, fv, tokens)).toEqual(expectedSums(weights, outputs, fv, tokens));
    }
    // In place, 200,000 features would have needed 14 MB more; in chunks, about 1 MB.
    expect(kernel.memoryBytes() - before).toBeLessThan(4_000_000);
  });

  it('mixes the second layer like stacker.ts, to rounding, for any range of outputs', () => {
    for (const outputs of [1, 3, 39]) {
      const width = 2 * outputs + 1;
      const stack = Float64Array.from({ length: outputs * width }, () => random() * 4 - 2);
      const inputs = Float64Array.from({ length: 2 * outputs }, () => random() * 24 - 12);
      const [wasm, js] = [true, false].map((on) =>
        createScoringKernel(new Int8Array(outputs), outputs, { wasm: on, stack }),
      );
      expect(wasm!.kind).toBe('wasm-simd');
      for (const [from, to] of [
        [0, outputs],
        [Math.floor(outputs / 2), outputs],
      ] as const) {
        const [a, b] = [new Float32Array(outputs), new Float32Array(outputs)];
        wasm!.mix(inputs, a, from, to);
        js!.mix(inputs, b, from, to);
        for (let o = 0; o < outputs; o++) {
          // Plain definition: bias plus every input times its weight; outputs outside the range stay 0.
          let expected = stack[o * width + 2 * outputs]!;
          for (let i = 0; i < 2 * outputs; i++) expected += stack[o * width + i]! * inputs[i]!;
          if (o < from) expected = 0;
          expect(a[o]).toBeCloseTo(expected, 4);
          expect(b[o]).toBeCloseTo(expected, 4);
        }
      }
    }
  });

  it('ships the bytes that sums.wat assembles to', async () => {
    const source = kernelModuleSource(await assembleKernel());
    expect(source).toContain(`'${SUMS_WASM}'`);
  });
});
