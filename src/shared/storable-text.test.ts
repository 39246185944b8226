import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { unstorableFields } from './storable-text.ts';

describe('unstorable text', () => {
  it('names every string PostgreSQL cannot store, keys included, with its dotted path', () => {
    const body = {
      name: 'a\u0000b',
      fine: 'Dinas Kependudukan — ✓ ñ 😀',
      list: ['ok', 'x\ud800'],
      nested: { deep: [{ note: '\u0000' }] },
      'k\u0000': 1,
    };
    assert.deepEqual(unstorableFields(body, 'body'), [
      'body.name',
      'body.list.1',
      'body.nested.deep.0.note',
      'body.k\\u0000',
    ]);
  });

  it('accepts anything else: numbers, booleans, null, well-formed text', () => {
    fc.assert(
      fc.property(
        fc.json().map((text) => JSON.parse(text) as unknown),
        (value) => {
          const clean = JSON.parse(JSON.stringify(value).replaceAll('\\u0000', '')) as unknown;
          assert.deepEqual(unstorableFields(clean, 'body'), []);
        },
      ),
      { seed: 19, numRuns: 200 },
    );
    assert.deepEqual(unstorableFields(undefined, 'body'), []);
    assert.deepEqual(unstorableFields({ n: 1, b: true, z: null }, 'query'), []);
  });

  it('stops after ten fields', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, '\u0000']));
    assert.equal(unstorableFields(many, 'body').length, 10);
  });
});
