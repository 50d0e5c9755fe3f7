import type { Cue } from '../emotion/types.js';
import type { Token } from './tokenize.js';

// Capitalised words that are names or acronyms, not shouting.
const ACRONYMS: ReadonlySet<string> = new Set(
  'OK ID PIN SMS USA UK EU US UPS DHL FAQ ASAP PDF API URL CEO TV PC IT HR VAT GST PM AM ETA IMEI SIM VPN IOS WIFI DM USB FYI BBB FBI OTP'.split(
    ' ',
  ),
);

/**
 * Cues read from the form of the text rather than its words: capitals, repeated punctuation,
 * elongated words, emoji and emoticons. Phrase cues (threats, deadlines) come from the lexicon.
 * @example structuralCues('WHY IS THIS STILL BROKEN??', tokenize('WHY IS THIS STILL BROKEN??'))
 */
export function structuralCues(text: string, tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  const push = (kind: Cue['kind'], start: number, end: number) =>
    cues.push({ kind, start, end, text: text.slice(start, end) });
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  let runLetters = 0;
  const flush = () => {
    if (runWords >= 2 && runLetters >= 6) push('shouting', runStart, runEnd);
    else if (runWords === 1 && runLetters >= 5) push('shouting', runStart, runEnd);
    runStart = -1;
    runWords = 0;
    runLetters = 0;
  };
  for (const t of tokens) {
    if (t.kind === 'word') {
      // Codes such as BA117 or ORD42X are written in capitals but are not raised voices.
      if (t.upper && !ACRONYMS.has(t.text) && !/\d/.test(t.text)) {
        if (runStart < 0) runStart = t.start;
        runEnd = t.end;
        runWords++;
        runLetters += t.text.length;
      } else if (!(t.text === 'I' || t.text === 'A') || runStart < 0) {
        flush();
      }
      if (t.elongated) push('elongation', t.start, t.end);
    } else if (t.kind === 'punct') {
      if (/^[!?]{2,}$/.test(t.text)) push('repeated_punctuation', t.start, t.end);
    } else if (t.kind === 'emoji') {
      push('emoji', t.start, t.end);
    } else if (t.kind === 'emoticon') {
      push('emoticon', t.start, t.end);
    }
  }
  flush();
  return cues.sort((a, b) => a.start - b.start);
}
