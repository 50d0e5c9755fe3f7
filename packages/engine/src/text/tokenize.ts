/** What a token is, so later stages can treat words, emoji and punctuation differently. */
export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'mask' | 'punct';

/** A token with its character offsets in the original text (UTF-16 indices, as `String#slice` uses). */
export interface Token {
  /** The text exactly as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened, letter runs of 3+ cut to 2 ("sooooo" → "soo"). */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** True when the word repeats a letter three or more times ("soooo"). */
  elongated: boolean;
  /** True when the word is written in capitals and is at least two letters long. */
  upper: boolean;
}

// Sticky sub-patterns, tried only where their first character can start them: one big
// alternation with Unicode classes cost most of the analysis time.
const EMOTICON_Y =
  /(?<![\p{L}\d])(?:[:;=8][-o*'^]?[)\]([dDpP/\\|@3*$]+(?![\p{L}\d/])|<3+|<\/3|[)(\]][-o']?[:;=](?![\p{L}\d])|\^_*\^|-_+-|T_T|xD+(?![\p{L}]))/uy;
const EMOJI_Y = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/uy;
const MASK_Y = /\[[A-Z]+\]/y;
const NUMBER_Y = /\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|h|hrs?|mins?|k)?/y;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;
const EMOTICON_START = new Set([...':;=8<)(]^-Tx'].map((c) => c.charCodeAt(0)));

const ELONGATION_RE = /(\p{L})\1{2,}/gu;
const UPPER_RE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER_RE.test(String.fromCodePoint(text.codePointAt(i)!));
}

function sticky(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c) || (c >= 48 && c <= 57)) j++;
    else if ((c === 39 || c === 0x2019) && j + 1 < text.length && isLetterAt(text, j + 1)) j++;
    else if (c >= 128 && isLetterAt(text, j)) j += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    else break;
  }
  return j;
}

function hasTriple(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

// Most words are lower-case ASCII already: returning them as they are saves a string per word.
function lowerCase(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return raw.toLowerCase();
  }
  return raw;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  let norm = raw;
  let elongated = false;
  let upper = false;
  if (kind === 'word') {
    let lower = lowerCase(raw);
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    norm = lower.length >= 3 && hasTriple(lower) ? lower.replace(ELONGATION_RE, '$1$1') : lower;
    elongated = norm.length !== lower.length;
    upper = raw.length >= 2 && lower !== raw && UPPER_RE.test(raw);
  } else if (kind === 'emoji') {
    norm = raw.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
  } else if (kind === 'number' || kind === 'emoticon') {
    norm = raw.toLowerCase();
  }
  return { text: raw, norm, start, end, kind, elongated, upper };
}

/**
 * Splits text into tokens with offsets. Never throws; any string gives a (possibly empty) list.
 * @example tokenize("I'm SOOO done!!") // [I'm, SOOO, done, !!]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || (c >= 128 && SPACE_RE.test(text[i]!))) {
      i++;
      continue;
    }
    let end = -1;
    let kind: TokenKind = 'punct';
    if (EMOTICON_START.has(c)) {
      end = sticky(EMOTICON_Y, text, i);
      kind = 'emoticon';
    }
    if (end < 0 && c >= 128) {
      end = sticky(EMOJI_Y, text, i);
      kind = 'emoji';
    }
    if (end < 0 && isLetterAt(text, i)) {
      end = wordEnd(text, i);
      kind = 'word';
    }
    if (end < 0 && c >= 48 && c <= 57) {
      end = sticky(NUMBER_Y, text, i);
      kind = 'number';
    }
    if (end < 0 && c === 91) {
      end = sticky(MASK_Y, text, i);
      kind = 'mask';
    }
    if (end < 0) {
      kind = 'punct';
      end = i + (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? 2 : 1);
      if (c === 33 || c === 63) {
        while (end < text.length && (text.charCodeAt(end) === 33 || text.charCodeAt(end) === 63)) end++;
      } else if (c === 46) {
        while (end < text.length && text.charCodeAt(end) === 46) end++;
      }
    }
    tokens.push(makeToken(text, i, end, kind));
    i = end;
  }
  return tokens;
}
