import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/goemotions.js';
import { tokenize } from '../text/index.js';
import { extractFeatures } from './features.js';
import { loadModel, predict, tokenContributions, tokenScores } from './model.js';
import { stackScores } from './stacker.js';

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
    expect(model.meta.training.data).toMatch(/GoEmotions/);
  });

  it('scores from packed weights exactly as from the int8 weights', () => {
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
      const perToken = tokenContributions(model, tokenScores(model, fv, tokens.length), o);
      let attributed = 0;
      const k = model.outputs;
      for (let f = 0; f < fv.length; f++) {
        if (fv.token[f]! < 0) continue;
        for (let i = 0; i < k; i++) {
          const mix = model.stack === undefined ? (i === o ? 1 : 0) : model.stack[o * (k + 1) + i]!;
          attributed += mix * model.scale[i]! * model.weights[fv.buckets[f]! * k + i]!;
        }
      }
      expect(perToken.reduce((a, b) => a + b, 0)).toBeCloseTo(attributed, 3);
    }
    expect(p[15]).toBeGreaterThan(model.thresholds[15]!);
  });

  it('has a second layer that stays close to each label itself, and rejects one of the wrong size', () => {
    expect(model.stack?.length).toBe(39 * 40);
    for (const o of [0, 15, 27, 30, 38]) expect(model.stack![o * 40 + o]).toBeGreaterThan(0.5);
    const broken = loadModel({ ...MODEL, meta: { ...MODEL.meta, stack: [1, 2, 3] } });
    expect(broken).toEqual({ code: 'size_mismatch', expected: 39 * 40, actual: 3 });
  });
});
