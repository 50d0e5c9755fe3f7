import { describe, expect, it } from 'vitest';
import { deliveryHealth } from './delivery-health.js';

const delivery = (status: 'pending' | 'sent' | 'failed', lastError: string | null, attempts = 1) => ({
  webhookId: 'w1',
  status,
  attempts,
  nextAttemptAt: '2026-11-23T10:00:00.000Z',
  lastError,
});

describe('deliveryHealth', () => {
  it('counts deliveries by status and names the latest problem', () => {
    expect(deliveryHealth([])).toBe('no deliveries yet');
    expect(deliveryHealth([delivery('sent', null), delivery('sent', null)])).toBe(
      '2 sent · 0 waiting · 0 failed',
    );
    // Newest first: the failed one is the latest problem, even though an older one is waiting.
    expect(
      deliveryHealth([
        delivery('failed', 'HTTP 410', 1),
        delivery('pending', 'HTTP 503', 2),
        delivery('sent', null),
      ]),
    ).toBe('1 sent · 1 waiting · 1 failed — last error: HTTP 410 (attempt 1, given up)');
    expect(deliveryHealth([delivery('pending', 'fetch failed', 3)])).toMatch(
      /^0 sent · 1 waiting · 0 failed — last error: fetch failed \(attempt 3, next try .+\)$/,
    );
  });
});
