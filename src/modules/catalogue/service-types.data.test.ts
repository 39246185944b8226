import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceTypeCode } from './catalogue.schemas.ts';
import { isChoosableServiceType, serviceTypeGroups, serviceTypes } from './service-types.data.ts';

describe('the national reference list of service types', () => {
  it('has 60+ types with unique codes in the shape migration 0027 checks', () => {
    assert.ok(serviceTypes.length >= 60, `only ${serviceTypes.length}`);
    const codes = serviceTypes.map((t) => t.code);
    assert.equal(new Set(codes).size, codes.length, 'codes are unique');
    for (const code of codes) assert.match(code, /^[A-Z0-9][A-Z0-9_]{1,39}$/);
  });

  it('names every type in Indonesian and English, in a known group, with the catch-all LAINNYA', () => {
    for (const t of serviceTypes) {
      assert.ok(t.nameId.length >= 3 && t.nameEn.length >= 3, t.code);
      assert.notEqual(t.nameId, t.nameEn, `${t.code}: the English name is a translation`);
      assert.ok(t.group in serviceTypeGroups, `${t.code}: group ${t.group}`);
    }
    const used = new Set(serviceTypes.map((t) => t.group));
    assert.deepEqual(
      Object.keys(serviceTypeGroups).filter((g) => !used.has(g as keyof typeof serviceTypeGroups)),
      [],
      'every group has types',
    );
    for (const code of [
      'KTP_EL',
      'KK',
      'AKTA_LAHIR',
      'PASPOR',
      'SKCK',
      'NIB',
      'PBG',
      'BPJS_KES_DAFTAR',
      'LAINNYA',
    ])
      assert.ok(isChoosableServiceType(code), code);
  });

  it('a service accepts a listed code in any case and refuses an unknown one', () => {
    assert.equal(serviceTypeCode.parse(' paspor '), 'PASPOR');
    assert.equal(serviceTypeCode.safeParse('PASPORT').success, false);
  });
});
