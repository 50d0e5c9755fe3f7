import type { ModelFile } from '../emotion/model.js';
import type { CorpusExample } from './corpora/index.js';
import type { Groupings } from './heads.js';
import { quantize } from './quantize.js';
import { retuneQuantized } from './retune.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  type TrainExample,
  type TrainedModel,
  type TrainOptions,
  train,
} from './train.js';
import { tuneSentimentCut } from './tuneSentimentCut.js';

/**
 * The whole recipe `rapport train` ships: train, quantise to int8, tune thresholds again on dev
 * with the quantised weights, then the sentiment cut on each corpus' dev (`devByCorpus`, when
 * given). The benchmarks call it too, so a held-out figure is that of a model
 * made exactly like the shipped one.
 * @example const { file } = trainModelFile(trainSet, devSet, groupings, { data: 'corpora', options });
 */
export function trainModelFile(
  trainSet: readonly TrainExample[],
  devSet: readonly TrainExample[],
  groupings: Groupings,
  info: { data: string; options?: TrainOptions; devByCorpus?: ReadonlyArray<readonly CorpusExample[]> },
): { file: ModelFile; model: TrainedModel } {
  const options = info.options ?? DEFAULT_TRAIN_OPTIONS;
  const model = train(trainSet, devSet, groupings, options);
  const quantized = retuneQuantized(
    quantize(model, { data: info.data, seed: options.seed }),
    devSet,
    groupings,
  );
  const file = info.devByCorpus === undefined ? quantized : tuneSentimentCut(quantized, info.devByCorpus);
  return { file, model };
}
