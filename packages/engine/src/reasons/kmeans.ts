import { createPrng, type Prng } from '../compose/prng.js';
import type { SparseVector } from './tfidf.js';

export interface Clustering {
  /** Cluster index of each vector. */
  assignments: Int32Array;
  /** Unit-length centroids, dense over the vocabulary. */
  centroids: Float64Array[];
  /** Sum of each vector's cosine similarity to its centroid (higher is tighter). */
  cohesion: number;
}

export interface KMeansOptions {
  k: number;
  dimensions: number;
  seed: number;
  /** Independent starts; the tightest result is kept. */
  restarts?: number;
  maxIterations?: number;
}

/**
 * Spherical k-means (cosine similarity, unit centroids) with k-means++ seeding from a seeded
 * generator: the same vectors and seed always give the same clusters.
 * @example kMeans(matrix.vectors, { k: 6, dimensions: matrix.vocabulary.length, seed: 1 })
 */
export function kMeans(vectors: readonly SparseVector[], options: KMeansOptions): Clustering {
  const rng = createPrng(options.seed);
  let best: Clustering | undefined;
  for (let r = 0; r < (options.restarts ?? 4); r++) {
    const run = oneRun(vectors, options, rng);
    if (!best || run.cohesion > best.cohesion) best = run;
  }
  if (!best) throw new Error('kMeans needs at least one restart');
  return best;
}

export function dotDense(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.indices.length; i++) sum += v.values[i]! * dense[v.indices[i]!]!;
  return sum;
}

function oneRun(vectors: readonly SparseVector[], options: KMeansOptions, rng: Prng): Clustering {
  const { k, dimensions } = options;
  let centroids = seedCentroids(vectors, k, dimensions, rng);
  const assignments = new Int32Array(vectors.length).fill(-1);
  let cohesion = 0;
  for (let iteration = 0; iteration < (options.maxIterations ?? 40); iteration++) {
    let changed = false;
    cohesion = 0;
    vectors.forEach((v, i) => {
      let bestCluster = 0;
      let bestSim = -Infinity;
      centroids.forEach((c, j) => {
        const sim = dotDense(v, c);
        if (sim > bestSim) {
          bestSim = sim;
          bestCluster = j;
        }
      });
      cohesion += bestSim;
      if (assignments[i] !== bestCluster) {
        assignments[i] = bestCluster;
        changed = true;
      }
    });
    if (!changed) break;
    centroids = updateCentroids(vectors, assignments, centroids, rng);
  }
  return { assignments, centroids, cohesion };
}

/** k-means++: each next seed is drawn with probability proportional to its distance from the seeds so far. */
function seedCentroids(vectors: readonly SparseVector[], k: number, dimensions: number, rng: Prng) {
  const centroids: Float64Array[] = [toDense(vectors[rng.int(vectors.length)]!, dimensions)];
  const distance = vectors.map((v) => 1 - dotDense(v, centroids[0]!));
  while (centroids.length < k) {
    const total = distance.reduce((sum, d) => sum + Math.max(0, d), 0);
    let roll = rng.next() * total;
    let chosen = vectors.length - 1;
    for (let i = 0; i < vectors.length; i++) {
      roll -= Math.max(0, distance[i]!);
      if (roll < 0) {
        chosen = i;
        break;
      }
    }
    const centroid = toDense(vectors[chosen]!, dimensions);
    centroids.push(centroid);
    vectors.forEach((v, i) => {
      distance[i] = Math.min(distance[i]!, 1 - dotDense(v, centroid));
    });
  }
  return centroids;
}

function updateCentroids(
  vectors: readonly SparseVector[],
  assignments: Int32Array,
  previous: Float64Array[],
  rng: Prng,
): Float64Array[] {
  const sums = previous.map((c) => new Float64Array(c.length));
  const sizes = new Int32Array(previous.length);
  vectors.forEach((v, i) => {
    const cluster = assignments[i]!;
    sizes[cluster]!++;
    const sum = sums[cluster]!;
    for (let t = 0; t < v.indices.length; t++) sum[v.indices[t]!]! += v.values[t]!;
  });
  return sums.map((sum, j) => {
    // An emptied cluster restarts from a random vector rather than vanishing, so k stays k.
    if (sizes[j] === 0) return toDense(vectors[rng.int(vectors.length)]!, sum.length);
    const norm = Math.sqrt(sum.reduce((acc, x) => acc + x * x, 0)) || 1;
    for (let t = 0; t < sum.length; t++) sum[t]! /= norm;
    return sum;
  });
}

function toDense(v: SparseVector, dimensions: number): Float64Array {
  const dense = new Float64Array(dimensions);
  for (let i = 0; i < v.indices.length; i++) dense[v.indices[i]!] = v.values[i]!;
  return dense;
}
