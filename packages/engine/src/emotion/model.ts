import { decodeBase64 } from './base64.js';
import type { FeatureBuffers, FeatureConfig, FeatureVector } from './features.js';
import { createScoringKernel, type ScoringKernel, type TokenSums } from './kernel/scoringKernel.js';
import { decodeSparseRows } from './sparseRows.js';
import { pathSlopes, stackInputs, stackSlopes, stackWidth } from './stacker.js';

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
  /**
   * How far from 0 analyze()'s sentiment score must be to read as negative or positive; tuned by
   * the trainer on every corpus' dev split, each corpus counting once. Absent: 0.25.
   */
  sentimentCut?: number;
  /** 'sparse-rows': the base64 holds the weights as sparseRows.ts encodes them; absent: as they are. */
  weightsEncoding?: 'sparse-rows';
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
  let start = 0;
  for (const size of sizes) {
    activateRange(scores, start, start + size, activation);
    start += size;
  }
  return scores;
}

/** The same for one head, outputs from..to-1 (no subarray: a view is an allocation). */
function activateRange(scores: Float32Array, from: number, to: number, activation: Activation): void {
  if (activation === 'sigmoid') {
    for (let o = from; o < to; o++) scores[o] = 1 / (1 + Math.exp(-scores[o]!));
    return;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let o = from; o < to; o++) max = Math.max(max, scores[o]!);
  let sum = 0;
  for (let o = from; o < to; o++) {
    scores[o] = Math.exp(scores[o]! - max);
    sum += scores[o]!;
  }
  for (let o = from; o < to; o++) scores[o]! /= sum;
}

/** A model ready to score: weights decoded once. */
export interface LoadedModel {
  meta: ModelMeta;
  outputs: number;
  weights: Int8Array;
  /** Sums the weights of a message's features per token (WebAssembly SIMD where allowed). */
  kernel: ScoringKernel;
  /** The second layer's inputs, rewritten by every call (never handed out). */
  stackInputs: Float64Array;
  /** sigmoid(bias) per output: where evidence slopes start (stackSlopes). */
  biasProbability: number[];
  /** The sentiment head's positive and negative outputs (-1 when absent). */
  polarityOutputs: { positive: number; negative: number };
  /** Scores for readModel, which reads them at once: rewritten by every message. */
  scores: Float32Array;
  /** Feature arrays for analyze(), rewritten by every message (see FeatureBuffers). */
  featureBuffers: FeatureBuffers;
  bias: Float32Array;
  scale: Float32Array;
  /** Second-layer weights, when the file has them (the kernel mixes with its own copy). */
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
  let bytes: Uint8Array | Int8Array | undefined = decodeBase64(file.weights);
  if (meta.weightsEncoding === 'sparse-rows') {
    bytes = decodeSparseRows(bytes, 2 ** meta.features.bits, outputs);
    if (bytes === undefined)
      return { code: 'bad_format', message: 'sparse rows do not match the model size' };
  } else if (meta.weightsEncoding !== undefined) {
    return { code: 'bad_format', message: `unknown weights encoding ${String(meta.weightsEncoding)}` };
  }
  const expected = 2 ** meta.features.bits * outputs;
  if (bytes.length !== expected) return { code: 'size_mismatch', expected, actual: bytes.length };
  if (meta.stack !== undefined && meta.stack.length !== outputs * stackWidth(outputs)) {
    return { code: 'size_mismatch', expected: outputs * stackWidth(outputs), actual: meta.stack.length };
  }
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stack = meta.stack === undefined ? undefined : Float64Array.from(meta.stack);
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
    kernel: createScoringKernel(weights, outputs, stack === undefined ? {} : { stack }),
    stackInputs: new Float64Array(2 * outputs),
    biasProbability: meta.bias.map((b) => 1 / (1 + Math.exp(-b))),
    polarityOutputs: {
      positive: outputOf(meta, offsets, 'sentiment', 'positive'),
      negative: outputOf(meta, offsets, 'sentiment', 'negative'),
    },
    scores: new Float32Array(outputs),
    featureBuffers: { buckets: new Uint32Array(1024), token: new Int32Array(1024) },
    bias: Float32Array.from(meta.bias),
    scale: Float32Array.from(meta.scale),
    stack,
    thresholds: Float32Array.from(meta.thresholds),
    offsets,
  };
}

type HeadName = 'fine' | 'ekman' | 'sentiment';

function outputOf(meta: ModelMeta, offsets: Record<HeadName, number>, head: HeadName, label: string): number {
  const j = meta.heads.find((h) => h.name === head)?.labels.indexOf(label) ?? -1;
  return j < 0 ? -1 : offsets[head] + j;
}
const ALL_HEADS: readonly HeadName[] = ['fine', 'ekman', 'sentiment'];

/**
 * Probabilities for the outputs of the heads asked for (others stay 0): a sigmoid, or a softmax
 * per head, of a linear score over the hashed features (then the second layer, if any).
 * @example predict(model, extractFeatures(tokenize(text), model.meta.features), ['fine'])
 */
export function predict(
  model: LoadedModel,
  fv: FeatureVector,
  heads: readonly HeadName[] = ALL_HEADS,
): Float32Array {
  let tokens = 0;
  for (let f = 0; f < fv.length; f++) tokens = Math.max(tokens, fv.token[f]! + 1);
  return finishScores(model, firstLayer(model, model.kernel.sumByToken(fv, tokens)), heads);
}

/**
 * Probabilities from first-layer log-odds (`first`, biases included): the second layer if the
 * model has one, then the activation, for the heads asked for (others stay 0), written into `out`.
 * @example finishScores(model, firstLayer(model, sums), ['fine'])
 */
export function finishScores(
  model: LoadedModel,
  first: readonly number[],
  heads: readonly HeadName[] = ALL_HEADS,
  out: Float32Array = new Float32Array(model.outputs),
): Float32Array {
  const { stack, meta } = model;
  out.fill(0);
  const inputs = stack === undefined ? undefined : stackInputs(first, model.stackInputs);
  for (let h = 0; h < meta.heads.length; h++) {
    const name = meta.heads[h]!.name;
    if (!heads.includes(name)) continue;
    const from = model.offsets[name];
    const to = from + model.sizes[h]!;
    if (inputs !== undefined) model.kernel.mix(inputs, out, from, to);
    else for (let o = from; o < to; o++) out[o] = first[o]!;
    activateRange(out, from, to, meta.activation);
  }
  return out;
}

/**
 * First-layer log-odds of a whole message from its per-token sums (biases included); a plain
 * array, which unlike a typed one costs V8 no allocation outside the heap.
 * @example finishScores(model, firstLayer(model, model.kernel.sumByToken(fv, tokens.length)))
 */
export function firstLayer(model: LoadedModel, sums: TokenSums): number[] {
  const k = model.outputs;
  const { rows, total } = sums;
  const first: number[] = new Array(k).fill(0);
  for (let o = 0; o < k; o++) first[o] = model.bias[o]! + model.scale[o]! * rows[total + o]!;
  return first;
}

/**
 * How much each token pushed output `o` up (log-odds), for evidence spans. With a second layer, a
 * token's push is its first-layer scores weighted by how much each moved output o for this message
 * (stackSlopes), so a label raised by its neighbours (disappointment through sadness) still points
 * at the words behind it. `first` is the message's first-layer log-odds (firstLayer); `only`
 * limits the work to the tokens that may become evidence (others stay 0); `path` is
 * pathSlopes(first, bias), when the caller keeps it for several labels.
 * @example tokenContributions(model, sums, firstLayer(model, sums), 2)
 */
export function tokenContributions(
  model: LoadedModel,
  sums: TokenSums,
  first: readonly number[],
  o: number,
  only?: readonly number[],
  path?: readonly number[],
): number[] {
  const k = model.outputs;
  const { rows, offset, stride, tokens } = sums;
  const { stack, scale } = model;
  const weights: number[] = new Array(k).fill(0);
  if (stack === undefined) weights[o] = scale[o]!;
  else {
    const slopes = stackSlopes(
      stack,
      first,
      model.bias,
      o,
      path ?? pathSlopes(first, model.bias, model.biasProbability),
    );
    for (let i = 0; i < k; i++) weights[i] = slopes[i]! * scale[i]!;
  }
  const out: number[] = new Array(tokens).fill(0);
  const count = only === undefined ? tokens : only.length;
  for (let j = 0; j < count; j++) {
    const t = only === undefined ? j : only[j]!;
    const row = offset + (t + 1) * stride;
    let c = 0;
    for (let i = 0; i < k; i++) c += weights[i]! * rows[row + i]!;
    out[t] = c;
  }
  return out;
}
