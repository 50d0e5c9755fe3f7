import { passesLuhn } from '../log/index.js';

/** What replaces a payment card number in stored text. */
export const CARD_PLACEHOLDER = '[card number]';
/** What replaces a card security code or a US social security number in stored text. */
export const SECRET_PLACEHOLDER = '[redacted]';

// 13 to 19 digits, optionally grouped by single spaces or dashes, not glued to other digits.
const CARD_CANDIDATE = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
// A 3-4 digit code right after the words people use for it ("CVV: 123", "security code 4321").
const SECURITY_CODE =
  /\b(cvv2?|cvc2?|cid|security\s+code|card\s+verification\s+(?:value|code))(\s*(?:is|:|-|=|#)?\s*)\d{3,4}\b/gi;
const US_SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;

/** The text with secrets replaced, and how many were. */
export interface RedactionResult {
  text: string;
  redacted: number;
}

/**
 * Replaces payment card numbers (13–19 digits passing the Luhn check, so order numbers and
 * phone numbers stay), card security codes named as such, and US social security numbers.
 * Customers paste these into support messages; they must not reach the database.
 * @example redactSecrets('card 4111 1111 1111 1111, cvv 123').text // 'card [card number], cvv [redacted]'
 */
export function redactSecrets(text: string): RedactionResult {
  let redacted = 0;
  const out = text
    .replace(CARD_CANDIDATE, (match) => {
      const digits = match.replace(/[ -]/g, '');
      if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits)) return match;
      redacted++;
      return CARD_PLACEHOLDER;
    })
    .replace(SECURITY_CODE, (_match, label: string, gap: string) => {
      redacted++;
      return `${label}${gap}${SECRET_PLACEHOLDER}`;
    })
    .replace(US_SSN, () => {
      redacted++;
      return SECRET_PLACEHOLDER;
    });
  return { text: out, redacted };
}
