import { LEARNED_LABELS } from '../../coach/learned/labels.js';
import { conceptsOf, sentenceFeatures } from '../../coach/learned/sentenceFeatures.js';
import {
  scoreSentence,
  type TechniqueModel,
  type TechniqueModelFile,
} from '../../coach/learned/techniqueModel.js';
import { encodeBase64 } from '../../emotion/base64.js';
import { encodeSparseRows } from '../../emotion/sparseRows.js';
import { type Encoded, fitLinear, type LinearWeights } from '../linear.js';
import { countAt, f1 } from '../metrics.js';
import { quantizeInt8 } from '../quantize.js';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../train.js';
import { type AgentSentence, learnedTargets } from './agentSentences.js';
import { agreementOf, type LabelAgreement } from './agreement.js';

export interface CoachTrainOptions {
  seed: number;
  /** Most epochs tried; the count with the best cross-validated macro-F1 is kept. */
  epochs: number;
  folds: number;
  /** A threshold is only chosen where cross-validated precision reaches this (the coach must not nag). */
  minPrecision: number;
  train: TrainOptions;
}

export const DEFAULT_COACH_TRAIN_OPTIONS: CoachTrainOptions = {
  seed: 7,
  epochs: 12,
  folds: 5,
  minPrecision: 0.85,
  // Small data: 2^16 buckets keep the file small, and a bucket seen in two sentences may count.
  train: {
    ...DEFAULT_TRAIN_OPTIONS,
    features: { bits: 16, charMin: 3, charMax: 4, maskMentions: true },
    minFeatureCount: 2,
    learningRate: 0.05,
    positiveWeightPower: 0.5,
    stack: null,
  },
};

const K = LEARNED_LABELS.length;

function encode(sentences: readonly AgentSentence[], options: CoachTrainOptions): Encoded[] {
  const concepts = new Map<string, ReadonlySet<string>>();
  return sentences.map((s) => {
    const customer = concepts.get(s.customer) ?? conceptsOf(s.customer);
    concepts.set(s.customer, customer);
    const features = sentenceFeatures(
      s.sentence,
      conceptsOf(s.sentence),
      customer,
      s,
      options.train.features,
    );
    return { features, targets: learnedTargets(s) };
  });
}

/** The model as inference will see it: int8 weights, scales as stored (see quantizeInt8). */
function quantized(w: LinearWeights, options: CoachTrainOptions, thresholds: Float32Array): TechniqueModel {
  const { weights, scale } = quantizeInt8(w.weights, K);
  const bias = Float32Array.from(w.bias, (x) => Math.round(x * 1e6) / 1e6);
  return {
    features: options.train.features,
    labels: LEARNED_LABELS,
    weights,
    bias,
    scale: Float32Array.from(scale),
    thresholds,
  };
}

function scores(model: TechniqueModel, rows: readonly Encoded[]): Float32Array[] {
  const out = LEARNED_LABELS.map(() => new Float32Array(rows.length));
  const p = new Float32Array(K);
  rows.forEach((r, i) => {
    scoreSentence(model, r.features, p);
    for (let o = 0; o < K; o++) out[o]![i] = p[o]!;
  });
  return out;
}

/** The threshold with the best F1 among those whose precision reaches `minPrecision` (else the most precise). */
export function cautiousThreshold(scored: Float32Array, gold: Uint8Array, minPrecision: number): number {
  let best = { t: 0.95, f1: -1, precision: -1 };
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const c = countAt(scored, gold, t);
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const score = f1(c);
    const better =
      precision >= minPrecision
        ? score >= best.f1 || best.precision < minPrecision
        : best.precision < minPrecision && precision > best.precision;
    if (better) best = { t: Math.round(t * 100) / 100, f1: score, precision };
  }
  return best.t;
}

/** What training chose and how it did out of fold (on train only; the test split is never seen). */
export interface TechniqueTraining {
  file: TechniqueModelFile;
  epochs: number;
  crossValidated: LabelAgreement[];
}

/**
 * Trains the sentence model: cross-validation over whole replies picks the epoch count and each
 * label's threshold, then one model is fitted on all of train. Deterministic for a seed.
 * @example trainTechniqueModel(splits.train, DEFAULT_COACH_TRAIN_OPTIONS, 'agent-sentences')
 */
export function trainTechniqueModel(
  train: readonly AgentSentence[],
  options: CoachTrainOptions,
  data: string,
  onEpoch?: (epoch: number, macroF1: number) => void,
): TechniqueTraining {
  const rows = encode(train, options);
  const replyIds = [...new Set(train.map((s) => s.reply))];
  const foldOf = new Map(replyIds.map((id, i) => [id, i % options.folds]));
  const fold = train.map((s) => foldOf.get(s.reply)!);
  // Out-of-fold scores after every epoch: outOfFold[epoch][label][row].
  const outOfFold = Array.from({ length: options.epochs }, () =>
    LEARNED_LABELS.map(() => new Float32Array(rows.length)),
  );
  for (let f = 0; f < options.folds; f++) {
    const held = rows.flatMap((_, i) => (fold[i] === f ? [i] : []));
    const fit = rows.filter((_, i) => fold[i] !== f);
    fitLinear(fit, [K], { ...options.train, seed: options.seed + f }, options.epochs, (epoch, w) => {
      const model = quantized(w, options, new Float32Array(K));
      const s = scores(
        model,
        held.map((i) => rows[i]!),
      );
      for (let o = 0; o < K; o++)
        held.forEach((i, j) => {
          outOfFold[epoch - 1]![o]![i] = s[o]![j]!;
        });
    });
  }
  const gold = LEARNED_LABELS.map((_, o) => Uint8Array.from(rows, (r) => r.targets[o]!));
  let best = { epoch: 1, macro: -1, thresholds: new Float32Array(K), agreement: [] as LabelAgreement[] };
  outOfFold.forEach((byLabel, e) => {
    const thresholds = Float32Array.from(byLabel, (s, o) =>
      cautiousThreshold(s, gold[o]!, options.minPrecision),
    );
    const agreement = LEARNED_LABELS.map((label, o) =>
      agreementOf(label, countAt(byLabel[o]!, gold[o]!, thresholds[o]!)),
    );
    const macro = agreement.reduce((a, x) => a + x.f1, 0) / K;
    onEpoch?.(e + 1, macro);
    if (macro > best.macro) best = { epoch: e + 1, macro, thresholds, agreement };
  });
  const final = quantized(
    fitLinear(rows, [K], { ...options.train, seed: options.seed }, best.epoch),
    options,
    best.thresholds,
  );
  const file: TechniqueModelFile = {
    meta: {
      format: 'rapport-coach-int8',
      version: 1,
      features: final.features,
      labels: [...LEARNED_LABELS],
      bias: Array.from(final.bias),
      scale: Array.from(final.scale),
      thresholds: Array.from(final.thresholds),
      training: { data, seed: options.seed, epochs: best.epoch, sentences: train.length },
    },
    weights: encodeBase64(encodeSparseRows(final.weights, K)),
  };
  return { file, epochs: best.epoch, crossValidated: best.agreement };
}

/**
 * The model as a TypeScript module (the engine has no file system; bundlers inline it).
 * @example writeFileSync('model/coach-techniques.ts', techniqueModelSource(training.file))
 */
export function techniqueModelSource(file: TechniqueModelFile): string {
  return [
    '/**',
    ' * Rapport coach technique model — generated by `rapport train-coach`; do not edit by hand.',
    ` * Trained on (weights only; none of their text ships): ${file.meta.training.data}.`,
    ' */',
    "import type { TechniqueModelFile } from '../src/coach/learned/techniqueModel.js';",
    '',
    `export const COACH_MODEL: TechniqueModelFile = { meta: ${JSON.stringify(file.meta)}, weights: '${file.weights}' };`,
    '',
  ].join('\n');
}
