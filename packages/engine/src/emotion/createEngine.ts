import { MODEL } from '../../model/goemotions.js';
import { INTENT_MODEL } from '../../model/intent.js';
import { analyzeText, emptyAnalysis } from './analyzeText.js';
import { type IntentModel, type IntentModelFile, loadIntentModel } from './intent/index.js';
import { compileLexicon, DEFAULT_LEXICON, type LexiconEntry } from './lexicon/index.js';
import { type LoadedModel, loadModel, type ModelFile, type ModelProblem } from './model.js';
import type { Analysis } from './types.js';

/** Options for one engine instance (one per workspace). */
export interface EngineOptions {
  /** Extra lexicon entries for this engine only; an entry with a default's id replaces it. */
  lexicon?: readonly LexiconEntry[];
  /** Replace the shipped model, or `null` to run on the lexicon and rules alone. */
  model?: ModelFile | null;
  /** Replace the shipped intent reader, or `null` to read no intent (every message 'other', score 0). */
  intentModel?: IntentModelFile | null;
}

/** An engine: its own lexicon and lazily loaded model, no shared mutable state. */
export interface Engine {
  /** Reads one customer message. Never throws; odd input comes back with `problem` set. */
  analyze(text: string): Analysis;
  /** Why the model could not be loaded, if it could not (the engine then runs on rules alone). */
  modelProblem(): ModelProblem | undefined;
  /**
   * How the model scores: WebAssembly SIMD, plain JavaScript (where the runtime or a
   * Content-Security-Policy without 'wasm-unsafe-eval' refuses WebAssembly: same results, slower),
   * or no model at all.
   */
  scoring(): Scoring;
}

export type Scoring = 'wasm-simd' | 'js' | 'rules-only';

/**
 * Creates an engine. The model is decoded on first use and kept by this engine only.
 * @example
 * const engine = createEngine({ lexicon: [{ id: 'acme.down', pattern: 'acme portal is down', emotions: { frustration: 0.8 }, sentiment: -0.6 }] });
 * engine.analyze('The Acme portal is down again').emotions[0]?.label // 'frustration'
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const lexicon = compileLexicon([...DEFAULT_LEXICON, ...(options.lexicon ?? [])]);
  const file = options.model === undefined ? MODEL : options.model;
  let model: LoadedModel | undefined;
  let problem: ModelProblem | undefined;
  let loaded = false;
  const intentFile = options.intentModel === undefined ? INTENT_MODEL : options.intentModel;
  let intent: IntentModel | undefined;
  let intentLoaded = false;
  const ensureIntent = () => {
    if (intentLoaded) return intent;
    intentLoaded = true;
    // A file that does not fit is a build mistake; the engine then reads no intent rather than fail.
    try {
      if (intentFile !== null) intent = loadIntentModel(intentFile);
    } catch {
      intent = undefined;
    }
    return intent;
  };
  const ensureModel = () => {
    if (loaded) return model;
    loaded = true;
    if (file === null) return undefined;
    const result = loadModel(file);
    if ('code' in result) problem = result;
    else model = result;
    return model;
  };
  return {
    analyze: (text: string) => {
      try {
        return analyzeText(text, lexicon, ensureModel(), ensureIntent());
      } catch (error) {
        // analyzeText is written not to throw; this guard keeps a bug from taking a server down.
        return {
          ...emptyAnalysis({ code: 'und', supported: false }),
          problem: { code: 'not_text', message: `analysis failed: ${String(error)}` },
        };
      }
    },
    modelProblem: () => {
      ensureModel();
      return problem;
    },
    scoring: () => ensureModel()?.kernel.kind ?? 'rules-only',
  };
}

let defaultEngine: Engine | undefined;

/**
 * How the default engine's model scores (see Engine.scoring).
 * @example scoring() // 'wasm-simd' in Node 20 and current browsers
 */
export function scoring(): Scoring {
  defaultEngine ??= createEngine();
  return defaultEngine.scoring();
}

/**
 * Reads one customer message with the default engine (shipped model and lexicon).
 * @example analyze('I was charged twice and no one answers the phone!').sentiment.label // 'negative'
 */
export function analyze(text: string): Analysis {
  // The default engine is created on first use and never changes, so sharing it is safe.
  defaultEngine ??= createEngine();
  return defaultEngine.analyze(text);
}
