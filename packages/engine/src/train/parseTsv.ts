import { GO_EMOTIONS_LABELS } from '../emotion/types.js';

/** One labelled example: text and GoEmotions label ids (0..27). */
export interface LabelledText {
  text: string;
  labels: number[];
}

/** A problem found while reading a data file; the line is skipped and training goes on. */
export type ParseProblem =
  | { code: 'missing_column'; line: number }
  | { code: 'bad_label'; line: number; value: string };

/**
 * Reads GoEmotions TSV (`text<TAB>ids<TAB>comment id`) into examples, reporting bad lines as data.
 * @example parseGoEmotionsTsv('I love it\t18\tabc').examples[0] // { text: 'I love it', labels: [18] }
 */
export function parseGoEmotionsTsv(source: string): { examples: LabelledText[]; problems: ParseProblem[] } {
  const examples: LabelledText[] = [];
  const problems: ParseProblem[] = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 2) {
      problems.push({ code: 'missing_column', line: i + 1 });
      continue;
    }
    const labels: number[] = [];
    let ok = true;
    for (const part of cols[1]!.split(',')) {
      const id = Number(part);
      if (!Number.isInteger(id) || id < 0 || id >= GO_EMOTIONS_LABELS.length) {
        problems.push({ code: 'bad_label', line: i + 1, value: part });
        ok = false;
        break;
      }
      labels.push(id);
    }
    if (ok) examples.push({ text: cols[0]!, labels });
  }
  return { examples, problems };
}
