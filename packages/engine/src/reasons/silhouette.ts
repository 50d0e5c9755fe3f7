import { type SparseVector, sparseDot } from './tfidf.js';

/**
 * Pairwise cosine similarities of up to `limit` vectors, computed once and shared by every k
 * tried. Rows past the limit are left out of the silhouette (taken evenly across the input).
 */
export interface SimilarityTable {
  rows: number[];
  similarity: Float32Array;
}

export function similarityTable(vectors: readonly SparseVector[], limit = 1500): SimilarityTable {
  const step = Math.max(1, vectors.length / limit);
  const rows: number[] = [];
  for (let x = 0; Math.floor(x) < vectors.length && rows.length < limit; x += step) rows.push(Math.floor(x));
  const m = rows.length;
  const similarity = new Float32Array(m * m);
  for (let a = 0; a < m; a++) {
    similarity[a * m + a] = 1;
    for (let b = a + 1; b < m; b++) {
      const s = sparseDot(vectors[rows[a]!]!, vectors[rows[b]!]!);
      similarity[a * m + b] = s;
      similarity[b * m + a] = s;
    }
  }
  return { rows, similarity };
}

/**
 * Mean silhouette with cosine distance (Rousseeuw 1987): for each point, how much closer it is to
 * its own cluster than to the nearest other one, in -1..1. Singletons count 0, as usual.
 */
export function silhouette(table: SimilarityTable, assignments: Int32Array, k: number): number {
  const { rows, similarity } = table;
  const m = rows.length;
  if (m < 2 || k < 2) return 0;
  let total = 0;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (let a = 0; a < m; a++) {
    sums.fill(0);
    counts.fill(0);
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      const cluster = assignments[rows[b]!]!;
      sums[cluster]! += 1 - similarity[a * m + b]!;
      counts[cluster]!++;
    }
    const own = assignments[rows[a]!]!;
    if (counts[own] === 0) continue;
    const inside = sums[own]! / counts[own]!;
    let nearest = Infinity;
    for (let c = 0; c < k; c++)
      if (c !== own && counts[c]! > 0) nearest = Math.min(nearest, sums[c]! / counts[c]!);
    if (!Number.isFinite(nearest)) continue;
    total += (nearest - inside) / Math.max(nearest, inside);
  }
  return total / m;
}
