import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingComponents } from './standard.coverage.ts';

const complete = {
  requirements: [{ name: 'KTP-el' }],
  procedure: [{ title: 'Ambil antrean' }],
  completionTimeAmount: 1,
  feeAmount: '0',
  feeIsFree: true,
  product: 'KTP-el',
  complaintChannels: [{ kind: 'phone', value: '112' }],
  legalBasis: [{ title: 'UU 25/2009' }],
  facilities: ['Ruang tunggu'],
  implementerCompetence: ['Terlatih'],
  internalSupervision: 'Kepala dinas',
  implementerCount: 2,
  serviceGuarantee: 'Tepat waktu',
  securityGuarantee: 'Data aman',
  performanceEvaluation: 'Tiap tahun',
};

describe('standard coverage of the 14 components', () => {
  it('finds nothing missing in a complete standard', () => {
    assert.deepEqual(missingComponents(complete), []);
  });
  it('names each missing component; a paid service with no fee lacks its fee', () => {
    assert.deepEqual(
      missingComponents({
        ...complete,
        facilities: [],
        feeIsFree: false,
        feeAmount: 0,
        securityGuarantee: ' ',
      }),
      ['biaya/tarif', 'sarana, prasarana dan/atau fasilitas', 'jaminan keamanan dan keselamatan'],
    );
  });
});
