import type { Clustering } from './kmeans.js';
import type { TfidfMatrix } from './tfidf.js';

/**
 * The phrases that set one group apart: terms whose weight in this group's centroid most exceeds
 * their mean weight in the other groups. Two-word phrases win ties ("late delivery" says more than
 * "late"), a word already inside a chosen phrase is not repeated, and two chosen words that form a
 * distinctive phrase become that phrase ("money back", not "back | money").
 */
export function keyPhrases(
  matrix: TfidfMatrix,
  clustering: Clustering,
  cluster: number,
  count = 4,
): string[] {
  const own = clustering.centroids[cluster];
  if (!own) return [];
  const others = clustering.centroids.filter((_, j) => j !== cluster);
  const scored: Array<{ term: number; score: number }> = [];
  for (let t = 0; t < own.length; t++) {
    if (own[t]! <= 0) continue;
    const elsewhere = others.length === 0 ? 0 : others.reduce((sum, c) => sum + c[t]!, 0) / others.length;
    const bigram = matrix.vocabulary[t]!.includes(' ');
    scored.push({ term: t, score: (own[t]! - elsewhere) * (bigram ? 1.3 : 1) });
  }
  scored.sort((a, b) => b.score - a.score || a.term - b.term);
  const distinctive = new Set(scored.filter((s) => s.score > 0).map((s) => matrix.labels[s.term]!));
  const chosen: string[] = [];
  for (const { term } of scored) {
    if (chosen.length >= count) break;
    const label = matrix.labels[term]!;
    const pairedAt = label.includes(' ')
      ? -1
      : chosen.findIndex((c) => distinctive.has(`${c} ${label}`) || distinctive.has(`${label} ${c}`));
    if (pairedAt !== -1) {
      const c = chosen[pairedAt]!;
      chosen[pairedAt] = distinctive.has(`${c} ${label}`) ? `${c} ${label}` : `${label} ${c}`;
      continue;
    }
    const parts = label.split(' ');
    const inPhrases = new Set(chosen.filter((c) => c.includes(' ')).flatMap((c) => c.split(' ')));
    if (parts.every((p) => inPhrases.has(p))) continue;
    // A phrase replaces the single words it contains: "charged twice" rather than "twice".
    const replaced = chosen.findIndex((c) => parts.length > 1 && parts.includes(c));
    const kept = chosen.filter((c) => !(parts.length > 1 && parts.includes(c)));
    kept.splice(replaced === -1 ? kept.length : replaced, 0, label);
    chosen.splice(0, chosen.length, ...kept);
  }
  return chosen;
}
