import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitMessage } from '../../src/discord/rateLimit.ts';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows 5 requests in a burst, then refuses with a wait time', () => {
    const time = clock();
    const limiter = new RateLimiter({ capacity: 5, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 5; i++) expect(limiter.take('u1').allowed).toBe(true);
    const refused = limiter.take('u1');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(2000);
    }
  });

  it('refills at capacity per window', () => {
    const time = clock();
    const limiter = new RateLimiter({ capacity: 5, windowMs: 10_000, now: time.now });
    for (let i = 0; i < 5; i++) limiter.take('u1');
    expect(limiter.take('u1').allowed).toBe(false);
    time.advance(2000);
    expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
    time.advance(10_000);
    for (let i = 0; i < 5; i++) expect(limiter.take('u1').allowed).toBe(true);
    expect(limiter.take('u1').allowed).toBe(false);
  });

  it('keeps users apart', () => {
    const time = clock();
    const limiter = new RateLimiter({ capacity: 2, windowMs: 10_000, now: time.now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('stays bounded in memory', () => {
    const limiter = new RateLimiter({ maxUsers: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`user${i}`);
    expect(limiter.size).toBe(100);
  });

  it('tells the user how long to wait', () => {
    expect(rateLimitMessage(1200)).toMatch(/wait 2 seconds/);
    expect(rateLimitMessage(10)).toMatch(/wait 1 second\b/);
  });
});
