import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import {
  type ColumnKey,
  cellsByColumn,
  exampleCells,
  isHintRow,
  mapHeader,
  parseServiceRow,
  serviceColumns,
} from '../src/modules/transfer/services.template.ts';
import { readSheet } from '../src/shared/sheets.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/** Service import (template → all rows or none) and export (→ re-importable XLSX), through the API. */

type Headers = Record<string, string>;
type Cells = Partial<Record<ColumnKey, string>>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A valid service row: the template example with its own code and name, and any changes. */
function serviceRow(code: string, name: string, changes: Cells = {}): Cells {
  return { ...exampleCells(), code, name, ...changes };
}

/** A CSV the way a person saves one: header row, optionally the hint row, then the rows. */
function csv(rows: Cells[], options: { hintRow?: boolean; delimiter?: string } = {}): Buffer {
  const d = options.delimiter ?? ',';
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [serviceColumns.map((c) => quote(c.header)).join(d)];
  if (options.hintRow) lines.push(serviceColumns.map((c) => quote(c.hint)).join(d));
  for (const r of rows) lines.push(serviceColumns.map((c) => quote(r[c.key] ?? '')).join(d));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An XLSX made with a spreadsheet program of our own: another sheet name, columns in another order. */
async function xlsx(rows: Cells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data saya');
  const columns = [...serviceColumns].reverse();
  sheet.addRow(columns.map((c) => c.header));
  for (const r of rows) sheet.addRow(columns.map((c) => r[c.key] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function multipart(
  fields: Record<string, string>,
  file?: { name: string; data: Buffer; type?: string },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  };
}

interface ErrorBody {
  error: {
    code: string;
    message: { id: string; en: string };
    details?: { row?: number; column?: string; field: string; message: { id: string; en: string } }[];
  };
}

describe('service import and export', () => {
  let t: TestApp;
  let ids: { dukcapil: string; dpmptsp: string; sby: string };
  let dukcapilAdmin: Headers;
  let nationalAdmin: Headers;

  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    const sby = await t.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    // Surabaya's agency of that code (Tebing Tinggi has its own with the same code).
    const agency = (code: string) =>
      t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', code)
        .where('siteId', '=', sby.id)
        .executeTakeFirstOrThrow();
    ids = {
      dukcapil: (await agency('DISPENDUKCAPIL')).id,
      dpmptsp: (await agency('DPMPTSP')).id,
      sby: sby.id,
    };
    dukcapilAdmin = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    nationalAdmin = await login(t.app, 'admin', 'atap-admin-2026');
  });

  const upload = async (
    headers: Headers,
    agencyId: string | null,
    file: { name: string; data: Buffer } | null,
  ) => {
    const body = await multipart(agencyId ? { agencyId } : {}, file ?? undefined);
    return t.app.inject({
      method: 'POST',
      url: '/api/import/services',
      headers: { ...headers, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  const counts = async () => {
    const n = (table: 'services' | 'serviceStandardVersions' | 'auditLog') =>
      t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    return {
      services: await n('services'),
      versions: await n('serviceStandardVersions'),
      audit: await n('auditLog'),
    };
  };

  const serviceByCode = (code: string) =>
    t.db.selectFrom('services').select(['id', 'agencyId']).where('code', '=', code).executeTakeFirst();

  const auditOf = async (entityId: string) => {
    const res = await t.app.inject({
      url: `/api/audit?entityId=${entityId}&limit=200`,
      headers: nationalAdmin,
    });
    assert.equal(res.statusCode, 200, res.body);
    return (
      res.json() as { items: { action: string; actorUsername: string; after: Record<string, unknown> }[] }
    ).items;
  };

  it('offers the template as XLSX and CSV downloads that read back as valid services', async () => {
    const x = await t.app.inject({ url: '/api/import/services/template.xlsx' });
    assert.equal(x.statusCode, 200);
    assert.equal(x.headers['content-type'], XLSX_TYPE);
    assert.match(String(x.headers['content-disposition']), /^attachment; filename=".+\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(x.rawPayload as unknown as ExcelJS.Buffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Layanan', 'Petunjuk', 'Jenis layanan'],
    );
    assert.equal(workbook.getWorksheet('Layanan')?.getCell('B1').value, 'Kode layanan');

    const c = await t.app.inject({ url: '/api/import/services/template.csv' });
    assert.equal(c.statusCode, 200);
    assert.match(String(c.headers['content-type']), /^text\/csv/);
    assert.match(String(c.headers['content-disposition']), /^attachment; filename=".+\.csv"$/);

    for (const [name, data] of [
      ['t.xlsx', x.rawPayload],
      ['t.csv', c.rawPayload],
    ] as const) {
      const sheet = await readSheet(name, data);
      const [header, ...rows] = sheet.rows;
      const mapped = mapHeader(header?.values ?? []);
      assert.ok('ok' in mapped, `${name}: ${JSON.stringify(mapped)}`);
      const services = rows
        .map((r) => cellsByColumn(mapped.ok, r.values))
        .filter((cells) => !isHintRow(cells));
      assert.equal(services.length, 1, `${name}: one example row`);
      const parsed = parseServiceRow(services[0] ?? {});
      assert.ok('ok' in parsed, `${name}: ${JSON.stringify(parsed)}`);
    }
  });

  it('refuses the untouched template: its example row is named, nothing is written', async () => {
    const template = await t.app.inject({ url: '/api/import/services/template.xlsx' });
    const before = await counts();
    const res = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'templat.xlsx',
      data: template.rawPayload,
    });
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json() as ErrorBody;
    assert.equal(body.error.code, 'import.rows_invalid');
    assert.deepEqual(
      body.error.details?.map((d) => [d.row, d.column]),
      [[3, 'Kode layanan']],
    );
    assert.deepEqual(await counts(), before);
  });

  it('an agency admin imports a CSV: the services are created, searchable, offered at the booth, and audited', async () => {
    const file = csv(
      [
        serviceRow('DUKCAPIL-IMPOR-LEGALISIR', 'Legalisir Dokumen Kependudukan Impor', {
          keywords: 'legalisir; cap basah',
          completionTimeAmount: '30',
          completionTimeUnit: 'menit',
          booths: 'A',
        }),
        serviceRow('DUKCAPIL-IMPOR-SURAT-PINDAH', 'Surat Keterangan Pindah Impor', {
          completionTimeAmount: '1',
          completionTimeUnit: 'hari kerja',
          bookable: 'Tidak',
          dailyQuota: '',
          booths: '',
        }),
      ],
      { hintRow: true, delimiter: ';' },
    );
    const res = await upload(dukcapilAdmin, ids.dukcapil, { name: 'layanan-dukcapil.csv', data: file });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { format: 'csv', rows: 2, created: 2, updated: 0, unchanged: 0 });

    const search = await t.app.inject({
      url: `/api/services?q=${encodeURIComponent('legalisir dokumen kependudukan impor')}`,
    });
    const found = (search.json() as { items: { id: string; name: string; agency: { code: string } }[] })
      .items[0];
    assert.equal(found?.name, 'Legalisir Dokumen Kependudukan Impor');
    assert.equal(found?.agency.code, 'DISPENDUKCAPIL');
    const detail = (await t.app.inject({ url: `/api/services/${found?.id}` })).json();
    assert.deepEqual(detail.completionTime, { amount: 30, unit: 'minutes' });
    assert.deepEqual(detail.keywords, ['legalisir', 'cap basah']);
    assert.deepEqual(
      detail.booths.map(
        (b: { queuePrefix: string; site: { code: string } }) => `${b.site.code}:${b.queuePrefix}`,
      ),
      // Tebing Tinggi's Dispendukcapil is its own agency: its booth is not this agency's.
      ['SBY:A', 'LATIHAN:A'],
      // admin.dukcapil is the agency's admin for all its sites; a site-bound uploader: test/scope.sites.test.ts.
      "without a site of their own, a plain prefix means the agency's booth at every site",
    );
    assert.equal(detail.standard.standard.requirements.length, 4);

    const created = await auditOf(found?.id ?? '');
    assert.ok(created.some((e) => e.action === 'service.create' && e.actorUsername === 'admin.dukcapil'));
    const summary = (await auditOf(ids.dukcapil)).find((e) => e.action === 'service.import');
    assert.ok(summary, 'one service.import entry');
    assert.equal(summary.after.created, 2);
    assert.equal(summary.after.fileName, 'layanan-dukcapil.csv');
  });

  it('the national admin imports an XLSX with its own sheet name and column order', async () => {
    const file = await xlsx([
      serviceRow('DPMPTSP-IMPOR-REKLAME-INSIDENTIL', 'Izin Reklame Insidentil Impor', {
        agencyCode: 'DPMPTSP',
        feeAmount: 'Rp 150.000',
        booths: 'SBY:B',
      }),
    ]);
    const res = await upload(nationalAdmin, ids.dpmptsp, { name: 'reklame.xlsx', data: file });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().format, 'xlsx');
    assert.equal(res.json().created, 1);
    const service = await serviceByCode('DPMPTSP-IMPOR-REKLAME-INSIDENTIL');
    assert.equal(service?.agencyId, ids.dpmptsp);
    const detail = (await t.app.inject({ url: `/api/services/${service?.id}` })).json();
    assert.deepEqual(detail.fee, { amount: 150000, isFree: false });
  });

  it('bad rows → 422 naming every problem by row and column, and nothing is written', async () => {
    const before = await counts();
    const file = csv(
      [
        serviceRow('DUKCAPIL-IMPOR-SALAH-1', 'Layanan Dengan Satuan Salah', { completionTimeUnit: 'minggu' }),
        serviceRow('DUKCAPIL-IMPOR-BENAR', 'Layanan Yang Benar'),
        serviceRow('DUKCAPIL-IMPOR-SALAH-2', ''),
        serviceRow('DUKCAPIL-IMPOR-BENAR', 'Kode Ganda'),
      ],
      { hintRow: true },
    );
    const res = await upload(dukcapilAdmin, ids.dukcapil, { name: 'campuran.csv', data: file });
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json() as ErrorBody;
    assert.equal(body.error.code, 'import.rows_invalid');
    assert.match(body.error.message.id, /Tidak ada data yang disimpan/);
    const details = body.error.details ?? [];
    assert.deepEqual(
      details.map((d) => [d.row, d.column, d.field]),
      [
        [3, 'Satuan jangka waktu (menit/jam/hari kerja)', 'standard.completionTime.unit'],
        [5, 'Nama layanan', 'name'],
        [6, 'Kode layanan', 'code'],
      ],
    );
    assert.ok(details.every((d) => d.message.id.length > 0 && d.message.en.length > 0));
    assert.deepEqual(await counts(), before, 'no service, version or audit entry written');
    assert.equal(await serviceByCode('DUKCAPIL-IMPOR-BENAR'), undefined);
  });

  it('a code of another agency, a repeated code, an unknown booth and another agency code are row errors', async () => {
    const foreign = await t.db
      .selectFrom('services')
      .select('code')
      .where('agencyId', '=', ids.dpmptsp)
      .executeTakeFirstOrThrow();
    const before = await counts();
    const file = csv([
      serviceRow(foreign.code, 'Mengambil Kode Instansi Lain'),
      serviceRow('DUKCAPIL-IMPOR-GANDA', 'Layanan Ganda'),
      serviceRow('DUKCAPIL-IMPOR-GANDA', 'Layanan Ganda Lagi', { booths: 'ZZ' }),
      serviceRow('DUKCAPIL-IMPOR-SALAH-INSTANSI', 'Instansi Salah', { agencyCode: 'DPMPTSP' }),
    ]);
    const res = await upload(dukcapilAdmin, ids.dukcapil, { name: 'bentrok.csv', data: file });
    assert.equal(res.statusCode, 422, res.body);
    const details = (res.json() as ErrorBody).error.details ?? [];
    assert.deepEqual(
      details.map((d) => [d.row, d.column]),
      [
        [2, 'Kode layanan'],
        [4, 'Kode layanan'],
        [4, 'Gerai (huruf antrean)'],
        [5, 'Kode instansi'],
      ],
    );
    assert.match(details[0]?.message.id ?? '', /instansi lain \(DPMPTSP\)/);
    assert.match(details[1]?.message.en ?? '', /already used in row 3/);
    assert.deepEqual(await counts(), before);
  });

  it('re-importing updates the service; a changed standard becomes a new version, an identical file changes nothing', async () => {
    const code = 'DUKCAPIL-IMPOR-ULANG';
    const first = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'v1.csv',
      data: csv([serviceRow(code, 'Layanan Impor Ulang')]),
    });
    assert.equal(first.json().created, 1, first.body);
    const service = await serviceByCode(code);
    assert.ok(service);

    const changed = serviceRow(code, 'Layanan Impor Ulang (diperbarui)', {
      product: 'Kartu Identitas Anak elektronik',
      dailyQuota: '250',
    });
    const second = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'v2.xlsx',
      data: await xlsx([changed]),
    });
    assert.equal(second.statusCode, 200, second.body);
    assert.deepEqual(second.json(), { format: 'xlsx', rows: 1, created: 0, updated: 1, unchanged: 0 });
    const detail = (await t.app.inject({ url: `/api/services/${service.id}` })).json();
    assert.equal(detail.name, 'Layanan Impor Ulang (diperbarui)');
    assert.equal(detail.dailyQuota, 250);
    assert.equal(detail.currentVersion, 2);
    assert.equal(detail.standard.standard.product, 'Kartu Identitas Anak elektronik');
    assert.match(detail.standard.changeNote, /v2\.xlsx/);
    const versions = (await t.app.inject({ url: `/api/services/${service.id}/versions` })).json() as {
      version: number;
    }[];
    assert.deepEqual(
      versions.map((v) => v.version),
      [2, 1],
    );

    const metaOnly = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'v3.csv',
      data: csv([{ ...changed, description: 'Deskripsi baru saja' }]),
    });
    assert.equal(metaOnly.json().updated, 1);
    const again = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'v4.csv',
      data: csv([{ ...changed, description: 'Deskripsi baru saja' }]),
    });
    assert.deepEqual(again.json(), { format: 'csv', rows: 1, created: 0, updated: 0, unchanged: 1 });
    const after = (await t.app.inject({ url: `/api/services/${service.id}` })).json();
    assert.equal(after.currentVersion, 2, 'metadata-only and identical imports add no standard version');
    assert.equal(after.description, 'Deskripsi baru saja');

    const actions = (await auditOf(service.id)).map((e) => e.action);
    assert.equal(actions.filter((a) => a === 'standard.change').length, 1);
    assert.equal(actions.filter((a) => a === 'service.update').length, 2);
  });

  it('refuses those without the right: anonymous 401, an officer 403, an agency admin for another agency 403', async () => {
    const officerHeaders = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const before = await counts();
    const file = { name: 'x.csv', data: csv([serviceRow('DPMPTSP-IMPOR-TERLARANG', 'Layanan Terlarang')]) };
    const anonymous = await upload({}, ids.dpmptsp, file);
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'auth.required');
    const officer = await upload(officerHeaders, ids.dukcapil, file);
    assert.equal(officer.statusCode, 403);
    assert.equal(officer.json().error.code, 'auth.forbidden');
    const otherAgency = await upload(dukcapilAdmin, ids.dpmptsp, file);
    assert.equal(otherAgency.statusCode, 403);
    assert.equal(otherAgency.json().error.code, 'auth.out_of_scope');
    assert.deepEqual(await counts(), before);
  });

  it('answers a malformed upload with 400/415 in the error shape', async () => {
    const file = { name: 'x.csv', data: csv([serviceRow('DUKCAPIL-IMPOR-X', 'Layanan X')]) };
    const noAgency = await upload(dukcapilAdmin, null, file);
    assert.equal(noAgency.statusCode, 400);
    assert.equal((noAgency.json() as ErrorBody).error.details?.[0]?.field, 'agencyId');
    const badAgency = await upload(dukcapilAdmin, 'bukan-uuid', file);
    assert.equal(badAgency.statusCode, 400);
    const noFile = await upload(dukcapilAdmin, ids.dukcapil, null);
    assert.equal(noFile.statusCode, 400);
    assert.equal((noFile.json() as ErrorBody).error.details?.[0]?.field, 'file');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/import/services',
      headers: dukcapilAdmin,
      payload: { agencyId: ids.dukcapil },
    });
    assert.equal(json.statusCode, 415);
    assert.equal(json.json().error.code, 'request.unsupported_media_type');
    const garbage = await upload(dukcapilAdmin, ids.dukcapil, {
      name: 'layanan.xlsx',
      data: Buffer.from('bukan excel'),
    });
    assert.equal(garbage.statusCode, 400);
    assert.equal(garbage.json().error.code, 'import.invalid_file');
    const tooMany = csv(
      Array.from({ length: 2001 }, (_, i) => serviceRow(`DUKCAPIL-BANYAK-${i}`, `Layanan ${i}`)),
    );
    const big = await upload(dukcapilAdmin, ids.dukcapil, { name: 'banyak.csv', data: tooMany });
    assert.equal(big.statusCode, 422);
    assert.equal(big.json().error.code, 'import.too_many_rows');
  });

  it('exports the catalogue in the template layout; the export re-imports with nothing to change', async () => {
    assert.equal((await t.app.inject({ url: '/api/export/catalogue.xlsx' })).statusCode, 401);

    const bySite = await t.app.inject({
      url: `/api/export/catalogue.xlsx?siteId=${ids.sby}`,
      headers: nationalAdmin,
    });
    assert.equal(bySite.statusCode, 200);
    assert.equal(bySite.headers['content-type'], XLSX_TYPE);
    assert.match(String(bySite.headers['content-disposition']), /attachment; filename="katalog-layanan-SBY-/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bySite.rawPayload as unknown as ExcelJS.Buffer);
    assert.ok(workbook.getWorksheet('Instansi'));
    const listed = (await t.app.inject({ url: `/api/services?siteId=${ids.sby}&limit=1` })).json() as {
      total: number;
    };
    const exported = (await readSheet('x.xlsx', bySite.rawPayload)).rows.length - 2;
    assert.equal(exported, listed.total, 'every active service of the site, one row each');

    const own = await t.app.inject({
      url: `/api/export/catalogue.xlsx?agencyId=${ids.dukcapil}`,
      headers: dukcapilAdmin,
    });
    assert.equal(own.statusCode, 200);
    const before = await counts();
    const res = await upload(dukcapilAdmin, ids.dukcapil, { name: 'ekspor.xlsx', data: own.rawPayload });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json() as { rows: number; created: number; updated: number; unchanged: number };
    const dukcapilServices = (
      await t.app.inject({ url: `/api/services?agencyId=${ids.dukcapil}&limit=1` })
    ).json() as {
      total: number;
    };
    assert.equal(result.rows, dukcapilServices.total);
    assert.deepEqual([result.created, result.updated, result.unchanged], [0, 0, result.rows]);
    const afterCounts = await counts();
    assert.equal(afterCounts.services, before.services);
    assert.equal(afterCounts.versions, before.versions, 'an unchanged standard makes no new version');
  });

  it('the national service type column: an unknown code is a row error, a known one maps the service, a blank keeps it', async () => {
    const code = 'DUKCAPIL-IMPOR-JENIS';
    const before = await counts();
    const bad = await upload(nationalAdmin, ids.dukcapil, {
      name: 'jenis.csv',
      data: csv([serviceRow(code, 'Layanan Jenis Impor', { serviceType: 'PASPORT' })]),
    });
    assert.equal(bad.statusCode, 422, bad.body);
    const issue = (bad.json() as ErrorBody).error.details?.[0];
    assert.deepEqual(
      [issue?.row, issue?.column, issue?.field],
      [2, 'Jenis layanan nasional', 'serviceTypeCode'],
    );
    assert.match(issue?.message.id ?? '', /Jenis layanan nasional tidak dikenal/);
    assert.match(issue?.message.en ?? '', /Unknown national service type/);
    assert.deepEqual(await counts(), before, 'nothing written');

    const good = await upload(nationalAdmin, ids.dukcapil, {
      name: 'jenis.csv',
      data: csv([serviceRow(code, 'Layanan Jenis Impor', { serviceType: 'kia' })]),
    });
    assert.equal(good.statusCode, 200, good.body);
    const typeOf = async () =>
      (
        await t.db
          .selectFrom('services')
          .select('serviceTypeCode')
          .where('code', '=', code)
          .where('siteId', '=', ids.sby)
          .executeTakeFirstOrThrow()
      ).serviceTypeCode;
    assert.equal(await typeOf(), 'KIA');
    const blank = await upload(nationalAdmin, ids.dukcapil, {
      name: 'jenis.csv',
      data: csv([serviceRow(code, 'Layanan Jenis Impor', { serviceType: '' })]),
    });
    assert.deepEqual(blank.json(), { format: 'csv', rows: 1, created: 0, updated: 0, unchanged: 1 });
    assert.equal(await typeOf(), 'KIA', 'a blank cell leaves the mapping');

    // The export writes the code back, and the template lists the national types on a sheet of their own.
    const exported = await t.app.inject({
      url: `/api/export/catalogue.xlsx?agencyId=${ids.dukcapil}`,
      headers: nationalAdmin,
    });
    const sheet = await readSheet('katalog.xlsx', exported.rawPayload, 'Layanan');
    const header = sheet.rows[0]?.values ?? [];
    const row = sheet.rows.find((r) => r.values.includes(code));
    assert.equal(row?.values[header.indexOf('Jenis layanan nasional')], 'KIA');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    assert.ok((workbook.getWorksheet('Jenis layanan')?.rowCount ?? 0) > 60);
  });

  it("the same service code at another site's agency is another service: created there, this one untouched", async () => {
    const ttgDukcapil = await t.db
      .selectFrom('agencies as a')
      .innerJoin('sites as s', 's.id', 'a.siteId')
      .select(['a.id', 'a.siteId'])
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .where('s.code', '=', 'TTG')
      .executeTakeFirstOrThrow();
    const code = 'DUKCAPIL-IMPOR-DUA-MPP';
    const sby = await upload(nationalAdmin, ids.dukcapil, {
      name: 'sby.csv',
      data: csv([serviceRow(code, 'Layanan Surabaya', { booths: '' })]),
    });
    assert.equal(sby.statusCode, 200, sby.body);
    const ttg = await upload(nationalAdmin, ttgDukcapil.id, {
      name: 'ttg.csv',
      data: csv([serviceRow(code, 'Layanan Tebing Tinggi', { booths: 'TTG:A' })]),
    });
    assert.equal(ttg.statusCode, 200, ttg.body);
    assert.deepEqual(ttg.json(), { format: 'csv', rows: 1, created: 1, updated: 0, unchanged: 0 });
    const rows = await t.db
      .selectFrom('services')
      .select(['name', 'siteId', 'agencyId'])
      .where('code', '=', code)
      .orderBy('name')
      .execute();
    assert.deepEqual(rows, [
      { name: 'Layanan Surabaya', siteId: ids.sby, agencyId: ids.dukcapil },
      { name: 'Layanan Tebing Tinggi', siteId: ttgDukcapil.siteId, agencyId: ttgDukcapil.id },
    ]);
  });
});
