import { kMeans } from './kmeans.js';
import { keyPhrases } from './name-reasons.js';
import { silhouette, similarityTable } from './silhouette.js';
import { tfidf } from './tfidf.js';

/** One text to group: usually a negative review or post. */
export interface ReasonText {
  id: string;
  text: string;
}

/** A complaint reason found in the texts, named by the phrases that set it apart. */
export interface Reason {
  /** Stable within one result: `reason-1` is the largest group. */
  id: string;
  /** The first key phrase, for a chart legend ("charged twice"). */
  name: string;
  keyPhrases: string[];
  /** Ids of the texts in this group, in id order. */
  memberIds: string[];
  /** Mean cosine similarity of the members to their centroid, 0..1: how alike the group is. */
  cohesion: number;
}

export interface ReasonDiscovery {
  reasons: Reason[];
  /** The reason id of each text id (texts with no usable words are left out). */
  assignments: Record<string, string>;
  /** Texts with no word left after stop words and rare words: nothing to group them by. */
  unassigned: string[];
  /** The number of groups chosen, and the silhouette of every k tried, so the choice can be checked. */
  k: number;
  candidates: Array<{ k: number; silhouette: number }>;
}

const SWEEP_ALL_UP_TO = 4000;

export interface DiscoverOptions {
  seed?: number;
  minK?: number;
  maxK?: number;
  /** A word must appear in this many texts to shape a group; default 2, or 1% of the texts. */
  minDocs?: number;
}

/**
 * Groups similar texts into complaint reasons: TF-IDF over word and two-word stems (stop words
 * and intensity words removed), spherical k-means for every k from `minK` to `maxK`, and the k
 * with the best mean silhouette. Pure and seeded: the same texts and seed give the same reasons.
 * @example discoverReasons(negativePosts).reasons[0] // { name: 'late delivery', keyPhrases: [...], memberIds: [...] }
 */
export function discoverReasons(
  input: readonly ReasonText[],
  options: DiscoverOptions = {},
): ReasonDiscovery {
  // Clustered in id order, so the same posts give the same reasons whatever order they came in.
  const texts = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seed = options.seed ?? 1;
  const minDocs = options.minDocs ?? Math.max(2, Math.round(texts.length * 0.01));
  const matrix = tfidf(
    texts.map((t) => t.text),
    { minDocs, maxDocShare: 0.4 },
  );
  const usable = texts.map((_, i) => i).filter((i) => matrix.vectors[i]!.indices.length > 0);
  const unassigned = texts.filter((_, i) => matrix.vectors[i]!.indices.length === 0).map((t) => t.id);
  const vectors = usable.map((i) => matrix.vectors[i]!);
  const minK = Math.max(2, options.minK ?? 2);
  const maxK = Math.min(options.maxK ?? 12, Math.floor(vectors.length / 3));
  if (vectors.length < 6 || maxK < minK) {
    return { reasons: [], assignments: {}, unassigned: texts.map((t) => t.id), k: 0, candidates: [] };
  }

  // Above 4,000 texts, k is chosen on the silhouette's own sample of 1,500 and the chosen k then
  // groups them all: on 7,000 complaints several times faster, with the same purity. Below, every
  // k runs on all texts (a sample there cost purity in the benchmark).
  const table = similarityTable(vectors);
  const sampled = vectors.length > SWEEP_ALL_UP_TO && table.rows.length < vectors.length;
  const sweep = sampled ? table.rows.map((i) => vectors[i]!) : vectors;
  const sweepTable = sampled ? { rows: sweep.map((_, i) => i), similarity: table.similarity } : table;
  const dimensions = matrix.vocabulary.length;
  const candidates: Array<{ k: number; silhouette: number }> = [];
  let best: { k: number; score: number; clustering: ReturnType<typeof kMeans> } | undefined;
  for (let k = minK; k <= maxK; k++) {
    const clustering = kMeans(sweep, { k, dimensions, seed: seed * 1000 + k });
    const score = silhouette(sweepTable, clustering.assignments, k);
    candidates.push({ k, silhouette: round(score) });
    if (!best || score > best.score) best = { k, score, clustering };
  }
  if (!best) throw new Error('no k tried');

  const clustering = sampled
    ? kMeans(vectors, { k: best.k, dimensions, seed: seed * 1000 + best.k })
    : best.clustering;
  const groups = Array.from({ length: best.k }, (_, cluster) => ({
    cluster,
    members: usable.filter((_, row) => clustering.assignments[row] === cluster),
  })).filter((g) => g.members.length > 0);
  // Largest first; equal sizes fall back to the first member's id so order never wobbles.
  groups.sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);

  const assignments: Record<string, string> = {};
  const reasons = groups.map((group, rank): Reason => {
    const id = `reason-${rank + 1}`;
    const centroid = clustering.centroids[group.cluster]!;
    let similarity = 0;
    for (const i of group.members) {
      assignments[texts[i]!.id] = id;
      const v = matrix.vectors[i]!;
      for (let t = 0; t < v.indices.length; t++) similarity += v.values[t]! * centroid[v.indices[t]!]!;
    }
    const phrases = keyPhrases(matrix, clustering, group.cluster);
    return {
      id,
      name: phrases[0] ?? 'other',
      keyPhrases: phrases,
      memberIds: group.members.map((i) => texts[i]!.id),
      cohesion: round(similarity / group.members.length),
    };
  });
  return { reasons, assignments, unassigned, k: best.k, candidates };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
