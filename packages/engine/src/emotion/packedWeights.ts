/**
 * Four int8 weights per float64, in 13-bit lanes, so one addition sums four outputs.
 *
 * Why: scoring is ~125 features × 39 outputs per message, and V8 does not vectorise typed-array
 * loops; packing cuts the additions fourfold. Each lane holds (weight + 128) ∈ [1, 255]; after at
 * most 32 additions a lane is below 2^13, so lanes never carry into each other and the float64
 * stays below 2^52 — exact. Lanes can be ordered so that the outputs a caller needs most come
 * first and the rest of a row can be skipped.
 */
export interface PackedWeights {
  data: Float64Array;
  /** float64s per bucket row: ceil(outputs / 4). */
  stride: number;
  outputs: number;
  /** `order[lane]` is the output stored in that lane. */
  order: readonly number[];
  /** `laneOf[output]` is the lane holding that output. */
  laneOf: readonly number[];
}

const LANES = 4;
const LANE = 8192;
const CHUNK = 32;
const POW = [1, LANE, LANE * LANE, LANE * LANE * LANE] as const;

/**
 * Packs bucket-major int8 weights (`weights[bucket * outputs + o]`), lanes in `order`.
 * @example const packed = packWeights(model.weights, 39);
 */
export function packWeights(
  weights: Int8Array,
  outputs: number,
  order: readonly number[] = Array.from({ length: outputs }, (_, i) => i),
): PackedWeights {
  const stride = Math.ceil(outputs / LANES);
  const rows = weights.length / outputs;
  const data = new Float64Array(rows * stride);
  for (let r = 0; r < rows; r++) {
    const src = r * outputs;
    for (let lane = 0; lane < stride * LANES; lane++) {
      const value = lane < outputs ? weights[src + order[lane]!]! + 128 : 128;
      data[r * stride + (lane >> 2)]! += value * POW[lane & 3]!;
    }
  }
  const laneOf: number[] = new Array(outputs).fill(0);
  order.forEach((o, lane) => {
    laneOf[o] = lane;
  });
  return { data, stride, outputs, order, laneOf };
}

/**
 * Integer weight sums per output (indexed by output, like an int8 dot product) over the given
 * buckets, for the first `lanes` lanes only (the others stay 0).
 * @example sumPacked(packed, fv.buckets, fv.length)
 */
export function sumPacked(
  packed: PackedWeights,
  buckets: Uint32Array,
  length: number,
  lanes = packed.outputs,
): Int32Array {
  const { stride, outputs, order } = packed;
  const used = Math.min(stride, Math.ceil(lanes / LANES));
  const byLane = new Int32Array(used * LANES);
  sumLanes(packed, buckets, 0, length, used, byLane, new Float64Array(used));
  const sums = new Int32Array(outputs);
  for (let lane = 0; lane < Math.min(lanes, outputs); lane++) sums[order[lane]!] = byLane[lane]!;
  return sums;
}

/**
 * Integer weight sums of every output for each run of features that share a token, in one pass
 * over the packed rows: `out[t * outputs + o]` for token t (evidence needs them per token).
 * @example sumPackedByToken(packed, fv.buckets, fv.token, fv.length, tokens.length)
 */
export function sumPackedByToken(
  packed: PackedWeights,
  buckets: Uint32Array,
  tokenOf: Int32Array,
  length: number,
  tokens: number,
): Int32Array {
  const { stride, outputs, order } = packed;
  const out = new Int32Array(tokens * outputs);
  const byLane = new Int32Array(stride * LANES);
  const acc = new Float64Array(stride);
  let start = 0;
  while (start < length) {
    const t = tokenOf[start]!;
    let end = start + 1;
    while (end < length && tokenOf[end] === t) end++;
    if (t >= 0) {
      byLane.fill(0);
      sumLanes(packed, buckets, start, end, stride, byLane, acc);
      for (let lane = 0; lane < outputs; lane++) out[t * outputs + order[lane]!]! += byLane[lane]!;
    }
    start = end;
  }
  return out;
}

// Adds the first `used` packed float64s of rows buckets[from..to) into byLane, unpacking every
// CHUNK rows before a lane could overflow.
function sumLanes(
  packed: PackedWeights,
  buckets: Uint32Array,
  from: number,
  to: number,
  used: number,
  byLane: Int32Array,
  acc: Float64Array,
): void {
  const { data, stride } = packed;
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    acc.fill(0);
    for (let f = start; f < end; f++) {
      const base = buckets[f]! * stride;
      for (let j = 0; j < used; j++) acc[j]! += data[base + j]!;
    }
    const offset = 128 * (end - start);
    for (let j = 0; j < used; j++) {
      // Division by a power of two is exact; floor-and-subtract is much cheaper than `%` on doubles.
      let x = acc[j]!;
      for (let l = 0; l < LANES; l++) {
        const high = Math.floor(x / LANE);
        byLane[j * LANES + l]! += x - high * LANE - offset;
        x = high;
      }
    }
  }
}
