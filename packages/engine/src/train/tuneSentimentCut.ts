import { createEngine } from '../emotion/createEngine.js';
import type { ModelFile } from '../emotion/model.js';
import type { CorpusExample, Sentiment3 } from './corpora/index.js';
import { sentimentMacroF1 } from './transfer.js';

/** The cuts tried, from lenient to strict. */
const CUTS = Array.from({ length: 13 }, (_, i) => Math.round((0.15 + 0.05 * i) * 100) / 100);

/**
 * Chooses the model's sentiment cut (ModelMeta.sentimentCut) on dev: analyze() reads every dev
 * text once, and the cut with the best mean sentiment macro-F1 over the corpora wins, each corpus
 * counting once, so that neither Reddit's nor any one corpus' share of neutral texts decides
 * where "neutral" ends. Ties go to the more lenient cut.
 * @example const file = tuneSentimentCut(shipped, [goemotionsDev, tweetDev, customerDev]);
 */
export function tuneSentimentCut(
  file: ModelFile,
  devByCorpus: ReadonlyArray<readonly CorpusExample[]>,
): ModelFile {
  const engine = createEngine({ model: { ...file, meta: { ...file.meta, sentimentCut: 0 } } });
  const corpora = devByCorpus
    .map((dev) => dev.filter((e) => e.gold.sentiment !== undefined))
    .filter((dev) => dev.length > 0)
    .map((dev) => ({
      scores: dev.map((e) => engine.analyze(e.text).sentiment.score),
      gold: dev.map((e) => e.gold.sentiment!),
    }));
  if (corpora.length === 0) return file;
  let best = { cut: CUTS[0]!, f1: -1 };
  for (const cut of CUTS) {
    const label = (s: number): Sentiment3 => (s <= -cut ? 'negative' : s >= cut ? 'positive' : 'neutral');
    const mean =
      corpora.reduce((sum, c) => sum + sentimentMacroF1(c.scores.map(label), c.gold), 0) / corpora.length;
    if (mean > best.f1 + 1e-9) best = { cut, f1: mean };
  }
  return { ...file, meta: { ...file.meta, sentimentCut: best.cut } };
}
