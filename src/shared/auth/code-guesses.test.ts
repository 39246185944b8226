import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeGuessLimit, codeLockSeconds } from './code-guesses.ts';

const now = new Date('2026-12-04T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('per-code guess lock', () => {
  it('is open below the free wrong answers', () => {
    assert.equal(codeLockSeconds(0, null, now), 0);
    assert.equal(codeLockSeconds(codeGuessLimit.free - 1, ago(0), now), 0);
  });

  it('locks for a minute, then doubles with each further wrong answer, up to the cap', () => {
    const free = codeGuessLimit.free;
    assert.equal(codeLockSeconds(free, ago(0), now), 60);
    assert.equal(codeLockSeconds(free + 1, ago(0), now), 120);
    assert.equal(codeLockSeconds(free + 2, ago(0), now), 240);
    assert.equal(codeLockSeconds(free + 50, ago(0), now), codeGuessLimit.capSeconds);
    assert.ok(codeGuessLimit.capSeconds <= 6 * 3600, 'a few hours at most, never a day');
  });

  it('counts from the latest wrong answer', () => {
    assert.equal(codeLockSeconds(codeGuessLimit.free, ago(50), now), 10);
    assert.equal(codeLockSeconds(codeGuessLimit.free, ago(61), now), 0);
  });
});
