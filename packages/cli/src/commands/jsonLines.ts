import type { Readable } from 'node:stream';

/** One line of input, or a marker that a line was too long to keep (its content was dropped). */
export type InputLine = { ok: true; text: string } | { ok: false; code: 'line_too_long'; bytes: number };

/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line, so memory
 * stays bounded however large the input (readline would buffer a giant line whole).
 * @example for await (const line of readLines(process.stdin)) ...
 */
export async function* readLines(input: Readable, maxBytes = 2 * 1024 * 1024): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  const finish = (): InputLine => {
    const line: InputLine =
      overflow > 0
        ? { ok: false, code: 'line_too_long', bytes: overflow + size }
        : { ok: true, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    overflow = 0;
    return line;
  };
  for await (const chunk of input) {
    let buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      keep(buf.subarray(0, nl));
      yield finish();
      buf = buf.subarray(nl + 1);
    }
    keep(buf);
  }
  if (size > 0 || overflow > 0) yield finish();

  function keep(piece: Buffer) {
    if (overflow > 0 || size + piece.length > maxBytes) {
      overflow += size + piece.length;
      parts = [];
      size = 0;
      return;
    }
    if (piece.length > 0) {
      parts.push(Buffer.from(piece));
      size += piece.length;
    }
  }
}
