import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { effectiveDate } from './standard.rules.ts';

describe('effective date of a new standard version', () => {
  it("is the site's date, not the UTC date, after midnight WIB", () => {
    assert.equal(effectiveDate(new Date('2026-12-04T17:30:00Z'), ['Asia/Jakarta']), '2026-12-05');
  });
  it('defaults to WIB for a service offered at no site', () => {
    assert.equal(effectiveDate(new Date('2026-12-04T17:30:00Z'), []), '2026-12-05');
    assert.equal(effectiveDate(new Date('2026-12-04T16:59:00Z'), []), '2026-12-04');
  });
  it('takes the earliest date when the sites sit in different zones', () => {
    // 23:30 WIB = 01:30 WIT the next day: the version must not look future-dated at the WIB site.
    const now = new Date('2026-12-04T16:30:00Z');
    assert.equal(effectiveDate(now, ['Asia/Jayapura']), '2026-12-05');
    assert.equal(effectiveDate(now, ['Asia/Jayapura', 'Asia/Jakarta', 'Asia/Makassar']), '2026-12-04');
  });
});
