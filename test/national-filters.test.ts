import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeFilters, filterQuery, linkWith, readFilters } from '../web/src/features/national/filters.ts';

/** The national pages keep their choices in the address: read, changed and passed on without losing any. */
describe('national view filters in the address', () => {
  it('reads every filter, and drops a month that is not YYYY-MM', () => {
    const f = readFilters(
      new URLSearchParams('measure=wait_p90&from=2026-13&to=2026-06&province=Jawa%20Timur&kind=city'),
    );
    assert.deepEqual(f, {
      measure: 'wait_p90',
      from: null,
      to: '2026-06',
      province: 'Jawa Timur',
      kind: 'city',
      size: null,
    });
  });

  it('changes some filters, removes those set to null and keeps other parameters', () => {
    const next = changeFilters(new URLSearchParams('measure=ikm&province=Bali&trend=served'), {
      province: null,
      size: 'large',
    });
    assert.equal(next.toString(), 'measure=ikm&trend=served&size=large');
  });

  it('never leaves a period that ends before it starts: the other end follows', () => {
    const base = new URLSearchParams('from=2026-03&to=2026-06');
    assert.equal(changeFilters(base, { from: '2026-09' }).toString(), 'from=2026-09&to=2026-09');
    assert.equal(changeFilters(base, { to: '2026-01' }).toString(), 'from=2026-01&to=2026-01');
  });

  it('builds the API query in a stable order from the keys asked for, and links that carry them', () => {
    const f = readFilters(new URLSearchParams('size=small&province=Aceh&to=2026-05&measure=served'));
    assert.equal(filterQuery(f), 'measure=served&to=2026-05&province=Aceh&size=small');
    assert.equal(filterQuery(f, ['from', 'to']), 'to=2026-05');
    assert.equal(linkWith('/nasional/situs/SBY', f, ['from', 'to']), '/nasional/situs/SBY?to=2026-05');
    assert.equal(linkWith('/nasional/provinsi', {}, ['from']), '/nasional/provinsi');
  });
});
