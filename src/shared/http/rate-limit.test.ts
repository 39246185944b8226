import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.ts';

describe('per-address rate limit', () => {
  it('refuses past the rate and refills with time', () => {
    const limiter = new RateLimiter(3);
    assert.deepEqual(
      [1, 2, 3, 4].map(() => limiter.allow('a', 0)),
      [true, true, true, false],
    );
    assert.equal(limiter.allow('a', 20_000), true, 'one token back after 20 s at 3 per minute');
  });

  it('when full, forgets the least recently seen address only, not every address', () => {
    const limiter = new RateLimiter(2);
    // The scripted client is out of tokens.
    limiter.allow('scalper', 0);
    limiter.allow('scalper', 0);
    assert.equal(limiter.allow('scalper', 0), false);
    // 60,000 other addresses pass through (more than the 50,000 kept); the scalper keeps trying meanwhile.
    for (let i = 0; i < 60_000; i++) {
      limiter.allow(`10.0.${i >> 8}.${i & 255}`, 1);
      if (i % 10_000 === 0) assert.equal(limiter.allow('scalper', 1), false);
    }
    assert.equal(limiter.size, 50_000);
    assert.equal(limiter.allow('scalper', 1), false, 'still throttled: it was not forgotten');
  });
});
