import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, passesLuhn, redactText, redactValue } from './index.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

describe('redactText', () => {
  it('removes e-mail addresses', () => {
    expect(redactText('write to ann.lee+work@mail.example.co.uk today')).toBe('write to [email] today');
  });

  it('removes Luhn-valid card numbers, grouped or not', () => {
    expect(redactText('paid with 4111111111111111.')).toBe('paid with [card].');
    expect(redactText('card 4111 1111 1111 1111 ok')).toBe('card [card] ok');
    expect(redactText('amex 3782-822463-10005')).toBe('amex [card]');
  });

  it('keeps numbers that are not card numbers', () => {
    expect(redactText('order 4111111111111112 placed')).toBe('order 4111111111111112 placed');
    expect(redactText('call 555 1234 at 10:30 on 2024-05-01')).toBe('call 555 1234 at 10:30 on 2024-05-01');
  });

  it('checks Luhn correctly', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});

describe('redactValue', () => {
  it('replaces secret-named keys at any depth and leaves the input untouched', () => {
    const input = {
      headers: { authorization: 'Bearer abc', Cookie: 'sid=1', accept: 'json' },
      user: { password: 'hunter2', apiKey: 'k', resetToken: 't', name: 'Ann' },
    };
    expect(redactValue(input)).toEqual({
      headers: { authorization: '[redacted]', Cookie: '[redacted]', accept: 'json' },
      user: { password: '[redacted]', apiKey: '[redacted]', resetToken: '[redacted]', name: 'Ann' },
    });
    expect(input.user.password).toBe('hunter2');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { note: 'x@y.io' };
    a.self = a;
    expect((redactValue(a) as Record<string, unknown>).note).toBe('[email]');
  });
});

describe('createLogger', () => {
  it('redacts secrets, e-mails and cards in objects, messages and errors', () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: 'info', destination });
    log.info(
      { req: { headers: { authorization: 'Bearer s3cret' } }, customer: { email: 'bob@example.com' } },
      'charged 5500 0000 0000 0004 for bob@example.com',
    );
    log.error({ err: new Error('token for jo@example.org rejected') }, 'failed');
    const text = lines.join('\n');
    expect(text).not.toMatch(/s3cret|bob@example\.com|5500 0000 0000 0004|jo@example\.org/);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(first.req.headers.authorization).toBe('[redacted]');
    expect(first.customer.email).toBe('[email]');
    expect(first.msg).toBe('charged [card] for [email]');
    expect(JSON.parse(lines[1] ?? '{}').err.message).toBe('token for [email] rejected');
  });

  it('honours the level', () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: 'warn', destination });
    log.info('hidden');
    log.warn('shown');
    expect(lines).toHaveLength(1);
  });
});
