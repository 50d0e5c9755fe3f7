import { decodeBase64 } from '../base64.js';
import type { FeatureConfig, FeatureVector } from '../features.js';
import { decodeSparseRows } from '../sparseRows.js';
import { INTENTS, type Intent } from './labels.js';

/** The intent reader as shipped: int8 softmax weights (sparse rows, base64) and metadata. */
export interface IntentModelFile {
  meta: {
    format: 'rapport-intent-int8';
    version: 1;
    features: FeatureConfig;
    labels: string[];
    bias: number[];
    scale: number[];
    training: { data: string; seed: number; epochs: number; texts: number };
  };
  weights: string;
}

/** A decoded model, ready to read messages. */
export interface IntentModel {
  features: FeatureConfig;
  weights: Int8Array;
  bias: Float32Array;
  scale: Float32Array;
}

const K = INTENTS.length;

/**
 * Decodes a model file; throws naming what is wrong when the file does not fit this engine.
 * @example const model = loadIntentModel(INTENT_MODEL);
 */
export function loadIntentModel(file: IntentModelFile): IntentModel {
  const { meta } = file;
  if (meta.format !== 'rapport-intent-int8' || meta.version !== 1)
    throw new Error(`intent model: format ${meta.format} v${meta.version} is not rapport-intent-int8 v1`);
  if (meta.labels.join() !== INTENTS.join())
    throw new Error(`intent model: labels ${meta.labels.join(',')} are not ${INTENTS.join(',')}`);
  const weights = decodeSparseRows(decodeBase64(file.weights), 2 ** meta.features.bits, K);
  if (weights === undefined) throw new Error('intent model: weights do not match the feature size');
  return {
    features: meta.features,
    weights,
    bias: Float32Array.from(meta.bias),
    scale: Float32Array.from(meta.scale),
  };
}

/** Softmax probabilities of the ten intents for one text's features, written into `out`. */
export function scoreIntents(
  model: IntentModel,
  buckets: ArrayLike<number>,
  length: number,
  out: Float32Array,
): Float32Array {
  out.fill(0, 0, K);
  for (let f = 0; f < length; f++) {
    const base = buckets[f]! * K;
    for (let o = 0; o < K; o++) out[o]! += model.weights[base + o]!;
  }
  let max = -Infinity;
  for (let o = 0; o < K; o++) {
    out[o] = model.bias[o]! + out[o]! * model.scale[o]!;
    if (out[o]! > max) max = out[o]!;
  }
  let sum = 0;
  for (let o = 0; o < K; o++) {
    out[o] = Math.exp(out[o]! - max);
    sum += out[o]!;
  }
  for (let o = 0; o < K; o++) out[o]! /= sum;
  return out;
}

/**
 * How much each token pushed the text towards `intent` rather than the average of the others:
 * the sum over the token's features of that margin. Whole-text features (token -1) are left out.
 */
export function tokenContributions(
  model: IntentModel,
  fv: FeatureVector,
  intent: Intent,
  tokens: number,
): Float32Array {
  const target = INTENTS.indexOf(intent);
  const out = new Float32Array(tokens);
  for (let f = 0; f < fv.length; f++) {
    const t = fv.token[f]!;
    if (t < 0 || t >= tokens) continue;
    const base = fv.buckets[f]! * K;
    let others = 0;
    for (let o = 0; o < K; o++) if (o !== target) others += model.weights[base + o]! * model.scale[o]!;
    out[t]! += model.weights[base + target]! * model.scale[target]! - others / (K - 1);
  }
  return out;
}
