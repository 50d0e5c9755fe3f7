/**
 * The JavaScript kernel (where WebAssembly SIMD is refused): four int8 weights per float64, in
 * 13-bit lanes, so one addition sums four outputs.
 *
 * Why: V8 does not vectorise typed-array loops; packing cuts the additions fourfold. Each lane
 * holds (weight + 128) ∈ [1, 255]; after at most 32 additions a lane is below 2^13, so lanes never
 * carry into each other and the float64 stays below 2^52 — exact.
 */
export interface PackedWeights {
  data: Float64Array;
  /** float64s per bucket row: ceil(outputs / 4). */
  stride: number;
  outputs: number;
}

const LANES = 4;
const LANE = 8192;
const CHUNK = 32;
const POW = [1, LANE, LANE * LANE, LANE * LANE * LANE] as const;

/**
 * Packs bucket-major int8 weights (`weights[bucket * outputs + o]`).
 * @example const packed = packWeights(model.weights, 39);
 */
export function packWeights(weights: Int8Array, outputs: number): PackedWeights {
  const stride = Math.ceil(outputs / LANES);
  const rows = weights.length / outputs;
  const data = new Float64Array(rows * stride);
  for (let r = 0; r < rows; r++) {
    const src = r * outputs;
    for (let lane = 0; lane < stride * LANES; lane++) {
      const value = lane < outputs ? weights[src + lane]! + 128 : 128;
      data[r * stride + (lane >> 2)]! += value * POW[lane & 3]!;
    }
  }
  return { data, stride, outputs };
}

/**
 * Integer weight sums of every output for each run of features that share a token, in one pass
 * over the packed rows, in the layout of TokenSums: `out[(t + 1) * outputs + o]` for token t,
 * `out[o]` for the features of no token (token -1), and a last row with the sums of them all.
 * @example sumPackedByToken(packed, fv.buckets, fv.token, fv.length, tokens.length)
 */
export function sumPackedByToken(
  packed: PackedWeights,
  buckets: Uint32Array,
  tokenOf: Int32Array,
  length: number,
  tokens: number,
): Int32Array {
  const { stride, outputs } = packed;
  const out = new Int32Array((tokens + 2) * outputs);
  const total = (tokens + 1) * outputs;
  const byLane = new Int32Array(stride * LANES);
  const acc = new Float64Array(stride);
  let start = 0;
  while (start < length) {
    const t = tokenOf[start]!;
    let end = start + 1;
    while (end < length && tokenOf[end] === t) end++;
    byLane.fill(0);
    sumLanes(packed, buckets, start, end, byLane, acc);
    const row = (t + 1) * outputs;
    for (let o = 0; o < outputs; o++) {
      out[row + o]! += byLane[o]!;
      out[total + o]! += byLane[o]!;
    }
    start = end;
  }
  return out;
}

// Adds the packed rows buckets[from..to) into byLane, unpacking every CHUNK rows before a lane
// could overflow.
function sumLanes(
  packed: PackedWeights,
  buckets: Uint32Array,
  from: number,
  to: number,
  byLane: Int32Array,
  acc: Float64Array,
): void {
  const { data, stride } = packed;
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    acc.fill(0);
    for (let f = start; f < end; f++) {
      const base = buckets[f]! * stride;
      for (let j = 0; j < stride; j++) acc[j]! += data[base + j]!;
    }
    const offset = 128 * (end - start);
    for (let j = 0; j < stride; j++) {
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
