import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateId, decimalId } from '../../shared/pdf/indonesian-text.ts';
import { reportNumber } from './report.rules.ts';

describe('evaluation report rules', () => {
  it('numbers reports per site and year, by kind', () => {
    assert.equal(reportNumber('assessment', 'SBY', 2026, 3), '700/003/EVAL/SBY/2026');
    assert.equal(reportNumber('follow_up', 'TTG', 2027, 12), '700/012/TL/TTG/2027');
  });
  it('writes dates and decimals as an Indonesian reader does', () => {
    assert.equal(dateId('2026-07-01'), '1 Juli 2026');
    assert.equal(decimalId('3.25'), '3,25');
    assert.equal(decimalId(null, '-'), '-');
  });
});
