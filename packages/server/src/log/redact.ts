/** What replaces a secret value, an e-mail address or a card number in logs. */
export const REDACTED = '[redacted]';

// Keys whose values are secrets wherever they appear in a logged object.
const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|password|passwd|secret|client_secret|token|access_token|refresh_token|id_token|api[-_]?key|x-api-key|private[-_]?key|.*(password|secret|token|apikey|api_key))$/i;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// 13 to 19 digits, optionally grouped by single spaces or dashes, not glued to other digits.
const CARD_CANDIDATE = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;

/** The Luhn checksum that every payment card number satisfies (and most other long numbers do not). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Removes e-mail addresses and card numbers from free text.
 * @example redactText('card 4111 1111 1111 1111 from ann@example.com') // 'card [card] from [email]'
 */
export function redactText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(CARD_CANDIDATE, (match) => {
    const digits = match.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? '[card]' : match;
  });
}

/**
 * A copy of a value to be logged with secret-named keys replaced and every string passed through
 * `redactText`, at any depth. Cycles and non-plain objects are left as they are.
 * @example redactValue({ headers: { authorization: 'Bearer x' } }) // { headers: { authorization: '[redacted]' } }
 */
export function redactValue(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, seen));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && !(value instanceof Error)) return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  const keys =
    value instanceof Error ? ['name', 'message', 'stack', ...Object.keys(value)] : Object.keys(value);
  for (const key of keys) {
    out[key] = SECRET_KEY.test(key) && source[key] != null ? REDACTED : redactValue(source[key], seen);
  }
  return out;
}
