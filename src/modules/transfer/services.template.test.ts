import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ColumnKey,
  cellsByColumn,
  columnByKey,
  exampleCells,
  hintCells,
  isBlankRow,
  isHintRow,
  mapHeader,
  type ParsedServiceRow,
  parseServiceRow,
  parseWholeNumber,
  type RowIssue,
  type RowResult,
  resolveBoothRefs,
  serviceColumns,
  serviceToCells,
} from './services.template.ts';

function ok(result: RowResult): ParsedServiceRow {
  if ('errors' in result) assert.fail(`expected a valid row, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.ok;
}

function errors(result: RowResult): RowIssue[] {
  if ('ok' in result) assert.fail('expected errors, the row was accepted');
  return result.errors;
}

/** A valid row (the template's example) with some cells changed. */
const row = (changes: Partial<Record<ColumnKey, string>> = {}) => ({ ...exampleCells(), ...changes });

describe('parseServiceRow', () => {
  it('reads the example row into a service with its whole standard', () => {
    const { service, booths, agencyCode } = ok(parseServiceRow(row()));
    assert.equal(agencyCode, null);
    assert.equal(service.code, 'CONTOH-KIA');
    assert.deepEqual(service.keywords, ['kia', 'kartu anak', 'identitas anak']);
    assert.equal(service.averageServiceMinutes, 10);
    assert.equal(service.bookable, true);
    assert.equal(service.dailyQuota, 100);
    const st = service.standard;
    assert.equal(st.requirements.length, 4);
    assert.deepEqual(st.requirements[0], {
      name: 'Kutipan akta kelahiran anak',
      description: 'asli dan fotokopi',
      mandatory: true,
      isDocument: true,
    });
    assert.equal(st.requirements[2]?.mandatory, false);
    assert.equal(st.requirements[3]?.isDocument, false);
    assert.equal(st.procedure.length, 4);
    assert.deepEqual(st.procedure[1], {
      title: 'Petugas memverifikasi berkas',
      description: 'berkas tidak lengkap dikembalikan dengan penjelasan',
    });
    assert.deepEqual(st.completionTime, { amount: 1, unit: 'hours' });
    assert.equal(st.fee.amount, 0);
    assert.equal(st.fee.isFree, true);
    assert.deepEqual(
      st.complaintChannels.map((c) => c.kind),
      ['sp4n_lapor', 'whatsapp', 'in_person'],
    );
    assert.equal(st.complaintChannels[0]?.value, 'www.lapor.go.id');
    assert.equal(st.legalBasis.length, 2);
    assert.equal(st.implementerCount, 4);
    assert.deepEqual(booths, [{ siteCode: null, prefix: 'A' }]);
  });

  it('collects every problem of a row, each naming its column, without repeating one', () => {
    const issues = errors(parseServiceRow(row({ name: '', completionTimeUnit: 'minggu' })));
    assert.deepEqual(
      issues.map((i) => i.column).sort(),
      [columnByKey.completionTimeUnit.header, columnByKey.name.header].sort(),
    );
    const unit = issues.find((i) => i.field === 'standard.completionTime.unit');
    assert.match(unit?.message.id ?? '', /minggu.*menit, jam, hari kerja/);
    assert.match(unit?.message.en ?? '', /Unknown unit/);
    assert.equal(issues.find((i) => i.field === 'name')?.message.id, 'Wajib diisi.');
  });

  it('refuses a cell PostgreSQL cannot store (a NUL, a broken character), naming its column', () => {
    const issues = errors(parseServiceRow(row({ name: 'KTP\u0000', description: 'x\ud800' })));
    assert.deepEqual(
      issues.map((i) => i.column).sort(),
      [columnByKey.description.header, columnByKey.name.header].sort(),
    );
    assert.match(issues[0]?.message.en ?? '', /cannot be stored/);
  });

  it('reports empty required cells and list columns with no lines', () => {
    const issues = errors(
      parseServiceRow(row({ requirements: '\n  \n', product: '', implementerCount: '', feeAmount: '' })),
    );
    const columns = new Set(issues.map((i) => i.column));
    for (const key of ['requirements', 'product', 'implementerCount', 'feeAmount'] as const) {
      assert.ok(columns.has(columnByKey[key].header), `no issue for ${key}`);
    }
  });

  it('names the item inside a list cell', () => {
    const issues = errors(
      parseServiceRow(
        row({ requirements: 'KTP-el | asli | wajib | dokumen\nKK | asli | mungkin | dokumen' }),
      ),
    );
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.field, 'standard.requirements.1.mandatory');
    assert.match(issues[0]?.message.id ?? '', /^Isian ke-2/);
    assert.match(issues[0]?.message.en ?? '', /^Item 2/);
  });

  it('defaults the optional parts of a requirement and strips list numbering', () => {
    const { service } = ok(
      parseServiceRow(
        row({
          requirements: '1. KTP-el asli\n2) Kartu Keluarga | fotokopi',
          procedure: '- Datang\n- Dilayani',
        }),
      ),
    );
    assert.deepEqual(service.standard.requirements, [
      { name: 'KTP-el asli', description: '', mandatory: true, isDocument: true },
      { name: 'Kartu Keluarga', description: 'fotokopi', mandatory: true, isDocument: true },
    ]);
    assert.deepEqual(
      service.standard.procedure.map((p) => p.title),
      ['Datang', 'Dilayani'],
    );
  });

  it('reads a conditional requirement with its condition, and writes it back the same way', () => {
    const { service, agencyCode, booths } = ok(
      parseServiceRow(
        row({ requirements: 'KTP-el asli\nSurat kuasa | bermeterai | bersyarat: jika dikuasakan | dokumen' }),
      ),
    );
    assert.deepEqual(service.standard.requirements[1], {
      name: 'Surat kuasa',
      description: 'bermeterai',
      mandatory: false,
      isDocument: true,
      condition: 'jika dikuasakan',
    });
    const cells = serviceToCells({ ...service, agencyCode, booths });
    assert.match(cells.requirements, /Surat kuasa \| bermeterai \| bersyarat: jika dikuasakan \| dokumen/);
  });

  it('knows the complaint channel kinds by their Indonesian names', () => {
    const { service } = ok(
      parseServiceRow(
        row({
          complaintChannels: [
            'SP4N-LAPOR!: https://www.lapor.go.id',
            'Telepon: (031) 123',
            'WA: 0811',
            'e-mail: aduan@example.go.id',
            'Situs: https://example.go.id',
            'Langsung: meja pengaduan',
            'Kotak Pengaduan: lantai 1',
            'Media Sosial: @mpp',
          ].join('\n'),
        }),
      ),
    );
    assert.deepEqual(
      service.standard.complaintChannels.map((c) => c.kind),
      ['sp4n_lapor', 'phone', 'whatsapp', 'email', 'website', 'in_person', 'complaint_box', 'social_media'],
    );
    assert.equal(service.standard.complaintChannels[0]?.value, 'https://www.lapor.go.id');
    const issues = errors(parseServiceRow(row({ complaintChannels: 'merpati pos: kandang' })));
    assert.equal(issues[0]?.field, 'standard.complaintChannels.0.kind');
  });

  it('reads fees the way people write rupiah', () => {
    assert.equal(parseWholeNumber('50.000'), 50000);
    assert.equal(parseWholeNumber('Rp 1.250.000'), 1250000);
    assert.equal(parseWholeNumber('Rp. 25.000,00'), 25000);
    assert.equal(parseWholeNumber('300000'), 300000);
    assert.equal(parseWholeNumber(''), undefined);
    assert.equal(parseWholeNumber('1,5'), 'invalid');
    assert.equal(parseWholeNumber('lima'), 'invalid');
    const paid = ok(parseServiceRow(row({ feeAmount: 'Rp 50.000' }))).service.standard.fee;
    assert.deepEqual([paid.amount, paid.isFree], [50000, false]);
    const free = ok(parseServiceRow(row({ feeAmount: 'Gratis' }))).service.standard.fee;
    assert.deepEqual([free.amount, free.isFree], [0, true]);
    assert.equal(errors(parseServiceRow(row({ feeAmount: 'murah' })))[0]?.field, 'standard.fee.amount');
  });

  it('reads Ya/Tidak, units and quotas', () => {
    assert.equal(ok(parseServiceRow(row({ bookable: 'TIDAK' }))).service.bookable, false);
    assert.equal(ok(parseServiceRow(row({ bookable: '' }))).service.bookable, false);
    assert.equal(errors(parseServiceRow(row({ bookable: 'mungkin' })))[0]?.field, 'bookable');
    assert.equal(ok(parseServiceRow(row({ dailyQuota: '' }))).service.dailyQuota, null);
    for (const [text, unit] of [
      ['menit', 'minutes'],
      ['Jam', 'hours'],
      ['hari kerja', 'working_days'],
      ['Hari Kerja', 'working_days'],
      ['working days', 'working_days'],
    ] as const) {
      assert.equal(
        ok(parseServiceRow(row({ completionTimeUnit: text }))).service.standard.completionTime.unit,
        unit,
      );
    }
    const combined = ok(
      parseServiceRow(row({ completionTimeAmount: '14 hari kerja', completionTimeUnit: '' })),
    );
    assert.deepEqual(combined.service.standard.completionTime, { amount: 14, unit: 'working_days' });
    assert.equal(
      errors(parseServiceRow(row({ averageServiceMinutes: '7,5' })))[0]?.field,
      'averageServiceMinutes',
    );
  });

  it('reads booth prefixes, plain or with a site code', () => {
    assert.deepEqual(ok(parseServiceRow(row({ booths: 'a; SBY:B ;TTG : c' }))).booths, [
      { siteCode: null, prefix: 'A' },
      { siteCode: 'SBY', prefix: 'B' },
      { siteCode: 'TTG', prefix: 'C' },
    ]);
    assert.equal(errors(parseServiceRow(row({ booths: 'A; gerai 1' })))[0]?.field, 'booths');
  });

  it('uppercases the service and agency codes and refuses a malformed code', () => {
    const parsed = ok(parseServiceRow(row({ code: 'dinkes-spp-irt', agencyCode: 'dinkes' })));
    assert.equal(parsed.service.code, 'DINKES-SPP-IRT');
    assert.equal(parsed.agencyCode, 'DINKES');
    assert.equal(errors(parseServiceRow(row({ code: 'kode layanan' })))[0]?.column, columnByKey.code.header);
  });

  it('writes a service back into cells that parse to the same service (export → import)', () => {
    const first = ok(
      parseServiceRow(row({ agencyCode: 'DISPENDUKCAPIL', booths: 'SBY:A; B', feeAmount: '15.000' })),
    );
    const cells = serviceToCells({ ...first.service, agencyCode: first.agencyCode, booths: first.booths });
    const again = ok(parseServiceRow(cells));
    assert.deepEqual(again, first);
  });
});

describe('mapHeader', () => {
  const headers = serviceColumns.map((c) => c.header);

  it('maps the template headers, the English hints or field keys, in any order', () => {
    const mapped = mapHeader(headers);
    assert.ok('ok' in mapped);
    assert.deepEqual(
      mapped.ok,
      serviceColumns.map((c) => c.key),
    );
    const english = mapHeader([...serviceColumns].reverse().map((c) => c.hint.toUpperCase()));
    assert.ok('ok' in english);
    assert.equal(english.ok[0], 'booths');
    const keys = mapHeader(['code', 'Nama Layanan', ...headers.slice(3), 'Catatan internal']);
    assert.ok('ok' in keys);
    assert.equal(keys.ok.at(-1), null, 'an unknown column is ignored');
  });

  it('accepts a header without its explanation in brackets', () => {
    const mapped = mapHeader(headers.map((h) => h.replace(/\s*\([^)]*\)$/, '')));
    assert.ok('ok' in mapped);
  });

  it('names missing and doubled columns', () => {
    const mapped = mapHeader([...headers.filter((h) => h !== 'Persyaratan'), 'Kode layanan']);
    assert.ok('errors' in mapped);
    assert.deepEqual(mapped.errors.map((e) => e.column).sort(), ['Kode layanan', 'Persyaratan']);
  });
});

describe('rows to skip', () => {
  const positions = serviceColumns.map((c) => c.key);
  it('recognises the English hint row and blank rows', () => {
    const values = serviceColumns.map((c) => hintCells()[c.key]);
    assert.equal(isHintRow(cellsByColumn(positions, values)), true);
    assert.equal(isHintRow(row()), false);
    assert.equal(isBlankRow(cellsByColumn(positions, ['', ' ', '\n'])), true);
    assert.equal(isBlankRow(row()), false);
  });
});

describe('resolveBoothRefs', () => {
  const booths = [
    { id: 'sby-a', siteId: 'sby', siteCode: 'SBY', prefix: 'A' },
    { id: 'ttg-a', siteId: 'ttg', siteCode: 'TTG', prefix: 'A' },
    { id: 'ttg-k', siteId: 'ttg', siteCode: 'TTG', prefix: 'K' },
  ];
  const ref = (prefix: string, siteCode: string | null = null) => ({ prefix, siteCode });

  it('a plain prefix names the booth at the uploader’s site', () => {
    const r = resolveBoothRefs([ref('A')], booths, { siteId: 'ttg', onlyOwnSite: false });
    assert.deepEqual(r, { ids: ['ttg-a'], issues: [] });
  });

  it('without a site of their own, a plain prefix names the agency’s booths at every site', () => {
    const r = resolveBoothRefs([ref('A'), ref('K')], booths, { siteId: null, onlyOwnSite: false });
    assert.deepEqual(r.ids.sort(), ['sby-a', 'ttg-a', 'ttg-k']);
  });

  it('a site code picks one site; unknown prefixes and other sites for a site manager are refused', () => {
    assert.deepEqual(resolveBoothRefs([ref('K', 'TTG')], booths, { siteId: 'sby', onlyOwnSite: false }).ids, [
      'ttg-k',
    ]);
    const unknown = resolveBoothRefs([ref('Z')], booths, { siteId: 'sby', onlyOwnSite: true });
    assert.match(unknown.issues[0]?.message.id ?? '', /tidak memiliki gerai berhuruf antrean Z di MPP Anda/);
    const elsewhere = resolveBoothRefs([ref('A', 'TTG')], booths, { siteId: 'sby', onlyOwnSite: true });
    assert.equal(elsewhere.ids.length, 0);
    assert.match(elsewhere.issues[0]?.message.en ?? '', /outside your site/);
  });
});
