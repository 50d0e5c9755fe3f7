import { decodeBase64 } from '../base64.js';
import type { FeatureVector } from '../features.js';
import { mixInputs, stackWidth } from '../stacker.js';
import { packWeights, sumPackedByToken } from './packedWeights.js';
import { SUMS_WASM } from './sums-wasm.js';

/**
 * Integer first-layer sums of one message, per token: `rows[offset + (t + 1) * stride + o]` is
 * what token t's features add to output o (weights before scaling), row 0 what the features of no
 * token add, and `rows[total + o]` the sum of them all. `rows` may be the kernel's own memory:
 * good until the kernel's next call.
 */
export interface TokenSums {
  rows: Int32Array;
  offset: number;
  total: number;
  stride: number;
  tokens: number;
}

/** The model's hot loops; WebAssembly SIMD where the runtime allows it, JavaScript otherwise. */
export interface ScoringKernel {
  kind: 'wasm-simd' | 'js';
  /** First-layer sums of a message's features, per token. */
  sumByToken(fv: FeatureVector, tokens: number): TokenSums;
  /** Bytes the kernel holds (its WebAssembly memory; 0 for the JavaScript kernel). */
  memoryBytes(): number;
  /** The second layer (stacker.ts mixInputs) for outputs from..to-1; only when the model has one. */
  mix(inputs: Float64Array, out: Float32Array | Float64Array, from: number, to: number): void;
}

// What the kernel needs of the WebAssembly API (the engine compiles without DOM or Node types).
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  sumByToken(weights: number, buckets: number, tokens: number, n: number, out: number, total: number): void;
  mix(w: number, x: number, width: number, out: number, from: number, to: number): void;
  spread(src: number, rows: number, width: number, dst: number): void;
}

// Weight rows in the kernel's table (39 outputs, padded), and int32 lanes per row of sums.
const TABLE_ROW = 40;
const ROW_BYTES = 48;
// Features summed in place at most; a longer message goes in chunks of this many.
const CHUNK = 16384;
const PAGE = 65536;

/**
 * The kernel for bucket-major int8 weights (`weights[bucket * outputs + o]`) and, if the model has
 * one, its second layer (`stack`, laid out as in stacker.ts). `wasm: false` forces the JavaScript
 * kernel (tests compare the two): the same sums, and the same mix to rounding.
 * @example createScoringKernel(model.weights, 39).sumByToken(fv, tokens.length)
 */
export function createScoringKernel(
  weights: Int8Array,
  outputs: number,
  options: { wasm?: boolean; stack?: Float64Array } = {},
): ScoringKernel {
  if (options.wasm !== false && outputs <= TABLE_ROW) {
    const wasm = instantiate();
    if (wasm !== undefined) return wasmKernel(wasm, weights, outputs, options.stack);
  }
  return jsKernel(weights, outputs, options.stack);
}

function instantiate(): KernelExports | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return undefined;
  const bytes = decodeBase64(SUMS_WASM);
  // A browser without SIMD, or a Content-Security-Policy without 'wasm-unsafe-eval', refuses the
  // module; the JavaScript kernel gives the same scores, only slower.
  try {
    if (!api.validate(bytes)) return undefined;
    return new api.Instance(new api.Module(bytes)).exports as unknown as KernelExports;
  } catch {
    return undefined;
  }
}

// Memory (zeroed when instantiated): the weight table (40-byte rows), the second layer (rows padded
// to a multiple of four doubles, bias in column 2k), its input and output, then per-message scratch.
function wasmKernel(
  wasm: KernelExports,
  weights: Int8Array,
  outputs: number,
  stack: Float64Array | undefined,
): ScoringKernel {
  const buckets = weights.length / outputs;
  const inputs = 2 * outputs;
  const width = align(stackWidth(outputs), 4);
  const stackAt = align(buckets * TABLE_ROW, 16);
  const xAt = stackAt + 8 * width * (stack === undefined ? 0 : outputs);
  const mixedAt = xAt + 8 * width;
  const scratch = align(mixedAt + 8 * outputs, 16);
  // The weights land packed in the scratch area (free until the first message), then the kernel
  // spreads them into rows of TABLE_ROW bytes: one bulk copy here, not a view per row.
  ensure(wasm, scratch + weights.length);
  new Int8Array(wasm.memory.buffer).set(weights, scratch);
  wasm.spread(scratch, buckets, outputs, 0);
  const doubles = new Float64Array(wasm.memory.buffer);
  if (stack !== undefined)
    for (let o = 0; o < outputs; o++)
      doubles.set(stack.subarray(o * (inputs + 1), (o + 1) * (inputs + 1)), stackAt / 8 + o * width);
  doubles[xAt / 8 + inputs] = 1;
  // Views of the whole memory, made again only when it grows (a view per call costs more than
  // the sums of a short message).
  let ints = new Int32Array(wasm.memory.buffer);
  let floats = doubles;
  // Sums features from..to-1 in the kernel's memory, token t counted as t - base (features of no
  // token stay -1); returns where the rows and the total row lie, as int32 offsets into `ints`.
  const sumInPlace = (fv: FeatureVector, from: number, to: number, base: number, tokens: number) => {
    const n = to - from;
    const tokenAt = align(scratch + 4 * n, 16);
    const totalAt = align(tokenAt + 4 * n, 16);
    const outAt = totalAt + 4 * ROW_BYTES;
    const outEnd = outAt + 4 * (tokens + 1) * ROW_BYTES;
    if (ensure(wasm, outEnd)) {
      ints = new Int32Array(wasm.memory.buffer);
      floats = new Float64Array(wasm.memory.buffer);
    }
    // Copied by hand: subarrays and views are allocations, and buckets (below 2^31) pass
    // through the Int32 view unchanged.
    const { buckets, token } = fv;
    for (let f = 0, b = scratch / 4, t = tokenAt / 4; f < n; f++) {
      ints[b + f] = buckets[from + f]!;
      const own = token[from + f]!;
      ints[t + f] = own < 0 ? own : own - base;
    }
    ints.fill(0, totalAt / 4, outEnd / 4);
    wasm.sumByToken(0, scratch, tokenAt, n, outAt, totalAt);
    return { out: outAt / 4, total: totalAt / 4 };
  };
  return {
    kind: 'wasm-simd',
    memoryBytes: () => wasm.memory.buffer.byteLength,
    sumByToken(fv, tokens) {
      if (fv.length <= CHUNK) {
        const at = sumInPlace(fv, 0, fv.length, 0, tokens);
        return { rows: ints, offset: at.out, total: at.total, stride: ROW_BYTES, tokens };
      }
      // A huge message (a pasted log) goes through in chunks of features, each chunk's rows
      // added into an array of its own: the memory, which never shrinks, stays small.
      const rows = new Int32Array((tokens + 2) * ROW_BYTES);
      const total = (tokens + 1) * ROW_BYTES;
      for (let start = 0; start < fv.length; start += CHUNK) {
        const end = Math.min(fv.length, start + CHUNK);
        let first = -1;
        let last = -1;
        for (let f = start; f < end; f++) {
          const t = fv.token[f]!;
          if (t < 0) continue;
          if (first < 0 || t < first) first = t;
          last = Math.max(last, t);
        }
        const span = first < 0 ? 0 : last - first + 1;
        const at = sumInPlace(fv, start, end, Math.max(first, 0), span);
        for (let r = 0; r <= span; r++) {
          const to = r === 0 ? 0 : (first + r) * ROW_BYTES;
          for (let o = 0; o < ROW_BYTES; o++) rows[to + o]! += ints[at.out + r * ROW_BYTES + o]!;
        }
        for (let o = 0; o < ROW_BYTES; o++) rows[total + o]! += ints[at.total + o]!;
      }
      return { rows, offset: 0, total, stride: ROW_BYTES, tokens };
    },
    mix(x, out, from, to) {
      if (stack === undefined) throw new Error('this model has no second layer');
      floats.set(x, xAt / 8);
      wasm.mix(stackAt, xAt, width, mixedAt, from, to);
      for (let o = from; o < to; o++) out[o] = floats[mixedAt / 8 + o]!;
    },
  };
}

function jsKernel(weights: Int8Array, outputs: number, stack: Float64Array | undefined): ScoringKernel {
  const packed = packWeights(weights, outputs);
  return {
    kind: 'js',
    memoryBytes: () => 0,
    sumByToken(fv, tokens) {
      const rows = sumPackedByToken(packed, fv.buckets, fv.token, fv.length, tokens);
      return { rows, offset: 0, total: (tokens + 1) * outputs, stride: outputs, tokens };
    },
    mix(x, out, from, to) {
      if (stack === undefined) throw new Error('this model has no second layer');
      mixInputs(stack, x, out, from, to);
    },
  };
}

/** Grows the memory to at least `bytes`; true when it grew (and old views are detached). */
function ensure(wasm: KernelExports, bytes: number): boolean {
  const have = wasm.memory.buffer.byteLength;
  if (bytes <= have) return false;
  wasm.memory.grow(Math.ceil((bytes - have) / PAGE));
  return true;
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
