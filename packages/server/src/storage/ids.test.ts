import { describe, expect, it } from 'vitest';
import { createIdGenerator } from './ids.js';

describe('createIdGenerator', () => {
  it('makes UUIDv7 ids that sort in creation order, even within one millisecond', () => {
    let ms = 1_700_000_000_000;
    const newId = createIdGenerator(() => ms);
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i % 1000 === 0) ms += 1;
      ids.push(newId());
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps order when the clock steps backwards', () => {
    const times = [2000, 1000, 1000];
    const newId = createIdGenerator(() => times.shift() ?? 0);
    const ids = [newId(), newId(), newId()];
    expect([...ids].sort()).toEqual(ids);
  });
});
