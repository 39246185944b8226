import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSearchDocument, normalize, parseQuery, stem } from './search.rules.ts';

describe('normalize', () => {
  it('folds case, accents and punctuation', () => {
    assert.equal(normalize('  KTP-el  (Élektronik) '), 'ktp el elektronik');
  });
});

describe('stem', () => {
  const cases: [string, string][] = [
    ['kelahiran', 'lahir'],
    ['kematian', 'mati'],
    ['perkawinan', 'kawin'],
    ['perizinan', 'izin'],
    ['pendaftaran', 'daftar'],
    ['perpanjangan', 'panjang'],
    ['kesehatan', 'sehat'],
    ['penduduk', 'duduk'],
    ['berusaha', 'usaha'],
    ['paspor', 'paspor'],
    ['akta', 'akta'],
  ];
  for (const [word, root] of cases) {
    it(`${word} → ${root}`, () => assert.equal(stem(word), root));
  }
  it('leaves numbers and short words alone', () => {
    assert.equal(stem('pp28'), 'pp28');
    assert.equal(stem('kk'), 'kk');
  });
});

describe('search documents and queries', () => {
  const doc = buildSearchDocument({
    name: 'Akta Kelahiran',
    code: 'DUKCAPIL-AKTA-LAHIR',
    category: 'Kependudukan',
    keywords: ['akte kelahiran', 'birth certificate'],
    agencyName: 'Dinas Kependudukan dan Pencatatan Sipil',
    agencyShortName: 'Dispendukcapil',
  });

  it('indexes words and their stems', () => {
    const words = doc.searchText.split(' ');
    assert.ok(words.includes('kelahiran'));
    assert.ok(words.includes('lahir'));
    assert.ok(words.includes('dispendukcapil'));
  });

  it('keeps a compact form for input typed without spaces', () => {
    assert.ok(doc.searchCompact.split(' ').includes('aktakelahiran'));
  });

  it('parses a query into stemmed tokens without filler words', () => {
    assert.deepEqual(parseQuery('Cara mengurus akta kelahiran').words, [
      { forms: ['akta'] },
      { forms: ['kelahiran', 'lahir'] },
    ]);
    assert.deepEqual(parseQuery('akta lahir').words, [{ forms: ['akta'] }, { forms: ['lahir'] }]);
    assert.equal(parseQuery('KTP-el').compact, 'ktpel');
  });

  it('keeps filler words when the query has nothing else', () => {
    assert.deepEqual(parseQuery('layanan').words, [{ forms: ['layanan', 'layan'] }]);
  });
});
