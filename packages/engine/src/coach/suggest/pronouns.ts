// The customer's first person becomes our second person, and their "you" (the company) becomes "we".
const SHIFT: Readonly<Record<string, string>> = {
  i: 'you',
  "i'm": "you're",
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
  our: 'your',
  ours: 'yours',
  us: 'you',
  am: 'are',
  your: 'our',
  yours: 'ours',
  "you're": "we're",
  "you've": "we've",
  "you'll": "we'll",
  "you'd": "we'd",
};
const CLAUSE_START = new Set([
  'and',
  'but',
  'because',
  'so',
  'then',
  'when',
  'if',
  'that',
  'since',
  'after',
  'before',
]);

/**
 * Turns the customer's words into ours: "I was charged twice for my order" → "you were charged
 * twice for your order"; "you sent me the wrong size" → "we sent you the wrong size".
 * @example shiftPronouns('my parcel never came') // 'your parcel never came'
 */
export function shiftPronouns(text: string): string {
  const tokens = text.split(/(\s+|[,;:()])/);
  let prev = '';
  let prevWasI = false;
  const out: string[] = [];
  for (const raw of tokens) {
    if (raw === '' || /^\s+$|^[,;:()]$/.test(raw)) {
      out.push(raw);
      continue;
    }
    const m = /^([\p{L}']+)(.*)$/u.exec(raw.replace(/’/g, "'"));
    if (m === null) {
      out.push(raw);
      prev = raw.toLowerCase();
      prevWasI = false;
      continue;
    }
    const word = m[1]!;
    const rest = m[2]!;
    const lower = word.toLowerCase();
    let next: string | undefined;
    if (lower === 'you') next = prev === '' || CLAUSE_START.has(prev) ? 'we' : 'us';
    else if (lower === 'was' && prevWasI) next = 'were';
    else next = SHIFT[lower];
    out.push(next === undefined ? word + rest : next + rest);
    prevWasI = lower === 'i' || lower === 'we';
    prev = lower;
  }
  return out.join('');
}
