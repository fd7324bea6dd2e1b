/**
 * In-memory token buckets: each key may spend `burst` requests at once and regains `perMinute`
 * per minute. One process is enough for the web channel; behind several replicas the limits
 * are per replica, which still bounds abuse.
 */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one more request is allowed (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

const MAX_KEYS = 50_000;

export interface RateLimiter {
  take(key: string): RateDecision;
}

export function createRateLimiter(rule: BucketRule, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = rule.perMinute / 60_000;

  // Full buckets carry no information, so dropping them when the map grows loses nothing.
  function prune(at: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updatedMs) * refillPerMs >= rule.burst) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      if (buckets.size >= MAX_KEYS) prune(at);
      const bucket = buckets.get(key) ?? { tokens: rule.burst, updatedMs: at };
      bucket.tokens = Math.min(rule.burst, bucket.tokens + (at - bucket.updatedMs) * refillPerMs);
      bucket.updatedMs = at;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0 };
      }
      const waitMs = (1 - bucket.tokens) / refillPerMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
