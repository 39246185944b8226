import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callAnnouncement, indonesianNumber, spokenTicketNumber } from './announce.rules.ts';

describe('announcements', () => {
  it('says numbers the Indonesian way', () => {
    assert.equal(indonesianNumber(0), 'nol');
    assert.equal(indonesianNumber(3), 'tiga');
    assert.equal(indonesianNumber(10), 'sepuluh');
    assert.equal(indonesianNumber(11), 'sebelas');
    assert.equal(indonesianNumber(12), 'dua belas');
    assert.equal(indonesianNumber(20), 'dua puluh');
    assert.equal(indonesianNumber(35), 'tiga puluh lima');
    assert.equal(indonesianNumber(100), 'seratus');
    assert.equal(indonesianNumber(111), 'seratus sebelas');
    assert.equal(indonesianNumber(250), 'dua ratus lima puluh');
    assert.equal(indonesianNumber(1000), 'seribu');
    assert.equal(indonesianNumber(2019), 'dua ribu sembilan belas');
    assert.throws(() => indonesianNumber(-1), RangeError);
  });

  it('reads ticket digits one by one after the booth letter', () => {
    assert.equal(spokenTicketNumber('B-017'), 'B nol satu tujuh');
    assert.equal(spokenTicketNumber('AB-1203'), 'AB satu dua nol tiga');
  });

  it('builds the whole call', () => {
    assert.equal(
      callAnnouncement({ number: 'B-017', counterNumber: 3, boothName: 'Dispendukcapil' }),
      'Nomor antrean B nol satu tujuh, silakan menuju loket tiga, Dispendukcapil',
    );
  });
});
