import fc from 'fast-check';

/** Strings attackers and broken clients send: SQL, markup, script, path tricks, control characters. */
export const HOSTILE_STRINGS = [
  "'; DROP TABLE messages; --",
  '" OR 1=1 --',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '%00%ff%fe',
  '\u0000\u0001\u001b[31m',
  '\ud800', // a lone surrogate: not encodable as UTF-8
  '🙂'.repeat(1000),
  '__proto__',
  'constructor',
  '{{7*7}}$' + '{7*7}',
  'a'.repeat(70_000),
];

/** JSON text nested `depth` levels deep, alternating arrays and objects with a `__proto__` key. */
export function deeplyNested(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 === 0 ? '[' : '{"__proto__":{"polluted":true},"a":';
    close = (i % 2 === 0 ? ']' : '}') + close;
  }
  return `${open}"bottom"${close}`;
}

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

/** Any JSON value, hostile strings included, and objects that use the field names routes expect. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom('text', 'reply', 'customer', 'body', 'email', 'password', 'name', 'role', 'channel'),
        fc.constantFrom('__proto__', 'constructor', 'messages', 'conversation', 'deliveryId', 'id', 'url'),
        fc.string(),
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

/** A request body as bytes: JSON of anything, deep nesting, broken JSON, or invalid UTF-8. */
export const hostileBody: fc.Arbitrary<Uint8Array> = fc.oneof(
  jsonish.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'null')),
  fc.integer({ min: 500, max: 5000 }).map((depth) => new TextEncoder().encode(deeplyNested(depth))),
  fc.integer({ min: 1000, max: 100_000 }).map((depth) => new TextEncoder().encode('['.repeat(depth))),
  fc.string().map((s) => new TextEncoder().encode(`{"text": "${s}`)),
  fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    .map((bytes) => Uint8Array.from([0x7b, 0xff, 0xfe, ...bytes])),
  fc
    .constantFrom('text', 'reply', 'body', 'email', 'name')
    .map((field) =>
      Uint8Array.from([
        ...new TextEncoder().encode(`{"${field}":"`),
        0xc3,
        0x28,
        0xed,
        0xa0,
        0x80,
        0x22,
        0x7d,
      ]),
    ),
);
