import type { CoachContext } from '../context.js';
import type { Sentence } from '../text/sentences.js';
import type { Word } from '../text/words.js';
import { type CheckOutcome, pass, type QualityCheck, sentenceSpan } from './check.js';

const LONG_SENTENCE = 30;
const WALL_OF_TEXT = 180;
const MAX_GRADE = 11;
// A reading grade over a couple of short sentences swings wildly; judge it on longer replies only.
const MIN_WORDS_FOR_GRADE = 40;

/** Syllables by vowel groups, with the silent final "e"; close enough for a reading grade. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/**
 * Flesch–Kincaid grade of a text: the school year a reader needs.
 * @example readingGrade('The cat sat on the mat.') // about -1
 */
export function readingGrade(sentenceCount: number, wordList: readonly string[]): number {
  if (sentenceCount === 0 || wordList.length === 0) return 0;
  const syl = wordList.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (wordList.length / sentenceCount) + 11.8 * (syl / wordList.length) - 15.59;
}

function wordsIn(all: readonly Word[], s: Sentence): number {
  let n = 0;
  for (const w of all) if (w.start >= s.start && w.end <= s.end) n++;
  return n;
}

/** Splits a long sentence at its most central clause break: ", and", ", but", ", which", "; ". */
function split(s: Sentence): string | undefined {
  const text = s.text;
  const breaks = [...text.matchAll(/(?:,\s+(?:and|but|so|which|because|as)\b|;\s+|\s+-\s+|,\s+)/g)];
  if (breaks.length === 0) return undefined;
  const mid = text.length / 2;
  const best = breaks.reduce((a, b) => (Math.abs(b.index - mid) < Math.abs(a.index - mid) ? b : a));
  const left = text.slice(0, best.index).trim();
  let right = text.slice(best.index + best[0].length).trim();
  if (/^which\b/.test(best[0].replace(/[,;\s]/g, ''))) right = `This ${right.replace(/^which\s+/, '')}`;
  if (left.length < 12 || right.length < 12) return undefined;
  return `${left.replace(/[,;]$/, '')}. ${right.charAt(0).toUpperCase()}${right.slice(1)}`;
}

function run(ctx: CoachContext): CheckOutcome {
  const doc = ctx.reply;
  const body = doc.body.length > 0 ? doc.body : doc.sentences;
  const all = doc.words.map((w) => w.text);
  const grade = all.length >= MIN_WORDS_FOR_GRADE ? readingGrade(body.length, all) : 0;
  const long = body.filter((s) => wordsIn(doc.words, s) > LONG_SENTENCE);
  const wall = all.length > WALL_OF_TEXT && !doc.text.includes('\n\n');
  const why =
    'Short sentences and plain words are read faster and misread less, especially by upset customers.';
  const figures = `${all.length} words, ${body.length} sentences${all.length >= MIN_WORDS_FOR_GRADE ? `, reading grade ${grade.toFixed(1)}` : ''}`;
  if (long.length === 0 && !wall && grade <= MAX_GRADE) return pass(`Easy to read (${figures}).`, why, []);
  const problems = [
    long.length > 0 ? `${long.length} sentence${long.length > 1 ? 's' : ''} over ${LONG_SENTENCE} words` : '',
    wall ? 'a wall of text with no paragraph breaks' : '',
    grade > MAX_GRADE ? `reading grade ${grade.toFixed(1)} (aim for ${MAX_GRADE} or below)` : '',
  ].filter(Boolean);
  const target = long[0] ?? [...body].sort((a, b) => b.text.length - a.text.length)[0];
  const spans = (long.length > 0 ? long : target !== undefined ? [target] : []).map((s) =>
    sentenceSpan(doc, s, 'readability'),
  );
  const rewrite = target !== undefined ? split(target) : undefined;
  return {
    status: long.length + (wall ? 1 : 0) + (grade > MAX_GRADE + 3 ? 1 : 0) >= 3 ? 'warn' : 'improve',
    message: `Hard to read: ${problems.join('; ')} (${figures}).`,
    why,
    spans,
    suggestion:
      rewrite !== undefined && target !== undefined
        ? { text: rewrite, replace: sentenceSpan(doc, target, 'readability') }
        : {
            text: wall ? '\n\n' : 'Split this into two shorter sentences.',
            ...(wall && target !== undefined
              ? {
                  replace: {
                    start: target.start,
                    end: target.start,
                    text: '',
                    source: 'readability.paragraph',
                  },
                }
              : {}),
          },
  };
}

/** Long sentences, walls of text and a high reading grade. */
export const readability: QualityCheck = { id: 'readability', weight: 5, run };
