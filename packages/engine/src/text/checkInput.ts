import type { InputProblem } from '../emotion/types.js';

/** Texts above this many UTF-8 bytes are refused: no support message is that long. */
export const MAX_INPUT_BYTES = 1_048_576;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// What String#trim removes (ECMAScript WhiteSpace and LineTerminator).
const TRIMMED: ReadonlySet<number> = new Set([
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

// Like `text.trim() === ''` without copying the message: stops at the first other character.
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!TRIMMED.has(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Says why a value cannot be analysed as a message, or undefined when it can.
 * @example checkInput('') // { code: 'empty', ... }
 */
export function checkInput(text: unknown): InputProblem | undefined {
  if (typeof text !== 'string') return { code: 'not_text', message: `expected a string, got ${typeof text}` };
  // Cheap bound first: every UTF-16 unit is at least one byte and at most three.
  if (
    text.length > MAX_INPUT_BYTES ||
    (text.length * 3 > MAX_INPUT_BYTES && utf8Length(text) > MAX_INPUT_BYTES)
  ) {
    const bytes = utf8Length(text);
    return {
      code: 'too_large',
      message: `text is ${bytes} bytes; the limit is ${MAX_INPUT_BYTES}`,
      bytes,
      limit: MAX_INPUT_BYTES,
    };
  }
  if (isBlank(text)) return { code: 'empty', message: 'text is empty' };
  let odd = 0;
  const sample = Math.min(text.length, 4096);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { code: 'binary', message: 'text contains NUL bytes; it looks like binary data' };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > 8 && odd / sample > 0.05)
    return { code: 'binary', message: 'text is mostly control characters; it looks like binary data' };
  return undefined;
}
