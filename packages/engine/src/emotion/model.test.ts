import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/goemotions.js';
import { tokenize } from '../text/index.js';
import { extractFeatures } from './features.js';
import { createScoringKernel } from './kernel/scoringKernel.js';
import { finishScores, firstLayer, loadModel, predict, tokenContributions } from './model.js';
import { stackScores, stackSlopes } from './stacker.js';

describe('shipped model', () => {
  const model = loadModel(MODEL);
  if ('code' in model) throw new Error(model.code);

  it('has three heads, thresholds per output and cites its data', () => {
    expect(model.meta.heads.map((h) => [h.name, h.labels.length])).toEqual([
      ['fine', 28],
      ['ekman', 7],
      ['sentiment', 4],
    ]);
    expect(model.thresholds.length).toBe(39);
    // Every corpus it learnt from, with its size (the file's header cites each).
    for (const id of ['goemotions', 'tweeteval-sentiment', 'emobank', 'xed-en'])
      expect(model.meta.training.data).toMatch(new RegExp(`${id} \\(\\d+\\)`));
  });

  it('scores from the kernel exactly as from the int8 weights', () => {
    const tokens = tokenize('Thank you so much, I am really grateful for the help');
    const fv = extractFeatures(tokens, model.meta.features);
    const p = predict(model, fv);
    // First-layer log-odds straight from the int8 weights, then the second layer if there is one.
    const z = new Float32Array(model.outputs);
    for (let o = 0; o < model.outputs; o++) {
      let sum = 0;
      for (let f = 0; f < fv.length; f++) sum += model.weights[fv.buckets[f]! * model.outputs + o]!;
      z[o] = model.bias[o]! + model.scale[o]! * sum;
    }
    const final = model.stack === undefined ? z : stackScores(model.stack, z, new Float32Array(z.length));
    for (const o of [0, 15, 27, 30, 38]) {
      expect(p[o]).toBeCloseTo(1 / (1 + Math.exp(-final[o]!)), 5);
      const sums = model.kernel.sumByToken(fv, tokens.length);
      const first = firstLayer(model, sums);
      const perToken = tokenContributions(model, sums, first, o);
      // Every token's first-layer scores, weighted by the second layer's slopes at this message.
      const k = model.outputs;
      const fromTokens = new Float64Array(k);
      for (let f = 0; f < fv.length; f++)
        if (fv.token[f]! >= 0)
          for (let i = 0; i < k; i++)
            fromTokens[i]! += model.scale[i]! * model.weights[fv.buckets[f]! * k + i]!;
      const slopes = stackSlopes(model.stack!, first, model.bias, o);
      let attributed = 0;
      for (let i = 0; i < k; i++) attributed += slopes[i]! * fromTokens[i]!;
      expect(perToken.reduce((a, b) => a + b, 0)).toBeCloseTo(attributed, 3);
    }
    expect(p[15]).toBeGreaterThan(model.thresholds[15]!);
  });

  it('scores the same on the WebAssembly and the JavaScript kernels', () => {
    expect(model.kernel.kind).toBe('wasm-simd');
    const kernel = createScoringKernel(model.weights, model.outputs, { wasm: false, stack: model.stack! });
    const js = { ...model, kernel };
    for (const text of ['Still waiting for my refund!!', 'Thanks so much, you saved my trip 😊', 'ok']) {
      const tokens = tokenize(text);
      const fv = extractFeatures(tokens, model.meta.features);
      const viaWasm = model.kernel.sumByToken(fv, tokens.length);
      const viaJs = js.kernel.sumByToken(fv, tokens.length);
      expect(Array.from(firstLayer(js, viaJs))).toEqual(Array.from(firstLayer(model, viaWasm)));
      // The second layer sums in another order in SIMD lanes: equal to rounding.
      const [wasmScores, jsScores] = [predict(model, fv), predict(js, fv)];
      for (let o = 0; o < model.outputs; o++) expect(jsScores[o]).toBeCloseTo(wasmScores[o]!, 6);
      expect(Array.from(finishScores(model, firstLayer(model, viaWasm)))).toEqual(Array.from(wasmScores));
    }
  });

  it('has a second layer that stays close to each label itself, and rejects one of the wrong size', () => {
    expect(model.stack?.length).toBe(39 * 79);
    // A label's own log-odds and probability together outweigh any one neighbour's.
    for (const o of [0, 15, 27, 30, 38]) {
      const own = model.stack![o * 79 + o]! + model.stack![o * 79 + 39 + o]! / 4;
      for (let i = 0; i < 39; i++)
        if (i !== o)
          expect(own).toBeGreaterThan(model.stack![o * 79 + i]! + model.stack![o * 79 + 39 + i]! / 4);
    }
    const broken = loadModel({ ...MODEL, meta: { ...MODEL.meta, stack: [1, 2, 3] } });
    expect(broken).toEqual({ code: 'size_mismatch', expected: 39 * 79, actual: 3 });
  });

  it('ships its weights as sparse rows, and refuses a file whose rows are cut short', () => {
    expect(MODEL.meta.weightsEncoding).toBe('sparse-rows');
    // The budget for the shipped model: 6 MB.
    expect(MODEL.weights.length).toBeLessThan(6_000_000);
    const cut = loadModel({ ...MODEL, weights: MODEL.weights.slice(0, 40_000) });
    expect(cut).toMatchObject({ code: 'bad_format' });
  });
});
