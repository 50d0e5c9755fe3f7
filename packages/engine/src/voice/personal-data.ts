/** A piece of personal data found in a text meant for a public page; findings never overlap. */
export interface PersonalDataFinding {
  kind: 'email' | 'phone' | 'order_number';
  text: string;
  start: number;
}

// Deliberately broader than compose's redaction: this is the check that it worked, so it looks
// for anything that could be one (any 6+ digit run, any token mixing letters and 4+ digits).
const PATTERNS: ReadonlyArray<readonly [PersonalDataFinding['kind'], RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ['phone', /\+?\d[\d\s().-]{6,}\d/g],
  [
    'order_number',
    /#\s*[A-Z0-9-]*\d[A-Z0-9-]*|\b(?=[A-Z0-9-]*\d{4})(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{5,}\b|\b\d{6,}\b/gi,
  ],
];

/**
 * Finds e-mail addresses, phone numbers and order or reference numbers in a text.
 * @example findPersonalData('Call 07700 900123') // [{ kind: 'phone', text: '07700 900123', start: 5 }]
 */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (kind === 'phone' && (match[0].match(/\d/g)?.length ?? 0) < 8) continue;
      found.push({ kind, text: match[0], start: match.index ?? 0 });
    }
  }
  // One number can match two patterns (an 8-digit order number looks like a phone number too):
  // keep the first-starting, longest match, so the spans never overlap.
  found.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const spans: PersonalDataFinding[] = [];
  for (const finding of found) {
    const last = spans[spans.length - 1];
    if (last && finding.start < last.start + last.text.length) continue;
    spans.push(finding);
  }
  return spans;
}

/**
 * Removes whatever `findPersonalData` finds, and tidies the spaces left behind.
 * @example stripPersonalData('Email jo@example.com today') // 'Email today'
 */
export function stripPersonalData(text: string): string {
  let out = text;
  for (const finding of findPersonalData(text).reverse()) {
    out = out.slice(0, finding.start) + out.slice(finding.start + finding.text.length);
  }
  return out
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .trim();
}
