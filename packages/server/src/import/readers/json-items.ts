/** One JSON value cut out of a stream, with the line it starts on, or why it could not be. */
export type JsonItem = { line: number; text: string } | { line: number; error: string };

/**
 * Cuts a stream of JSON into its records without holding more than one record in memory:
 * every top-level value (JSON Lines, or several objects one after another), the elements of a
 * top-level array (`[{...}, {...}]`), or the elements of a wrapper object's array under one of
 * `arrayKeys` (`{"tickets": [...], "next_page": null}`). Each record comes with the line it starts
 * on, so a bad one can be reported by line. The text is parsed by the caller.
 * @example for await (const item of jsonItems(chunks, ['tickets'])) JSON.parse(item.text)
 */
export async function* jsonItems(
  chunks: AsyncIterable<string>,
  arrayKeys: readonly string[] = [],
): AsyncGenerator<JsonItem> {
  const wrapperKeys = new Set(arrayKeys);
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let mode: 'none' | 'item' | 'wrapper' | 'array' = 'none';
  let inTarget = false;
  // Key tracking inside a top-level object, to spot a wrapper's array.
  let expectKey = false;
  let keyParts: string[] | undefined;
  let lastKey: string | undefined;
  let pendingKey: string | undefined;
  // The record being cut: its pieces from earlier chunks and where it starts in this one.
  let capture: { line: number; parts: string[]; start: number; depth: number } | undefined;
  let skippingLine = false;

  for await (const chunk of chunks) {
    if (capture) capture.start = 0;
    let keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n') {
        line++;
        if (skippingLine) {
          skippingLine = false;
          continue;
        }
      }
      if (skippingLine) continue;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.slice(keyStart, i));
            lastKey = keyParts.join('');
            keyParts = undefined;
          }
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;

      if (!capture) {
        if (depth === 0) {
          if (c === '[') {
            mode = 'array';
          } else if (c === '{') {
            mode = 'item';
            capture = { line, parts: [], start: i, depth: 0 };
          } else {
            yield { line, error: 'expected a JSON object or array here' };
            skippingLine = c !== '\n';
            continue;
          }
        } else if (
          ((mode === 'array' && depth === 1) || (mode === 'wrapper' && inTarget && depth === 2)) &&
          c !== ',' &&
          c !== ']'
        ) {
          capture = { line, parts: [], start: i, depth };
        }
      }

      if (c === '"') {
        inString = true;
        if (depth === 1 && (mode === 'item' || mode === 'wrapper') && expectKey) {
          keyParts = [];
          keyStart = i + 1;
          expectKey = false;
        }
        continue;
      }
      if (depth === 1 && (mode === 'item' || mode === 'wrapper')) {
        if (c === ',') expectKey = true;
        else if (c === ':') pendingKey = lastKey;
        else if (c === '[' && pendingKey !== undefined && wrapperKeys.has(pendingKey)) {
          // A wrapper: drop what was cut of it so far and cut the array's elements instead.
          mode = 'wrapper';
          capture = undefined;
          inTarget = true;
          pendingKey = undefined;
          depth++;
          continue;
        } else if (c !== '{' && c !== '[') pendingKey = undefined;
      }
      if (c === '{' || c === '[') {
        depth++;
        if (depth === 1 && c === '{') expectKey = true;
        pendingKey = undefined;
      } else if (c === '}' || c === ']') {
        depth--;
        if (mode === 'wrapper' && inTarget && depth === 1) inTarget = false;
        if (capture && depth === capture.depth) {
          capture.parts.push(chunk.slice(capture.start, i + 1));
          yield { line: capture.line, text: capture.parts.join('') };
          capture = undefined;
        } else if (capture && depth < capture.depth) {
          // A primitive element ended by its array's closing bracket.
          capture.parts.push(chunk.slice(capture.start, i));
          yield { line: capture.line, text: capture.parts.join('') };
          capture = undefined;
        }
        if (depth === 0) mode = 'none';
        if (depth < 0) {
          yield { line, error: `unexpected "${c}"` };
          depth = 0;
          mode = 'none';
        }
      } else if (c === ',' && capture && depth === capture.depth && capture.depth > 0) {
        capture.parts.push(chunk.slice(capture.start, i));
        yield { line: capture.line, text: capture.parts.join('') };
        capture = undefined;
      }
    }
    if (capture) capture.parts.push(chunk.slice(capture.start));
    if (keyParts) keyParts.push(chunk.slice(keyStart));
  }
  if (capture) yield { line: capture.line, error: 'the file ends in the middle of this record' };
  else if (depth > 0) yield { line, error: 'the file ends before its JSON is closed' };
}
