import { FUNCTION_WORDS, type Token } from '../text/index.js';
import { calibrate } from './calibrate.js';
import type { FeatureVector } from './features.js';
import type { TokenSums } from './kernel/scoringKernel.js';
import { finishScores, firstLayer, type LoadedModel, tokenContributions } from './model.js';
import { FINE_TO_CX, perEmotion } from './taxonomy.js';
import { CX_EMOTIONS, type CxEmotion, type FineEmotion, GO_EMOTIONS_LABELS, type Span } from './types.js';

/** What the statistical model says about one text. */
export interface ModelReading {
  fine: FineEmotion[];
  /** Calibrated score per customer-service emotion (0.5 = at the tuned threshold). */
  cx: Record<CxEmotion, number>;
  /** The fine output behind each customer-service score, for evidence. */
  cxSource: Record<CxEmotion, number>;
  /** -1..1 from the sentiment head. */
  polarity: number;
  /** First-layer sums per token and log-odds of the whole message, for evidence. */
  sums: TokenSums;
  first: number[];
  /** pathSlopes of the message, made on first use and shared by every label's evidence. */
  path?: number[];
  /** The tokens that may be evidence (not punctuation or function words), made on first use. */
  eligible?: number[];
}

// Fine label indices and weights per customer-service emotion, resolved once and kept flat:
// iterating tuples costs more than the rest of readModel.
const CX_SOURCES = CX_EMOTIONS.map((label) => ({
  label,
  fine: FINE_TO_CX[label].map(([fine]) => GO_EMOTIONS_LABELS.indexOf(fine)),
  weight: FINE_TO_CX[label].map(([, weight]) => weight),
}));

/**
 * Runs the model and maps its fine labels onto the customer-service emotions. Scores come from
 * per-token sums (one pass over the weights serves both the scores and the evidence).
 * @example readModel(model, features, tokens.length)
 */
export function readModel(model: LoadedModel, fv: FeatureVector, tokens: number): ModelReading {
  const sums = model.kernel.sumByToken(fv, tokens);
  const first = firstLayer(model, sums);
  const p = finishScores(model, first, ['fine', 'sentiment'], model.scores);
  const cal: number[] = new Array(GO_EMOTIONS_LABELS.length).fill(0);
  const fine: FineEmotion[] = [];
  for (let i = 0; i < GO_EMOTIONS_LABELS.length; i++) {
    const o = model.offsets.fine + i;
    cal[i] = calibrate(p[o]!, model.thresholds[o]!);
    if (cal[i]! >= 0.5) fine.push({ label: GO_EMOTIONS_LABELS[i]!, score: round(cal[i]!) });
  }
  fine.sort((a, b) => b.score - a.score);
  const cx = perEmotion(() => 0);
  const cxSource = perEmotion(() => -1);
  for (let c = 0; c < CX_SOURCES.length; c++) {
    const { label, fine: sources, weight } = CX_SOURCES[c]!;
    let best = 0;
    let source = -1;
    for (let j = 0; j < sources.length; j++) {
      const s = weight[j]! * cal[sources[j]!]!;
      if (s > best) {
        best = s;
        source = sources[j]!;
      }
    }
    cx[label] = best;
    cxSource[label] = source;
  }
  const at = (o: number) => (o < 0 ? 0 : calibrate(p[o]!, model.thresholds[o]!));
  const { positive, negative } = model.polarityOutputs;
  return { fine, cx, cxSource, polarity: at(positive) - at(negative), sums, first };
}

/**
 * The words that pushed a fine label up the most, as evidence spans (`model:<label>`), from the
 * per-token sums and whole-message scores readModel computed once for the message.
 * @example modelEvidence(model, readModel(model, fv, tokens.length), tokens, text, 2)
 */
export function modelEvidence(
  model: LoadedModel,
  reading: Pick<ModelReading, 'sums' | 'first' | 'path' | 'eligible'>,
  tokens: readonly Token[],
  text: string,
  fineIndex: number,
): Span[] {
  reading.eligible ??= evidenceTokens(tokens);
  const eligible = reading.eligible;
  const contrib = tokenContributions(
    model,
    reading.sums,
    reading.first,
    model.offsets.fine + fineIndex,
    eligible,
  );
  const ranked = eligible.filter((t) => contrib[t]! > 0.6);
  ranked.sort((a, b) => contrib[b]! - contrib[a]!);
  const label = GO_EMOTIONS_LABELS[fineIndex]!;
  return ranked
    .slice(0, 2)
    .sort((a, b) => a - b)
    .map((t) => {
      const tok = tokens[t]!;
      return {
        start: tok.start,
        end: tok.end,
        text: text.slice(tok.start, tok.end),
        source: `model:${label}`,
      };
    });
}

function evidenceTokens(tokens: readonly Token[]): number[] {
  const eligible: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const kind = tokens[t]!.kind;
    if (kind !== 'punct' && kind !== 'mask' && !FUNCTION_WORDS.has(tokens[t]!.norm)) eligible.push(t);
  }
  return eligible;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
