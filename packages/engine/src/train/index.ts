export * from './coach/index.js';
export * from './corpora/index.js';
export { buildHeads, type Groupings, type HeadSpec, targetsFor } from './heads.js';
export * from './intent/index.js';
export { allKnown, encodeHeadLabels, type HeadLabels, type HeadName, type TrainingText } from './labels.js';
export { fitLinear, predictFloat } from './linear.js';
export { countAt, f1, type LabelCounts, macroF1, tuneThreshold } from './metrics.js';
export { type LabelledText, type ParseProblem, parseGoEmotionsTsv } from './parseTsv.js';
export { seededRandom, shuffleInPlace } from './prng.js';
export { modelModuleSource, quantize } from './quantize.js';
export { logCountRatios } from './ratios.js';
export { retuneQuantized } from './retune.js';
export { fitStacker, type StackOptions } from './stack.js';
export {
  DEFAULT_TRAIN_OPTIONS,
  type DevFigures,
  evaluateHeads,
  labelsOf,
  type TrainExample,
  type TrainedModel,
  type TrainOptions,
  train,
} from './train.js';
export { trainModelFile } from './trainModelFile.js';
export {
  emotionLabels,
  emotionsRead,
  evaluateTransfer,
  multiLabelMacroF1,
  sentimentMacroF1,
  type TransferFigures,
} from './transfer.js';
export { tuneSentimentCut } from './tuneSentimentCut.js';
