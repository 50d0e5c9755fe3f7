import { describe, expect, it } from 'vitest';
import { redactPersonal } from './redact.js';

describe('redactPersonal', () => {
  it('removes e-mail addresses, phone numbers and references, keeping the sentence readable', () => {
    expect(redactPersonal("your order #48213 hasn't arrived")).toBe("your order hasn't arrived");
    expect(redactPersonal('write to jo.smith+shop@example.co.uk')).toBe('write');
    expect(redactPersonal('call +44 20 7946 0958 today')).toBe('call today');
    expect(redactPersonal('booking AB12345 was cancelled')).toBe('booking was cancelled');
    expect(redactPersonal('card 4111 1111 1111 1111 was declined')).toBe('card was declined');
  });

  it('leaves ordinary numbers that identify nobody', () => {
    expect(redactPersonal('you waited 3 weeks for 2 parcels')).toBe('you waited 3 weeks for 2 parcels');
  });
});
