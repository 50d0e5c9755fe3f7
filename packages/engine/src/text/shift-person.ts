/**
 * Turns the customer's words into ours: their "I/my/we" becomes "you/your", and their "you/your"
 * (the company) becomes "we/our". Verb agreement follows the pronoun ("I was" → "you were").
 */

const FIRST_TO_SECOND: Readonly<Record<string, string>> = {
  i: 'you',
  "i'm": "you're",
  im: "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
};

const SECOND_TO_FIRST: Readonly<Record<string, string>> = {
  "you're": "we're",
  "you've": "we've",
  "you'd": "we'd",
  "you'll": "we'll",
  your: 'our',
  ur: 'our',
  yours: 'ours',
  yourself: 'ourselves',
  yourselves: 'ourselves',
};

/** Words after which "you" starts a new clause, so it is a subject ("we"), not an object ("us"). */
const CLAUSE_OPENERS = new Set(
  'and but or because since when if that so then as until why how what where after before though although while cause unless once yet now whether'.split(
    ' ',
  ),
);

/** Words that follow a subject "you" ("you charged", "you never", "you keep"). */
const AFTER_SUBJECT = new Set(
  "are were have had did do don't didn't can can't cannot could couldn't will won't would wouldn't should shouldn't must keep kept never still just always also guys people lot clearly obviously said told promised sent took lost gave made put left let owe need has hasn't haven't aren't weren't want wanted expect think say charge ask asked claim claimed refuse refused know call".split(
    ' ',
  ),
);

/** Auxiliaries that put the subject after them in a question ("why aren't you paying"). */
const INVERTED_AUX = new Set(
  "are aren't were weren't do don't did didn't can can't could couldn't will won't would wouldn't have haven't has hasn't should shouldn't".split(
    ' ',
  ),
);

/** Agreement after a first-person subject that became "you". */
const AGREE_WITH_YOU: Readonly<Record<string, string>> = { am: 'are', was: 'were', "wasn't": "weren't" };

interface Token {
  word: boolean;
  text: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|[^\p{L}\p{N}]+/gu)) {
    tokens.push({ word: /^[\p{L}\p{N}]/u.test(match[0]), text: match[0] });
  }
  return tokens;
}

function matchCase(replacement: string, original: string): string {
  // "I" is capitalised by grammar, not position: the caller capitalises sentence starts.
  if (original === 'I' || /^I'/.test(original) || original.length === 0) return replacement;
  const first = original[0] as string;
  // Title case keeps its capital; a shouted "ME" does not make "You".
  const titleCase = original.slice(1) === original.slice(1).toLowerCase();
  if (first === first.toUpperCase() && first !== first.toLowerCase() && titleCase) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * Shifts pronouns from the customer's point of view to the agent's.
 * @example shiftPerson('I was charged twice') // 'you were charged twice'
 * @example shiftPerson('you sent me the wrong size') // 'we sent you the wrong size'
 */
export function shiftPerson(clause: string): string {
  const tokens = tokenize(clause.replace(/[’‘]/g, "'"));
  const words = tokens.filter((t) => t.word);
  const out: string[] = [];
  let wordIndex = -1;
  let previousOriginal = '';
  let previousShiftedFromI = false;
  let sawI = false;
  for (const token of tokens) {
    if (!token.word) {
      out.push(token.text);
      if (/[,;:()]/.test(token.text)) previousOriginal = ',';
      continue;
    }
    wordIndex++;
    const lower = token.text.toLowerCase();
    const next = words[wordIndex + 1]?.text.toLowerCase() ?? '';
    let replacement: string | undefined;
    let fromI = false;
    if (lower in FIRST_TO_SECOND) {
      replacement = FIRST_TO_SECOND[lower];
      fromI = lower === 'i';
    } else if (lower in SECOND_TO_FIRST) {
      replacement = SECOND_TO_FIRST[lower];
    } else if (lower === 'you' || lower === 'u' || lower === 'ya') {
      // "you people"/"you guys" say nothing about the role of "you": decide by what came before.
      const nextTellsRole = next !== 'guys' && next !== 'people' && next !== 'lot';
      const isSubject =
        previousOriginal === '' ||
        INVERTED_AUX.has(previousOriginal) ||
        previousOriginal === ',' ||
        CLAUSE_OPENERS.has(previousOriginal) ||
        (nextTellsRole && (AFTER_SUBJECT.has(next) || /ed$/.test(next)));
      replacement = isSubject ? 'we' : 'us';
    } else if ((lower === 'guys' || lower === 'people' || lower === 'lot') && previousOriginal === 'you') {
      replacement = '';
    } else if (previousShiftedFromI && lower in AGREE_WITH_YOU) {
      replacement = AGREE_WITH_YOU[lower];
    } else if (
      sawI &&
      (previousOriginal === 'and' || previousOriginal === 'but') &&
      lower in AGREE_WITH_YOU
    ) {
      // "I got a refund and wasn't expecting it": the "I" is understood before "wasn't".
      replacement = AGREE_WITH_YOU[lower];
    } else if ((lower === 'am' || lower === 'was') && next === 'i') {
      replacement = lower === 'am' ? 'are' : 'were';
    }
    if (replacement === undefined) {
      out.push(token.text);
    } else if (replacement === '') {
      // "you guys" → "we": drop the noun and the space before it.
      if (out.length > 0 && /^\s+$/.test(out[out.length - 1] as string)) out.pop();
    } else {
      out.push(matchCase(replacement, token.text));
    }
    previousShiftedFromI = fromI;
    if (fromI) sawI = true;
    previousOriginal = lower;
  }
  return out.join('');
}
