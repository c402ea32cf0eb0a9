/**
 * Per-user token buckets: each user may make `capacity` requests at once, refilled at
 * `capacity / windowMs`. The map is bounded so a flood of distinct users cannot grow memory.
 */
export interface RateLimitOptions {
  capacity?: number;
  windowMs?: number;
  maxUsers?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  readonly capacity: number;
  readonly windowMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;
  private readonly buckets = new Map<string, Bucket>();

  constructor({ capacity = 5, windowMs = 10_000, maxUsers = 10_000, now = Date.now }: RateLimitOptions = {}) {
    this.capacity = capacity;
    this.windowMs = windowMs;
    this.maxUsers = maxUsers;
    this.now = now;
  }

  /** Takes one token for `userId` if there is one. */
  take(userId: string): RateDecision {
    const now = this.now();
    const rate = this.capacity / this.windowMs;
    const bucket = this.buckets.get(userId) ?? { tokens: this.capacity, updated: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updated) * rate);
    bucket.updated = now;
    // Re-inserting keeps the map in least-recently-used order for eviction.
    this.buckets.delete(userId);
    this.buckets.set(userId, bucket);
    if (this.buckets.size > this.maxUsers) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / rate) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

export function rateLimitMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`;
}
