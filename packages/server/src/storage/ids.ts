import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 generator: ids sort by creation time (the first 48 bits are the millisecond clock), so
 * rows created in the same millisecond keep their insertion order through a counter in the
 * random bits. Returns a fresh generator so tests and stores do not share state.
 * @example const newId = createIdGenerator(); newId() // '018f3c6e-...'
 */
export function createIdGenerator(clock: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    let ms = clock();
    if (ms <= lastMs) {
      ms = lastMs;
      counter++;
      if (counter > 0xfff) {
        // 4096 ids in one millisecond: borrow the next millisecond rather than lose the order.
        ms = lastMs + 1;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMs = ms;
    const bytes = randomBytes(16);
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
