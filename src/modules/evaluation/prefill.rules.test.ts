import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levelForIkm, levelForShare, percent } from './prefill.rules.ts';

const yesNo = [{ value: 0 }, { value: '0.5' }, { value: 1 }];
const twoLevels = [{ value: 0 }, { value: 1 }];
const zeroToFive = [0, 1, 2, 3, 4, 5].map((value) => ({ value }));

describe('prefill mapping', () => {
  it('maps a share on Tidak / Sebagian / Ya: from 90% Ya, from 50% Sebagian, else Tidak', () => {
    assert.equal(levelForShare(1, yesNo), '1');
    assert.equal(levelForShare(0.9, yesNo), '1');
    assert.equal(levelForShare(0.8999, yesNo), '0.5');
    assert.equal(levelForShare(0.5, yesNo), '0.5');
    assert.equal(levelForShare(0.4999, yesNo), '0');
    assert.equal(levelForShare(0, yesNo), '0');
    assert.equal(levelForShare(0.7, twoLevels), '0');
    assert.equal(levelForShare(0.95, twoLevels), '1');
  });
  it('places a share proportionally on 0–5, rounded down', () => {
    const cases: [number, string][] = [
      [1, '5'],
      [0.99, '4'],
      [0.8, '4'],
      [0.7999, '3'],
      [0.6, '3'],
      [0.7, '3'],
      [0.4, '2'],
      [0.2, '1'],
      [0.19, '0'],
      [0, '0'],
    ];
    for (const [share, level] of cases) assert.equal(levelForShare(share, zeroToFive), level, String(share));
  });
  it('says nothing without a figure', () => {
    assert.equal(levelForShare(null, yesNo), null);
    assert.equal(levelForShare(Number.NaN, yesNo), null);
    assert.equal(levelForIkm(null, null, zeroToFive), null);
  });
  it('maps the IKM by its grade on short scales and by its value on 0–5', () => {
    assert.equal(levelForIkm('A', 90, yesNo), '1');
    assert.equal(levelForIkm('B', 80, yesNo), '1');
    assert.equal(levelForIkm('C', 70, yesNo), '0.5');
    assert.equal(levelForIkm('D', 50, yesNo), '0');
    // (85 − 25) / 75 = 0.8 → 4; (100 − 25) / 75 = 1 → 5; (70 − 25) / 75 = 0.6 → 3.
    assert.equal(levelForIkm('B', 85, zeroToFive), '4');
    assert.equal(levelForIkm('A', 100, zeroToFive), '5');
    assert.equal(levelForIkm('C', 70, zeroToFive), '3');
  });
  it('writes shares the Indonesian way', () => {
    assert.equal(percent(0.925), '92,5%');
    assert.equal(percent(1), '100%');
    assert.equal(percent(2 / 3), '66,7%');
  });
});
