import { textTerms } from './terms.js';

/** A sparse, L2-normalised vector: term indices in increasing order and their weights. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export interface TfidfOptions {
  /** A term must appear in at least this many texts to count (rare words do not make groups). */
  minDocs: number;
  /** A term in more than this share of texts says nothing about any one group. */
  maxDocShare: number;
}

export interface TfidfMatrix {
  vectors: SparseVector[];
  /** Term stems by index. */
  vocabulary: string[];
  /** The surface form written most often for each term, by index ("late delivery"). */
  labels: string[];
}

/**
 * TF-IDF over unigram and bigram stems: sublinear term frequency (1 + ln tf), smoothed idf, each
 * row scaled to unit length so that a dot product is the cosine similarity.
 * @example tfidf(['late delivery', 'delivery was late'], { minDocs: 1, maxDocShare: 1 })
 */
export function tfidf(texts: readonly string[], options: TfidfOptions): TfidfMatrix {
  const docs = texts.map((t) => textTerms(t));
  const docFreq = new Map<string, number>();
  const surfaceCounts = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const term of new Set(doc.terms)) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
    for (const [term, surface] of doc.surfaces) {
      const counts = surfaceCounts.get(term) ?? new Map<string, number>();
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
      surfaceCounts.set(term, counts);
    }
  }
  const n = docs.length;
  const maxDocs = Math.max(options.minDocs, Math.floor(options.maxDocShare * n));
  // Sorted so that the vocabulary's order, and so every later tie, never depends on input order.
  const vocabulary = [...docFreq.entries()]
    .filter(([, df]) => df >= options.minDocs && df <= maxDocs)
    .map(([term]) => term)
    .sort();
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = vocabulary.map((term) => Math.log((1 + n) / (1 + (docFreq.get(term) ?? 0))) + 1);
  const vectors = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const term of doc.terms) {
      const i = index.get(term);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const entries = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    const values = entries.map(([i, tf]) => (1 + Math.log(tf)) * (idf[i] ?? 0));
    const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
    return {
      indices: Int32Array.from(entries.map(([i]) => i)),
      values: Float64Array.from(values.map((v) => v / norm)),
    };
  });
  const labels = vocabulary.map((term) => mostFrequent(surfaceCounts.get(term)) ?? term);
  return { vectors, vocabulary, labels };
}

/** Cosine similarity of two unit sparse vectors. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const ai = a.indices[i]!;
    const bj = b.indices[j]!;
    if (ai === bj) sum += a.values[i++]! * b.values[j++]!;
    else if (ai < bj) i++;
    else j++;
  }
  return sum;
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  let best: string | undefined;
  let bestCount = -1;
  for (const [surface, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
