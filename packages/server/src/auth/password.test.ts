import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './index.js';

describe('password hashing', () => {
  it('verifies the right password only, with a fresh salt every time', async () => {
    const a = await hashPassword('s3cret!', { cost: 1024 });
    const b = await hashPassword('s3cret!', { cost: 1024 });
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('s3cret!', a)).toBe(true);
    expect(await verifyPassword('s3cret?', a)).toBe(false);
  });

  it('uses a strong default cost, and reads damaged or foreign hashes as wrong', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$/);
    for (const stored of [null, '', 'plain', 'scrypt$0$8$1$aa$bb', '$2b$10$abcdefghijklmnopqrstuv']) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });
});
