/**
 * The model file's weight encoding: a bit per bucket row (set when any of its weights is not 0),
 * then the rows whose bit is set. Most buckets of the hashed table are reached by no feature the
 * training kept (60% of the shipped model's rows are all 0), so the file shrinks by more than half,
 * and a JavaScript engine parses the shorter string literal and decodes it several times faster
 * than it inflates a deflated one (the larger part of loading the model).
 */

/**
 * Encodes bucket-major weights (`weights[row * outputs + o]`).
 * @example encodeSparseRows(new Int8Array([0, 0, 5, -2]), 2) // [0b10, 5, 254]
 */
export function encodeSparseRows(weights: Int8Array, outputs: number): Uint8Array {
  const rows = weights.length / outputs;
  const bitmap = Math.ceil(rows / 8);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < outputs; o++) {
      if (weights[r * outputs + o] !== 0) {
        kept.push(r);
        break;
      }
    }
  }
  const out = new Uint8Array(bitmap + kept.length * outputs);
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  kept.forEach((r, j) => {
    out[r >> 3]! |= 1 << (r & 7);
    out.set(bytes.subarray(r * outputs, (r + 1) * outputs), bitmap + j * outputs);
  });
  return out;
}

/**
 * Decodes to `rows × outputs` weights; undefined when the bytes do not hold that many rows.
 * @example decodeSparseRows(new Uint8Array([0b10, 5, 254]), 2, 2) // Int8Array [0, 0, 5, -2]
 */
export function decodeSparseRows(encoded: Uint8Array, rows: number, outputs: number): Int8Array | undefined {
  const bitmap = Math.ceil(rows / 8);
  if (encoded.length < bitmap) return undefined;
  let kept = 0;
  for (let r = 0; r < rows; r++) kept += (encoded[r >> 3]! >> (r & 7)) & 1;
  if (encoded.length !== bitmap + kept * outputs) return undefined;
  const out = new Int8Array(rows * outputs);
  const from = new Int8Array(encoded.buffer, encoded.byteOffset + bitmap, kept * outputs);
  // A byte loop, not a subarray per row: tens of thousands of views cost more than the copying.
  for (let r = 0, j = 0; r < rows; r++) {
    if (((encoded[r >> 3]! >> (r & 7)) & 1) === 0) continue;
    for (let o = 0, to = r * outputs; o < outputs; o++) out[to + o] = from[j++]!;
  }
  return out;
}
