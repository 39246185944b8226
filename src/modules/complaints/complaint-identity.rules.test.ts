import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identityShown, maskEmail, maskName } from './complaint-identity.rules.ts';

describe('complainant identity: who sees how much', () => {
  it('withholds a confidential identity from the agency until released, and always from readers', () => {
    assert.equal(identityShown('confidential', false, 'agency'), 'withheld');
    assert.equal(identityShown('confidential', true, 'agency'), 'masked');
    assert.equal(identityShown('confidential', false, 'handler'), 'masked');
    assert.equal(identityShown('confidential', true, 'reader'), 'withheld');
    assert.equal(identityShown('named', false, 'agency'), 'masked');
    assert.equal(identityShown('named', false, 'reader'), 'masked');
    for (const v of ['handler', 'agency', 'reader'] as const)
      assert.equal(identityShown('anonymous', true, v), 'none');
  });

  it('masks names and e-mail addresses without their length', () => {
    assert.equal(maskName('  budi   Santoso '), 'B*** S***');
    assert.equal(maskName('Ani'), 'A***');
    assert.equal(maskEmail('budi.santoso@example.org'), 'b***@example.org');
    assert.equal(maskEmail('nonsense'), '***');
  });
});
