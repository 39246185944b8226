import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { instrumentDefinition } from '../src/modules/evaluation/instrument.schema.ts';
import { inspection } from '../src/modules/evaluation/instruments/inspection.ts';
import { ombudsman } from '../src/modules/evaluation/instruments/ombudsman.ts';
import { pekppp } from '../src/modules/evaluation/instruments/pekppp.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/**
 * Instruments as versioned data (issue 23): the shipped three present after start; a new version keeps the old one
 * (an assessment of v1 still reads v1); a definition whose aspects' weights do not sum to 1 refused with the problem
 * named; JSON and XLSX export → import round trips; an officer may read but not manage; every change audited.
 */

type Headers = Record<string, string>;
type Definition = ReturnType<typeof instrumentDefinition.parse>;

function multipart(fields: Record<string, string>, file: { name: string; type: string; body: Buffer }) {
  const boundary = 'instrumentboundary';
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([...parts, head, file.body, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('evaluation instruments', () => {
  let t: TestApp;
  let evaluator: Headers;
  let officer: Headers;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    evaluator = await login(t.app, 'evaluator', 'evaluator-2026');
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
  });

  const get = (url: string, headers: Headers = evaluator) => t.app.inject({ method: 'GET', url, headers });
  const post = (url: string, payload: object, headers: Headers = evaluator) =>
    t.app.inject({ method: 'POST', url, headers, payload });
  const upload = (fields: Record<string, string>, file: { name: string; type: string; body: Buffer }) => {
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url: '/api/evaluation/instruments/import',
      headers: { ...evaluator, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  it('has the shipped three after start, each as its version 1, once however often the app starts', async () => {
    const res = await get('/api/evaluation/instruments', officer);
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json().instruments as {
      code: string;
      kind: string;
      aspects: number;
      latest: { version: number };
    }[];
    const shipped = list.map((i) => [i.code, i.kind, i.aspects, i.latest.version]);
    assert.deepEqual(shipped, [
      ['INSPEKSI-GERAI', 'inspection', 1, 1],
      ['OMBUDSMAN', 'compliance', 4, 1],
      ['PEKPPP', 'evaluation', 6, 1],
    ]);
    const one = (await get('/api/evaluation/instruments/PEKPPP', officer)).json();
    assert.deepEqual(one.definition, instrumentDefinition.parse(pekppp));
    assert.equal(one.history.length, 1);
    // A second start (another process, a restart) adds nothing.
    const { seedShippedInstruments } = await import('../src/modules/evaluation/instruments.service.ts');
    const { systemContext } = await import('../src/shared/context.ts');
    await seedShippedInstruments(t.db, systemContext);
    const count = await t.db
      .selectFrom('instrumentVersions')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 3);
  });

  it('edits by adding a version: version 1 and an assessment that used it are unchanged', async () => {
    const v1 = (await get('/api/evaluation/instruments/OMBUDSMAN')).json();
    const site = await t.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const assessment = await t.db
      .insertInto('assessments')
      .values({
        instrumentVersionId: v1.version.id,
        siteId: site.id,
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const edited: Definition = structuredClone(v1.definition);
    const first = edited.aspects[0];
    assert.ok(first);
    first.name = 'Standar pelayanan (diperbarui)';
    const res = await post('/api/evaluation/instruments/OMBUDSMAN/versions', {
      basedOn: 1,
      definition: edited,
      note: 'Nama aspek diperjelas',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().version.version, 2);
    assert.equal(res.json().history.length, 2);
    assert.equal((await get('/api/evaluation/instruments')).json().instruments[1].latest.version, 2);
    const old = (await get('/api/evaluation/instruments/OMBUDSMAN/versions/1')).json();
    assert.deepEqual(old.definition, v1.definition);
    const kept = await t.db
      .selectFrom('assessments')
      .innerJoin('instrumentVersions as v', 'v.id', 'assessments.instrumentVersionId')
      .select(['v.version', 'v.definition'])
      .where('assessments.id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.equal(kept.version, 1);
    assert.equal(kept.definition.aspects[0]?.name, v1.definition.aspects[0].name);
    // An edit started from version 1 after version 2 was saved is refused, not silently applied over it.
    const stale = await post('/api/evaluation/instruments/OMBUDSMAN/versions', {
      basedOn: 1,
      definition: edited,
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.equal(stale.json().error.code, 'evaluation.instrument_changed');
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'actorUsername'])
      .where('action', '=', 'evaluation.instrument.version')
      .execute();
    assert.deepEqual(audit, [{ action: 'evaluation.instrument.version', actorUsername: 'evaluator' }]);
  });

  it('refuses aspects whose weights do not sum to 1, naming the problem, and saves nothing', async () => {
    const def: Definition = instrumentDefinition.parse(pekppp);
    const first = def.aspects[0];
    assert.ok(first);
    first.weight = '0.30';
    const res = await post('/api/evaluation/instruments/PEKPPP/versions', { basedOn: 1, definition: def });
    assert.equal(res.statusCode, 422, res.body);
    const error = res.json().error;
    assert.equal(error.code, 'evaluation.instrument_invalid');
    assert.deepEqual(
      error.details.map((d: { field: string; message: { id: string } }) => [d.field, d.message.id]),
      [['definition.aspects', 'Jumlah bobot aspek 1,06, harus tepat 1.']],
    );
    const created = await post('/api/evaluation/instruments', {
      code: 'SALAH',
      kind: 'custom',
      definition: def,
    });
    assert.equal(created.statusCode, 422);
    // A shape problem is named by its path too.
    const shape = await post('/api/evaluation/instruments', {
      code: 'SALAH',
      definition: { ...def, aspects: [{ ...first, indicators: [] }] },
    });
    assert.equal(shape.statusCode, 422);
    assert.ok(
      shape
        .json()
        .error.details.some((d: { field: string }) => d.field === 'definition.aspects.0.indicators'),
      shape.body,
    );
    assert.equal((await get('/api/evaluation/instruments/PEKPPP')).json().latestVersion, 1);
    assert.equal((await get('/api/evaluation/instruments/SALAH')).statusCode, 404);
  });

  it('round-trips an instrument through JSON and through XLSX', async () => {
    for (const [code, shipped] of [
      ['PEKPPP', pekppp],
      ['INSPEKSI-GERAI', inspection],
    ] as const) {
      const json = await get(`/api/evaluation/instruments/${code}/versions/1/definition.json`);
      assert.equal(json.statusCode, 200);
      const viaJson = await upload(
        { code: `${code}-J` },
        { name: 'instrumen.json', type: 'application/json', body: json.rawPayload },
      );
      assert.equal(viaJson.statusCode, 200, viaJson.body);
      assert.deepEqual(viaJson.json(), { code: `${code}-J`, version: 1, created: true });
      const xlsx = await get(`/api/evaluation/instruments/${code}/versions/1/definition.xlsx`);
      assert.equal(xlsx.statusCode, 200);
      const viaXlsx = await upload(
        { code, note: 'Dari Excel' },
        { name: 'instrumen.xlsx', type: 'application/octet-stream', body: xlsx.rawPayload },
      );
      assert.equal(viaXlsx.statusCode, 200, viaXlsx.body);
      assert.equal(viaXlsx.json().created, false);
      const expected = instrumentDefinition.parse(shipped);
      for (const c of [`${code}-J`, code]) {
        const back = (await get(`/api/evaluation/instruments/${c}`)).json();
        assert.deepEqual(back.definition, expected, c);
      }
    }
    const aNew = (await get('/api/evaluation/instruments/PEKPPP-J')).json();
    assert.equal(aNew.kind, 'custom');
  });

  it('refuses a workbook with bad cells, naming each by sheet, row and column, and saves nothing', async () => {
    const xlsx = await get('/api/evaluation/instruments/INSPEKSI-GERAI/versions/1/definition.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const aspects = wb.getWorksheet('Aspek');
    const indicators = wb.getWorksheet('Indikator');
    assert.ok(aspects && indicators);
    aspects.getCell('C2').value = 'satu';
    indicators.getCell('A4').value = 'tidak-ada';
    const bad = await upload(
      { code: 'INSPEKSI-GERAI' },
      { name: 'x.xlsx', type: 'application/octet-stream', body: Buffer.from(await wb.xlsx.writeBuffer()) },
    );
    assert.equal(bad.statusCode, 422, bad.body);
    const details = bad.json().error.details as { row: number; column: string; message: { id: string } }[];
    assert.deepEqual(
      details.map((d) => [d.row, d.column]),
      [
        [2, 'Aspek / bobot'],
        [4, 'Indikator / aspek'],
      ],
    );
    assert.match(details[0]?.message.id ?? '', /^Lembar Aspek, baris 2, kolom bobot: bukan angka desimal/);
    // The weight as a number that makes the sum wrong: the problem is found in the whole, named at its cell.
    aspects.getCell('C2').value = 0.9;
    indicators.getCell('A4').value = 'gerai';
    const sum = await upload(
      { code: 'INSPEKSI-GERAI' },
      { name: 'x.xlsx', type: 'application/octet-stream', body: Buffer.from(await wb.xlsx.writeBuffer()) },
    );
    assert.equal(sum.statusCode, 422, sum.body);
    assert.match(
      sum.json().error.details[0].message.id,
      /^Lembar Aspek, baris 1, kolom bobot: Jumlah bobot aspek 0,9/,
    );
    const latest = (await get('/api/evaluation/instruments/INSPEKSI-GERAI')).json();
    assert.equal(latest.latestVersion, 2);
  });

  it('lets an officer read instruments but not create, edit or import them', async () => {
    assert.equal((await get('/api/evaluation/instruments/PEKPPP', officer)).statusCode, 200);
    const before = (await get('/api/evaluation/instruments/PEKPPP')).json().latestVersion;
    const def = instrumentDefinition.parse(ombudsman);
    const create = await post(
      '/api/evaluation/instruments',
      { code: 'MILIK-PETUGAS', definition: def },
      officer,
    );
    assert.equal(create.statusCode, 403);
    const edit = await post(
      '/api/evaluation/instruments/PEKPPP/versions',
      { basedOn: 1, definition: def },
      officer,
    );
    assert.equal(edit.statusCode, 403);
    const body = multipart(
      { code: 'PEKPPP' },
      { name: 'a.json', type: 'application/json', body: Buffer.from('{}') },
    );
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/evaluation/instruments/import',
      headers: { ...officer, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(imported.statusCode, 403);
    assert.equal((await get('/api/evaluation/instruments/PEKPPP')).json().latestVersion, before);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/evaluation/instruments' })).statusCode, 401);
  });
});
