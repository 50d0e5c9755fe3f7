import { decodeBase64 } from '../../emotion/base64.js';
import type { FeatureConfig } from '../../emotion/features.js';
import { decodeSparseRows } from '../../emotion/sparseRows.js';
import { LEARNED_LABELS, type LearnedLabel } from './labels.js';

/** The learned technique detector as shipped: int8 weights (sparse rows, base64) and metadata. */
export interface TechniqueModelFile {
  meta: {
    format: 'rapport-coach-int8';
    version: 1;
    features: FeatureConfig;
    labels: string[];
    bias: number[];
    scale: number[];
    /** Per label: a sentence whose probability reaches it performs the technique. */
    thresholds: number[];
    training: { data: string; seed: number; epochs: number; sentences: number };
  };
  weights: string;
}

/** A decoded model, ready to score sentences. */
export interface TechniqueModel {
  features: FeatureConfig;
  labels: readonly LearnedLabel[];
  weights: Int8Array;
  bias: Float32Array;
  scale: Float32Array;
  thresholds: Float32Array;
}

/**
 * Decodes a model file; throws naming what is wrong when the file does not fit this engine.
 * @example const model = loadTechniqueModel(COACH_MODEL);
 */
export function loadTechniqueModel(file: TechniqueModelFile): TechniqueModel {
  const { meta } = file;
  if (meta.format !== 'rapport-coach-int8' || meta.version !== 1)
    throw new Error(`coach model: format ${meta.format} v${meta.version} is not rapport-coach-int8 v1`);
  if (meta.labels.join() !== LEARNED_LABELS.join())
    throw new Error(`coach model: labels ${meta.labels.join(',')} are not ${LEARNED_LABELS.join(',')}`);
  const k = meta.labels.length;
  const weights = decodeSparseRows(decodeBase64(file.weights), 2 ** meta.features.bits, k);
  if (weights === undefined) throw new Error('coach model: weights do not match the feature size');
  return {
    features: meta.features,
    labels: LEARNED_LABELS,
    weights,
    bias: Float32Array.from(meta.bias),
    scale: Float32Array.from(meta.scale),
    thresholds: Float32Array.from(meta.thresholds),
  };
}

/** Probability of each label for one sentence's features, written into `out`. */
export function scoreSentence(model: TechniqueModel, features: Uint32Array, out: Float32Array): Float32Array {
  const k = model.bias.length;
  // Sums of int8 weights stay exact in float32 (well under 2^24), so `out` holds them first.
  out.fill(0, 0, k);
  for (const b of features) {
    const base = b * k;
    for (let o = 0; o < k; o++) out[o]! += model.weights[base + o]!;
  }
  for (let o = 0; o < k; o++) out[o] = 1 / (1 + Math.exp(-(model.bias[o]! + out[o]! * model.scale[o]!)));
  return out;
}
