export { DEFAULT_RATE_LIMITS, type RateLimits, rateLimits, securityHeaders } from './security-middleware.js';
export { type BucketRule, TokenBuckets } from './token-bucket.js';
