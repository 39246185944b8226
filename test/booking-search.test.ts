import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterServices, indexServices } from '../web/src/features/booking/service-filter.ts';

const services = [
  { name: 'Perekaman KTP-el', agencyName: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { name: 'Akta Kelahiran', agencyName: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { name: 'Paspor Baru', agencyName: 'Kantor Imigrasi' },
  { name: 'Perpanjangan SIM A', agencyName: 'Kepolisian Resor' },
  { name: 'Pendaftaran NPWP', agencyName: 'Kantor Pelayanan Pajak' },
];
const index = indexServices(services);
const names = (q: string) => filterServices(index, q).map((s) => s.name);

/** The booking page's service search: tolerant of how citizens type, in Indonesian. */
describe('booking service search', () => {
  it('lists everything for an empty query', () => {
    assert.equal(names('  ').length, services.length);
  });
  it('finds by a stem and across word forms: "akta lahir" → Akta Kelahiran', () => {
    assert.deepEqual(names('akta lahir'), ['Akta Kelahiran']);
  });
  it('absorbs a typo and a missing space', () => {
    assert.deepEqual(names('pasport'), ['Paspor Baru']);
    assert.deepEqual(names('aktakelahiran'), ['Akta Kelahiran']);
  });
  it('ignores case, punctuation and filler words', () => {
    assert.deepEqual(names('cara mengurus KTP el'), ['Perekaman KTP-el']);
    assert.deepEqual(names('sim'), ['Perpanjangan SIM A']);
  });
  it('matches the agency as typed so far', () => {
    assert.deepEqual(names('imigr'), ['Paspor Baru']);
    assert.deepEqual(names('pajak npwp'), ['Pendaftaran NPWP']);
  });
  it('finds nothing for an unrelated word', () => {
    assert.deepEqual(names('zebra'), []);
  });
});
