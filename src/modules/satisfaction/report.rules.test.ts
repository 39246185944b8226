import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countId, dateId, decimalId } from '../../shared/pdf/indonesian-text.ts';
import { ELEMENT_IDS } from './elements.ts';
import { computeIndex, type Tally } from './ikm.rules.ts';
import { weakestElements } from './report.rules.ts';

function tally(pairs: [number, number][]): Tally {
  return {
    respondents: Math.max(...pairs.map(([, n]) => n)),
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, { sum: pairs[i]?.[0] ?? 0, answered: pairs[i]?.[1] ?? 0 }]),
    ) as Tally['elements'],
  };
}

describe('report rules', () => {
  it('ranks the weakest elements exactly, ties in the regulation order, unanswered left out', () => {
    // NRR: 3.5, 2/3·… : requirements 7/2, procedure 10/3 (3.333…), time 10/3, fee 4, product 3.3333 (3333/1000 < 10/3)
    const result = computeIndex(
      tally([
        [7, 2],
        [10, 3],
        [10, 3],
        [12, 3],
        [3333, 1000],
        [0, 0],
        [12, 3],
        [12, 3],
        [9, 3],
      ]),
    );
    assert.deepEqual(weakestElements(result), ['facilities', 'product', 'procedure']);
    assert.deepEqual(weakestElements(result, 4), ['facilities', 'product', 'procedure', 'time']);
  });

  it('writes decimals and dates the Indonesian way', () => {
    assert.equal(decimalId('88.31'), '88,31');
    assert.equal(decimalId(null), '—');
    assert.equal(dateId('2026-07-01'), '1 Juli 2026');
    assert.equal(dateId('2025-12-31'), '31 Desember 2025');
    assert.equal(countId(1000), '1.000');
    assert.equal(countId(306974), '306.974');
    assert.equal(countId(32), '32');
  });
});
