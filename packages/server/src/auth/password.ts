import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt with N=2^15, r=8, p=1 (≈32 MiB, tens of ms per guess): the OWASP-recommended floor. The
// parameters travel inside the stored hash, so raising them later still verifies old hashes.
const DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAX_MEMORY = 128 * 1024 * 1024;

export interface PasswordHashOptions {
  /** CPU/memory cost; tests lower it to keep suites fast. */
  cost?: number;
}

/**
 * Hashes a password as `scrypt$N$r$p$salt$hash` (base64url parts).
 * @example const stored = await hashPassword('correct horse battery staple');
 */
export async function hashPassword(
  password: string,
  { cost = DEFAULTS.N }: PasswordHashOptions = {},
): Promise<string> {
  const salt = randomBytes(16);
  const params = { N: cost, r: DEFAULTS.r, p: DEFAULTS.p };
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/**
 * True when `password` matches a hash from `hashPassword`; false for a wrong password or a hash
 * in any other format (never throws, so a damaged row reads as "wrong password").
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  try {
    const actual = await derive(password, Buffer.from(parts[4] ?? '', 'base64url'), { N, r, p });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
