import { describe, expect, it } from 'vitest';
import { analyzeText } from '../emotion/analyzeText.js';
import { compileLexicon } from '../emotion/lexicon/index.js';
import { loadModel } from '../emotion/model.js';
import { tuneThreshold } from './metrics.js';
import { parseGoEmotionsTsv } from './parseTsv.js';
import { modelModuleSource, quantize } from './quantize.js';
import { DEFAULT_TRAIN_OPTIONS, train } from './train.js';

const GROUPINGS = {
  ekman: { joy: ['joy', 'gratitude'], anger: ['anger', 'annoyance'] },
  sentiment: { positive: ['joy', 'gratitude'], negative: ['anger', 'annoyance'] },
};

// A tiny synthetic corpus: gratitude (15), anger (2) and neutral (27) each with its own words.
function corpus(n: number, offset: number): string {
  const lines: string[] = [];
  const words = ['order', 'parcel', 'ticket', 'account', 'invoice', 'booking'];
  for (let i = 0; i < n; i++) {
    const w = words[(i + offset) % words.length];
    lines.push(`thanks so much for the ${w}\t15\tid${i}a`);
    lines.push(`I am furious about the ${w}\t2\tid${i}b`);
    lines.push(`the ${w} number is here\t27\tid${i}c`);
  }
  return lines.join('\n');
}

const options = { ...DEFAULT_TRAIN_OPTIONS, epochs: 3, features: { bits: 12, charMin: 3, charMax: 4 } };

describe('train', () => {
  const trainSet = parseGoEmotionsTsv(corpus(40, 0)).examples;
  const devSet = parseGoEmotionsTsv(corpus(10, 3)).examples;

  it('learns separable labels and tunes thresholds on dev', () => {
    const model = train(trainSet, devSet, GROUPINGS, options);
    expect(model.heads.map((h) => h.labels.length)).toEqual([28, 3, 3]);
    expect(model.dev.ekman).toBeGreaterThan(0.95);
    const loaded = loadModel(quantize(model, { data: 'synthetic', seed: 1 }));
    if ('code' in loaded) throw new Error(loaded.code);
    const r = analyzeText('thanks so much for the parcel', compileLexicon([]), loaded);
    expect(r.fine.map((f) => f.label)).toContain('gratitude');
    const angry = analyzeText('I am furious about the invoice', compileLexicon([]), loaded);
    expect(angry.fine.map((f) => f.label)).toContain('anger');
  });

  it('is reproducible: the same data and seed give the same bytes, another seed does not', () => {
    const a = modelModuleSource(
      quantize(train(trainSet, devSet, GROUPINGS, options), { data: 'x', seed: 7 }),
    );
    const b = modelModuleSource(
      quantize(train(trainSet, devSet, GROUPINGS, options), { data: 'x', seed: 7 }),
    );
    const c = modelModuleSource(
      quantize(train(trainSet, devSet, GROUPINGS, { ...options, seed: 8 }), { data: 'x', seed: 8 }),
    );
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(a).toContain('Demszky');
  });
});

describe('parseGoEmotionsTsv', () => {
  it('reads labels and reports bad lines as data', () => {
    const { examples, problems } = parseGoEmotionsTsv('ok\t1,27\ta\nno label column\nbad\t99\tb\n');
    expect(examples).toEqual([{ text: 'ok', labels: [1, 27] }]);
    expect(problems.map((p) => p.code)).toEqual(['missing_column', 'bad_label']);
  });
});

describe('tuneThreshold', () => {
  it('finds the cut that separates scores', () => {
    const best = tuneThreshold(new Float32Array([0.9, 0.8, 0.3, 0.1]), new Uint8Array([1, 1, 0, 0]));
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.3);
    expect(best.threshold).toBeLessThanOrEqual(0.8);
  });
});
