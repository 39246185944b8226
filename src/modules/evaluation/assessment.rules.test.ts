import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  differenceOf,
  indicatorOf,
  levelValueOf,
  needsOverrideReason,
  overwritten,
  sameValue,
} from './assessment.rules.ts';
import { instrumentDefinition } from './instrument.schema.ts';
import { inspection } from './instruments/inspection.ts';

const def = instrumentDefinition.parse(inspection);

describe('assessment rules', () => {
  it('takes only the indicator’s levels, spelled as the instrument spells them', () => {
    const i = indicatorOf(def, 'kebersihan');
    assert.ok(i);
    assert.equal(levelValueOf(i, '0.50'), '0.5');
    assert.equal(levelValueOf(i, 1), '1');
    assert.equal(levelValueOf(i, '0.25'), null);
    assert.equal(levelValueOf(i, '2'), null);
    assert.equal(indicatorOf(def, 'tidak-ada'), undefined);
    assert.ok(sameValue('1.0', 1));
    assert.ok(!sameValue('x', 1));
  });

  it('asks a reason only for a value other than the suggestion', () => {
    assert.equal(needsOverrideReason(null, '1'), false);
    assert.equal(needsOverrideReason('1', '1.0'), false);
    assert.equal(needsOverrideReason('1', '0.5'), true);
    assert.equal(needsOverrideReason('1', '0.5', '  '), true);
    assert.equal(needsOverrideReason('1', '0.5', 'Loket 2 kosong saat kunjungan'), false);
  });

  it('names the save a write replaced unseen', () => {
    const stored = { revision: 3, by: 'a' };
    assert.equal(overwritten(undefined, stored), null);
    assert.equal(overwritten(3, stored), null);
    assert.equal(overwritten(2, stored), stored);
    assert.equal(overwritten(0, undefined), null);
  });

  it('shows the gap between the evaluators and the self-assessment', () => {
    assert.equal(differenceOf('3', '5'), '-2');
    assert.equal(differenceOf('0.5', '1'), '-0.5');
    assert.equal(differenceOf('4', '4'), '0');
    assert.equal(differenceOf(null, '4'), null);
  });
});
