import { compileLexicon, DEFAULT_LEXICON } from '../emotion/lexicon/index.js';
import { loadModel, type ModelFile, predict } from '../emotion/model.js';
import { textFeatures } from '../emotion/signals.js';
import { buildHeads, type Groupings } from './heads.js';
import { evaluateHeads, labelsOf, type TrainExample } from './train.js';

/**
 * Tunes the thresholds again on dev with the quantised weights, so the thresholds and dev figures
 * stored in the file are those of the model that ships (int8 rounding moves scores a little).
 * @example const shipped = retuneQuantized(quantize(model, info), devSet, groupings);
 */
export function retuneQuantized(
  file: ModelFile,
  devSet: readonly TrainExample[],
  groupings: Groupings,
): ModelFile {
  const model = loadModel(file);
  if ('code' in model) return file;
  const heads = buildHeads(groupings);
  const k = model.outputs;
  const scores = Array.from({ length: k }, () => new Float32Array(devSet.length));
  const gold = Array.from({ length: k }, () => new Uint8Array(devSet.length));
  const known = Array.from({ length: k }, () => new Uint8Array(devSet.length).fill(1));
  const lexicon = compileLexicon(DEFAULT_LEXICON);
  devSet.forEach((ex, i) => {
    const p = predict(model, textFeatures(ex.text, model.meta.features, lexicon));
    const y = labelsOf(ex, heads);
    for (let o = 0; o < k; o++) {
      scores[o]![i] = p[o]!;
      gold[o]![i] = y.targets[o]!;
      if (y.known !== undefined) known[o]![i] = y.known[o]!;
    }
  });
  const { dev, thresholds } = evaluateHeads(scores, gold, heads, known);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    weights: file.weights,
    meta: {
      ...file.meta,
      thresholds: Array.from(thresholds, round),
      training: { ...file.meta.training, dev },
    },
  };
}
