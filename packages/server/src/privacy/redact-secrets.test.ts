import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('replaces card numbers in the ways people write them, and names the count', () => {
    expect(redactSecrets('My card 4111 1111 1111 1111 was charged twice')).toEqual({
      text: 'My card [card number] was charged twice',
      redacted: 1,
    });
    expect(redactSecrets('cards 5500-0000-0000-0004 and 378282246310005').text).toBe(
      'cards [card number] and [card number]',
    );
  });

  it('replaces security codes and social security numbers', () => {
    expect(redactSecrets('CVV: 123, expiry 04/28. SSN 123-45-6789').text).toBe(
      'CVV: [redacted], expiry 04/28. SSN [redacted]',
    );
    expect(redactSecrets('the security code is 4321').text).toBe('the security code is [redacted]');
  });

  it('leaves order numbers, phone numbers and long numbers that fail the Luhn check', () => {
    const text = 'Order 4111111111111112, call +44 20 7946 0958, ref 1234567890123, code 123';
    expect(redactSecrets(text)).toEqual({ text, redacted: 0 });
  });
});
