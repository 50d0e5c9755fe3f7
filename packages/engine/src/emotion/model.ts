import { decodeBase64 } from './base64.js';
import type { FeatureConfig, FeatureVector } from './features.js';
import { type PackedWeights, packWeights, sumPacked, sumPackedByToken } from './packedWeights.js';
import { mixInputs, stackInputs, stackSlopes, stackWidth } from './stacker.js';

/** What a shipped model file exports: metadata plus int8 weights as base64. */
export interface ModelFile {
  meta: ModelMeta;
  weights: string;
}

/** Everything but the weights: how to featurise, what each output means, and how it was made. */
export interface ModelMeta {
  format: 'rapport-linear-int8';
  version: 1;
  features: FeatureConfig;
  /** How scores become probabilities: independent sigmoids, or a softmax within each head. */
  activation: Activation;
  heads: Array<{ name: 'fine' | 'ekman' | 'sentiment'; labels: string[] }>;
  bias: number[];
  scale: number[];
  /**
   * Optional second layer (stacker.ts): outputs × (2 × outputs + 1) weights mixing the
   * first-layer log-odds and probabilities of every output into each output's final score.
   */
  stack?: number[];
  thresholds: number[];
  training: {
    data: string;
    seed: number;
    epochs: number;
    dev: { fine: number; ekman: number; sentiment: number };
  };
}

export type Activation = 'sigmoid' | 'softmax';

/**
 * Turns raw scores into probabilities in place, head by head (`sizes` = outputs per head).
 * @example activate(new Float32Array([0, 0]), [2], 'softmax') // [0.5, 0.5]
 */
export function activate(
  scores: Float32Array,
  sizes: readonly number[],
  activation: Activation,
): Float32Array {
  if (activation === 'sigmoid') {
    for (let o = 0; o < scores.length; o++) scores[o] = 1 / (1 + Math.exp(-scores[o]!));
    return scores;
  }
  let start = 0;
  for (const size of sizes) {
    let max = Number.NEGATIVE_INFINITY;
    for (let o = start; o < start + size; o++) max = Math.max(max, scores[o]!);
    let sum = 0;
    for (let o = start; o < start + size; o++) {
      scores[o] = Math.exp(scores[o]! - max);
      sum += scores[o]!;
    }
    for (let o = start; o < start + size; o++) scores[o]! /= sum;
    start += size;
  }
  return scores;
}

/** A model ready to score: weights decoded once. */
export interface LoadedModel {
  meta: ModelMeta;
  outputs: number;
  weights: Int8Array;
  /** The same weights packed three to a float64 for fast scoring. */
  packed: PackedWeights;
  bias: Float32Array;
  scale: Float32Array;
  /** Second-layer weights, when the file has them (doubles: the mix is the hot loop). */
  stack: Float64Array | undefined;
  thresholds: Float32Array;
  sizes: number[];
  /** Index of the first output of each head. */
  offsets: Record<'fine' | 'ekman' | 'sentiment', number>;
}

/** Why a model file could not be used. */
export type ModelProblem =
  | { code: 'bad_format'; message: string }
  | { code: 'size_mismatch'; expected: number; actual: number };

const LANE_PRIORITY = ['fine', 'sentiment', 'ekman'] as const;

function laneOrder(meta: ModelMeta, offsets: Record<'fine' | 'ekman' | 'sentiment', number>): number[] {
  const order: number[] = [];
  for (const name of LANE_PRIORITY) {
    const head = meta.heads.find((h) => h.name === name);
    if (head === undefined) continue;
    for (let j = 0; j < head.labels.length; j++) order.push(offsets[name] + j);
  }
  for (let o = 0; o < meta.bias.length; o++) if (!order.includes(o)) order.push(o);
  return order;
}

/**
 * Decodes a model file; problems come back as data so a caller can fall back to rules only.
 * @example const loaded = loadModel(file); if ('code' in loaded) console.warn(loaded.code);
 */
export function loadModel(file: ModelFile): LoadedModel | ModelProblem {
  const { meta } = file;
  if (meta.format !== 'rapport-linear-int8' || meta.version !== 1) {
    return { code: 'bad_format', message: `unknown model format ${String(meta.format)}` };
  }
  const outputs = meta.bias.length;
  const bytes = decodeBase64(file.weights);
  const expected = 2 ** meta.features.bits * outputs;
  if (bytes.length !== expected) return { code: 'size_mismatch', expected, actual: bytes.length };
  if (meta.stack !== undefined && meta.stack.length !== outputs * stackWidth(outputs)) {
    return { code: 'size_mismatch', expected: outputs * stackWidth(outputs), actual: meta.stack.length };
  }
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets = { fine: 0, ekman: 0, sentiment: 0 };
  let o = 0;
  for (const head of meta.heads) {
    offsets[head.name] = o;
    o += head.labels.length;
  }
  return {
    meta,
    outputs,
    sizes: meta.heads.map((h) => h.labels.length),
    weights,
    // Lanes in the order analyze() reads them: fine and sentiment first, Ekman last, so that
    // scoring a message can stop before the Ekman lanes.
    packed: packWeights(weights, outputs, laneOrder(meta, offsets)),
    bias: Float32Array.from(meta.bias),
    scale: Float32Array.from(meta.scale),
    stack: meta.stack === undefined ? undefined : Float64Array.from(meta.stack),
    thresholds: Float32Array.from(meta.thresholds),
    offsets,
  };
}

type HeadName = 'fine' | 'ekman' | 'sentiment';
const ALL_HEADS: readonly HeadName[] = ['fine', 'ekman', 'sentiment'];

/**
 * Probabilities for the outputs of the heads asked for (others stay 0): a sigmoid, or a softmax
 * per head, of a linear score over the hashed features.
 * @example predict(model, extractFeatures(tokenize(text), model.meta.features), ['fine'])
 */
export function predict(
  model: LoadedModel,
  fv: FeatureVector,
  heads: readonly HeadName[] = ALL_HEADS,
): Float32Array {
  const k = model.outputs;
  const wanted = model.meta.heads.map((h) => heads.includes(h.name));
  // Sum only as many lanes as the last output asked for needs (all of them with a second layer).
  let lanes = model.stack === undefined ? 0 : k;
  for (let h = 0; h < model.meta.heads.length; h++) {
    if (!wanted[h]) continue;
    const from = model.offsets[model.meta.heads[h]!.name];
    for (let o = from; o < from + model.sizes[h]!; o++) lanes = Math.max(lanes, model.packed.laneOf[o]! + 1);
  }
  const sums = sumPacked(model.packed, fv.buckets, fv.length, lanes);
  const first = new Float64Array(k);
  for (let o = 0; o < k; o++) first[o] = model.bias[o]! + model.scale[o]! * sums[o]!;
  return finishScores(model, first, heads);
}

/**
 * Probabilities from first-layer log-odds (`first`, biases included): the second layer if the
 * model has one, then the activation, for the heads asked for (others stay 0).
 * @example finishScores(model, firstLayerFromTokens(model, fv, perToken), ['fine'])
 */
export function finishScores(
  model: LoadedModel,
  first: Float64Array,
  heads: readonly HeadName[] = ALL_HEADS,
): Float32Array {
  const { stack, meta } = model;
  const out = new Float32Array(model.outputs);
  const inputs = stack === undefined ? undefined : stackInputs(first, new Float64Array(2 * first.length));
  for (let h = 0; h < meta.heads.length; h++) {
    const name = meta.heads[h]!.name;
    if (!heads.includes(name)) continue;
    const from = model.offsets[name];
    const to = from + model.sizes[h]!;
    if (stack !== undefined && inputs !== undefined) mixInputs(stack, inputs, out, from, to);
    else for (let o = from; o < to; o++) out[o] = first[o]!;
    activate(out.subarray(from, to), [to - from], meta.activation);
  }
  return out;
}

/**
 * First-layer log-odds of a whole message from its per-token scores (tokenScores) plus the few
 * features that belong to no token: the same figures as summing every feature, without a second
 * pass over the packed rows when evidence needs the per-token scores anyway.
 * @example finishScores(model, firstLayerFromTokens(model, fv, tokenScores(model, fv, n)))
 */
export function firstLayerFromTokens(
  model: LoadedModel,
  fv: FeatureVector,
  perToken: Float32Array,
): Float64Array {
  const k = model.outputs;
  const loose: number[] = [];
  for (let f = 0; f < fv.length; f++) if (fv.token[f]! < 0) loose.push(fv.buckets[f]!);
  const sums = sumPacked(model.packed, Uint32Array.from(loose), loose.length);
  const first = new Float64Array(k);
  for (let o = 0; o < k; o++) first[o] = model.bias[o]! + model.scale[o]! * sums[o]!;
  for (let t = 0; t < perToken.length / k; t++) for (let o = 0; o < k; o++) first[o]! += perToken[t * k + o]!;
  return first;
}

/**
 * First-layer log-odds each token adds, per output (`out[t * outputs + o]`), from one pass over the
 * packed rows; computed once per message and shared by every label's evidence.
 * @example const perToken = tokenScores(model, fv, tokens.length)
 */
export function tokenScores(model: LoadedModel, fv: FeatureVector, tokens: number): Float32Array {
  const k = model.outputs;
  const sums = sumPackedByToken(model.packed, fv.buckets, fv.token, fv.length, tokens);
  const out = new Float32Array(sums.length);
  for (let t = 0; t < tokens; t++)
    for (let o = 0; o < k; o++) out[t * k + o] = model.scale[o]! * sums[t * k + o]!;
  return out;
}

/**
 * How much each token pushed output `o` up (log-odds), for evidence spans. With a second layer, a
 * token's push is its first-layer scores weighted by how much each moved output o for this message
 * (stackSlopes), so a label raised by its neighbours (disappointment through sadness) still points
 * at the words behind it. `first` is the message's first-layer log-odds (firstLayerFromTokens).
 * @example tokenContributions(model, perToken, firstLayerFromTokens(model, fv, perToken), 2)
 */
export function tokenContributions(
  model: LoadedModel,
  perToken: Float32Array,
  first: Float64Array,
  o: number,
): Float32Array {
  const k = model.outputs;
  const tokens = perToken.length / k;
  const out = new Float32Array(tokens);
  const { stack } = model;
  if (stack === undefined) {
    for (let t = 0; t < tokens; t++) out[t] = perToken[t * k + o]!;
    return out;
  }
  const slopes = stackSlopes(stack, first, model.bias, o);
  for (let t = 0; t < tokens; t++) {
    let c = 0;
    for (let i = 0; i < k; i++) c += slopes[i]! * perToken[t * k + i]!;
    out[t] = c;
  }
  return out;
}
