import type { FeatureConfig } from '../emotion/features.js';
import { compileLexicon, DEFAULT_LEXICON } from '../emotion/lexicon/index.js';
import { type Activation, activate } from '../emotion/model.js';
import { textFeatures } from '../emotion/signals.js';
import { stackScores } from '../emotion/stacker.js';
import { buildHeads, type Groupings, type HeadSpec, targetsFor } from './heads.js';
import { encodeHeadLabels, type TrainingText } from './labels.js';
import { type Encoded, fitLinear, type LinearWeights, linearScores } from './linear.js';
import { macroF1, tuneThreshold } from './metrics.js';
import type { LabelledText } from './parseTsv.js';
import { fitStacker, type StackOptions } from './stack.js';

/** Knobs of the trainer; the defaults are the ones the shipped model was trained with. */
export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  features: FeatureConfig;
  activation: Activation;
  /** Positive examples of a rare label weigh (negatives / positives) ^ power, at most `maxPositiveWeight`. */
  positiveWeightPower: number;
  maxPositiveWeight: number;
  /** Buckets seen in fewer training texts than this keep a zero weight (they mostly fit noise). */
  minFeatureCount: number;
  /**
   * NBSVM log-count ratios as per-weight step sizes (see ratios.ts): `alpha` smooths the counts,
   * `cap` bounds a ratio; null trains every weight at the same rate.
   */
  labelRatios: { alpha: number; cap: number; mix: number } | null;
  /** The second layer (emotion/stacker.ts), learnt from out-of-fold scores; null for none. */
  stack: StackOptions | null;
  /** Called after each epoch with the dev figures, so a CLI can show progress. */
  onEpoch?: (epoch: number, dev: DevFigures) => void;
  /** Called with the dev figures once the second layer is fitted. */
  onStack?: (dev: DevFigures) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 7,
  epochs: 6,
  learningRate: 0.02,
  // 2^17 buckets and 3–4-grams: on dev, 3–4-grams beat 3–5-grams (fewer, less noisy features) and
  // keep the shipped file near 7 MB; 2^18 buckets gained half a point for twice the size.
  features: { bits: 17, charMin: 3, charMax: 4, maskMentions: true },
  activation: 'sigmoid',
  positiveWeightPower: 0.3,
  maxPositiveWeight: 20,
  minFeatureCount: 5,
  labelRatios: { alpha: 1, cap: 6, mix: 0.5 },
  // Four folds: out-of-fold scores from 3/4 of the data look more like the full model's than
  // those of halves (on dev: +.004 fine, +.005 Ekman over two folds).
  stack: { folds: 4, epochs: 5, learningRate: 0.05, l2: 1e-4 },
};

/** Macro-F1 on dev for each head with thresholds tuned on dev. */
export interface DevFigures {
  fine: number;
  ekman: number;
  sentiment: number;
}

/** A trained, not yet quantised model. */
export interface TrainedModel {
  features: FeatureConfig;
  activation: Activation;
  heads: HeadSpec[];
  /** Bucket-major: weights[bucket * outputs + output]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Second-layer weights (emotion/stacker.ts), when trained with one. */
  stack?: Float32Array;
  thresholds: Float32Array;
  dev: DevFigures;
  epochs: number;
}

/** A text to learn from: GoEmotions label ids (every output known) or a corpus' partial labels. */
export type TrainExample = LabelledText | TrainingText;

/** Targets, known outputs (undefined: all) and weight of one example. */
export function labelsOf(
  e: TrainExample,
  heads: readonly HeadSpec[],
): { targets: Uint8Array; known?: Uint8Array; weight?: number } {
  if ('labels' in e) return { targets: targetsFor(e.labels, heads) };
  return { ...encodeHeadLabels(e.heads, heads), weight: e.weight };
}

function encode(examples: readonly TrainExample[], heads: HeadSpec[], config: FeatureConfig): Encoded[] {
  const lexicon = compileLexicon(DEFAULT_LEXICON);
  return examples.map((e) => {
    const fv = textFeatures(e.text, config, lexicon);
    return { features: fv.buckets.slice(0, fv.length), ...labelsOf(e, heads) };
  });
}

/** Only the dev texts whose corpus labels an output (all of them when `known` is absent). */
function labelledOnly(scores: Float32Array, gold: Uint8Array, known: Uint8Array | undefined) {
  if (known === undefined) return { scores, gold };
  const keep: number[] = [];
  for (let i = 0; i < known.length; i++) if (known[i] === 1) keep.push(i);
  return {
    scores: Float32Array.from(keep, (i) => scores[i]!),
    gold: Uint8Array.from(keep, (i) => gold[i]!),
  };
}

/**
 * Scores a head on dev with per-output thresholds tuned on dev; returns macro-F1 per head and the
 * thresholds. `scores[o]` holds output o's probability for every dev example; `known[o]`, when
 * given, which dev texts label output o (an output no dev text labels keeps threshold 0.5 and
 * stays out of the figures).
 */
export function evaluateHeads(
  scores: Float32Array[],
  gold: Uint8Array[],
  heads: readonly HeadSpec[],
  known?: Uint8Array[],
): { dev: DevFigures; thresholds: Float32Array } {
  const thresholds = new Float32Array(scores.length);
  const byHead: Record<HeadSpec['name'], number[]> = { fine: [], ekman: [], sentiment: [] };
  let o = 0;
  for (const head of heads) {
    for (let j = 0; j < head.labels.length; j++, o++) {
      const labelled = labelledOnly(scores[o]!, gold[o]!, known?.[o]);
      if (labelled.gold.length === 0) {
        thresholds[o] = 0.5;
        continue;
      }
      const best = tuneThreshold(labelled.scores, labelled.gold);
      thresholds[o] = best.threshold;
      byHead[head.name].push(best.f1);
    }
  }
  return {
    dev: { fine: macroF1(byHead.fine), ekman: macroF1(byHead.ekman), sentiment: macroF1(byHead.sentiment) },
    thresholds,
  };
}

/** Dev probabilities (per output, per text) of a first layer and optional second layer. */
function scoreAll(
  model: LinearWeights,
  stack: Float32Array | undefined,
  data: readonly Encoded[],
  sizes: readonly number[],
  activation: Activation,
) {
  const k = model.bias.length;
  const scores = Array.from({ length: k }, () => new Float32Array(data.length));
  const gold = Array.from({ length: k }, () => new Uint8Array(data.length));
  const known = Array.from({ length: k }, () => new Uint8Array(data.length).fill(1));
  const z = new Float32Array(k);
  const out = new Float32Array(k);
  data.forEach((ex, i) => {
    linearScores(model, ex.features, z);
    if (stack === undefined) out.set(z);
    else stackScores(stack, z, out);
    activate(out, sizes, activation);
    for (let o = 0; o < k; o++) {
      scores[o]![i] = out[o]!;
      gold[o]![i] = ex.targets[o]!;
      if (ex.known !== undefined) known[o]![i] = ex.known[o]!;
    }
  });
  return { scores, gold, known };
}

/**
 * Out-of-fold first-layer log-odds for every training text: text i is scored by a first layer
 * trained without its fold (i mod folds), so the second layer learns from honest scores.
 */
function outOfFoldScores(
  data: readonly Encoded[],
  sizes: readonly number[],
  options: TrainOptions,
  epochs: number,
  folds: number,
): Float32Array[] {
  const k = sizes.reduce((a, b) => a + b, 0);
  const scores: Float32Array[] = new Array(data.length);
  for (let fold = 0; fold < folds; fold++) {
    const model = fitLinear(
      data.filter((_, i) => i % folds !== fold),
      sizes,
      options,
      epochs,
    );
    for (let i = fold; i < data.length; i += folds)
      scores[i] = linearScores(model, data[i]!.features, new Float32Array(k));
  }
  return scores;
}

/**
 * Trains the model: one-vs-rest logistic regression (AdaGrad, NBSVM step sizes) over hashed
 * features for all three heads at once, keeping the epoch with the best mean dev macro-F1; then,
 * unless `stack` is null, a second layer learnt from out-of-fold scores on train; thresholds are
 * tuned on dev last. Deterministic: the same data, groupings and options give the same weights.
 * @example const model = train(trainSet, devSet, mappings, { ...DEFAULT_TRAIN_OPTIONS, epochs: 2 });
 */
export function train(
  trainSet: readonly TrainExample[],
  devSet: readonly TrainExample[],
  groupings: Groupings,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainedModel {
  const heads = buildHeads(groupings);
  const sizes = heads.map((h) => h.labels.length);
  const k = sizes.reduce((a, b) => a + b, 0);
  const data = encode(trainSet, heads, options.features);
  const dev = encode(devSet, heads, options.features);
  let best: TrainedModel | undefined;
  let bestScore = -1;
  fitLinear(data, sizes, options, options.epochs, (epoch, model) => {
    const { scores, gold, known } = scoreAll(model, undefined, dev, sizes, options.activation);
    const evaluated = evaluateHeads(scores, gold, heads, known);
    options.onEpoch?.(epoch, evaluated.dev);
    const score = (evaluated.dev.fine + evaluated.dev.ekman + evaluated.dev.sentiment) / 3;
    if (score > bestScore) {
      bestScore = score;
      best = {
        features: options.features,
        activation: options.activation,
        heads,
        weights: model.weights.slice(),
        bias: model.bias.slice(),
        thresholds: evaluated.thresholds,
        dev: evaluated.dev,
        epochs: epoch,
      };
    }
  });
  if (best === undefined) throw new RangeError('train: epochs must be at least 1');
  if (options.stack === null || options.activation !== 'sigmoid') return best;
  const first: TrainedModel = best;
  const oof = outOfFoldScores(data, sizes, options, first.epochs, options.stack.folds);
  const stack = fitStacker(
    oof,
    data.map((ex) => ex.targets),
    k,
    options.stack,
    options.seed,
    data.map((ex) => ex.known),
  );
  const { scores, gold, known } = scoreAll(first, stack, dev, sizes, options.activation);
  const evaluated = evaluateHeads(scores, gold, heads, known);
  options.onStack?.(evaluated.dev);
  return { ...first, stack, thresholds: evaluated.thresholds, dev: evaluated.dev };
}
