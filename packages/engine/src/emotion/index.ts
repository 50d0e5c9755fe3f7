export {
  analyze,
  createEngine,
  type Engine,
  type EngineOptions,
  type Scoring,
  scoring,
} from './createEngine.js';
export { extractFeatures, type FeatureConfig, type FeatureVector } from './features.js';
export { GOLDEN, type GoldenMessage, type GoldenScore, scoreGolden } from './golden/index.js';
export * from './intent/index.js';
export {
  type CompiledLexicon,
  CUE_LEXICON,
  compileLexicon,
  DEFAULT_LEXICON,
  EMOJI_LEXICON,
  FEELINGS_LEXICON,
  type LexiconEntry,
  SERVICE_LEXICON,
} from './lexicon/index.js';
export {
  type Activation,
  activate,
  type LoadedModel,
  loadModel,
  type ModelFile,
  type ModelMeta,
  type ModelProblem,
  predict,
} from './model.js';
export { readSignals, signalNames, textFeatures } from './signals.js';
export { FINE_TO_CX } from './taxonomy.js';
