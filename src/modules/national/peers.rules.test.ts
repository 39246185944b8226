import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  median,
  monthsBetween,
  nearestPeers,
  ranks,
  regionKind,
  shiftMonth,
  sizeBand,
} from './peers.rules.ts';

describe('national peer groups', () => {
  it('reads city or regency from the city name as regions write it', () => {
    assert.equal(regionKind('Kota Surabaya'), 'city');
    assert.equal(regionKind('KOTA Tebing Tinggi'), 'city');
    assert.equal(regionKind('Kabupaten Sleman'), 'regency');
    assert.equal(regionKind('Kab. Bogor'), 'regency');
    assert.equal(regionKind('Kotabaru'), 'other');
    assert.equal(regionKind(null), 'other');
  });

  it('bands sizes by visitors served per month', () => {
    assert.equal(sizeBand(0), 'small');
    assert.equal(sizeBand(999), 'small');
    assert.equal(sizeBand(1000), 'medium');
    assert.equal(sizeBand(4999.5), 'medium');
    assert.equal(sizeBand(5000), 'large');
  });

  it('ranks by direction with ties sharing the better rank, leaving unpublished values out', () => {
    assert.deepEqual(ranks([10, 30, 30, null, 5], 'higher_better'), [3, 1, 1, null, 4]);
    assert.deepEqual(ranks([10, 30, 30, null, 5], 'lower_better'), [2, 3, 3, null, 1]);
  });

  it('takes the median of published values', () => {
    assert.equal(median([3, null, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.equal(median([null]), null);
  });

  it('finds sites like mine among the same kind and size, nearest on a log scale', () => {
    const me = { id: 'm', kind: 'city' as const, sizeBand: 'medium' as const, servedPerMonth: 2000 };
    const peers = [
      { id: 'a', kind: 'city' as const, sizeBand: 'medium' as const, servedPerMonth: 4000 },
      { id: 'b', kind: 'city' as const, sizeBand: 'medium' as const, servedPerMonth: 1100 },
      { id: 'c', kind: 'regency' as const, sizeBand: 'medium' as const, servedPerMonth: 2000 },
      { id: 'd', kind: 'city' as const, sizeBand: 'large' as const, servedPerMonth: 5100 },
      { id: 'e', kind: 'city' as const, sizeBand: 'medium' as const, servedPerMonth: 2100 },
    ];
    assert.deepEqual(
      nearestPeers(me, [me, ...peers], 2).map((p) => p.id),
      ['e', 'b'],
    );
  });

  it('walks months', () => {
    assert.deepEqual(monthsBetween('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(monthsBetween('2026-03', '2026-02'), []);
    assert.equal(shiftMonth('2026-01', 11), '2025-02');
    assert.equal(shiftMonth('2026-12', 0), '2026-12');
    assert.equal(shiftMonth('2025-12', -1), '2026-01');
  });
});
