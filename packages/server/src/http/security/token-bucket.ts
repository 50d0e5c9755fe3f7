/** How many requests a caller may make at once (`burst`) and how fast the allowance refills. */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

/**
 * In-memory token buckets, one per key (an IP and e-mail address, an API key's hash). Per
 * process: several Rapport processes behind a balancer each allow the full rate. At most
 * `maxKeys` buckets are kept; the oldest go first, so random keys cannot exhaust memory.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token for `key`: 0 when allowed, otherwise the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const refillPerMs = this.rule.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.burst, at: now };
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.delete(key); // re-inserted below: the map's order is least recently used first
    if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
  }
}
