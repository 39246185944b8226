import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/**
 * The whole loop through the API, as a monitoring team and an agency live it: the shipped booth inspection opened
 * on an agency, every indicator scored, submitted; the findings drawn from what fell short; the agency's action;
 * the evaluators' verification; the report to the Sekda issued with the finding in it; the dashboard showing the
 * agency. And the regional team's scope: an evaluator bound to one site works there and nowhere else.
 */

type Headers = Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: the test reads answers field by field
type Json = Record<string, any>;

describe('evaluation: the whole loop through the API', () => {
  let t: TestApp;
  const h: Record<string, Headers> = {};
  const call = async (method: string, url: string, who: string, payload?: unknown) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: h[who],
      ...(payload === undefined ? {} : { payload: payload as Json }),
    });
    const isJson = String(res.headers['content-type'] ?? '').includes('json');
    return { status: res.statusCode, json: (isJson ? res.json() : null) as Json, raw: res.rawPayload };
  };
  let ttg = '';
  let sby = '';
  let dukcapil = '';
  let evaluatorId = '';

  before(async () => {
    t = await buildTestApp();
    const site = (code: string) =>
      t.db.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    ttg = (await site('TTG')).id;
    sby = (await site('SBY')).id;
    dukcapil = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'DISPENDUKCAPIL')
        // Tebing Tinggi's own (Surabaya has another agency with the same code).
        .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'TTG')))
        .executeTakeFirstOrThrow()
    ).id;
    h.national = await login(t.app, 'admin', 'atap-admin-2026');
    // The region's monitoring team: an evaluator bound to Tebing Tinggi's MPP.
    const made = await call('POST', '/api/users', 'national', {
      username: 'monev.ttg',
      displayName: 'Ketua Tim Monev Tebing Tinggi',
      password: 'rahasia-panjang-1',
      role: 'evaluator',
      siteId: ttg,
    });
    assert.equal(made.status, 201, JSON.stringify(made.json));
    evaluatorId = made.json.id;
    h.team = await login(t.app, 'monev.ttg', 'rahasia-panjang-1');
    h.ministry = await login(t.app, 'evaluator', 'evaluator-2026');
    const agencyAdmin = await call('POST', '/api/users', 'national', {
      username: 'admin.dukcapil.ttg',
      displayName: 'Admin Dispendukcapil Tebing Tinggi',
      password: 'rahasia-panjang-1',
      role: 'agency_admin',
      siteId: ttg,
      agencyId: dukcapil,
    });
    assert.equal(agencyAdmin.status, 201, JSON.stringify(agencyAdmin.json));
    h.agency = await login(t.app, 'admin.dukcapil.ttg', 'rahasia-panjang-1');
  });
  after(() => t?.close());

  it('inspects, draws findings, takes the agency’s action, verifies, reports; the dashboard shows it', async () => {
    const instrument = await call('GET', '/api/evaluation/instruments/INSPEKSI-GERAI', 'team');
    assert.equal(instrument.status, 200, JSON.stringify(instrument.json));
    const indicators: { id: string }[] = instrument.json.definition.aspects.flatMap(
      (a: { indicators: { id: string }[] }) => a.indicators,
    );
    const opened = await call('POST', '/api/evaluation/assessments', 'team', {
      siteId: ttg,
      agencyId: dukcapil,
      instrumentCode: 'INSPEKSI-GERAI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Inspeksi gerai Dispendukcapil',
      members: [{ userId: evaluatorId, lead: true }],
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    const id = opened.json.id as string;
    // Everything met but the name tags (partly) and cleanliness (not).
    for (const i of indicators) {
      const value = i.id === 'tanda-nama' ? '0.5' : i.id === 'kebersihan' ? '0' : '1';
      const saved = await call('PUT', `/api/evaluation/assessments/${id}/scores/${i.id}`, 'team', {
        value,
        note: i.id === 'kebersihan' ? 'Ruang tunggu kotor, tempat sampah penuh.' : '',
        writeId: randomUUID(),
        // Where Atap prefilled a figure (the booth's opening times), a different score needs its reason.
        overrideReason: 'Diamati langsung saat kunjungan.',
      });
      assert.equal(saved.status, 200, `${i.id}: ${JSON.stringify(saved.json)}`);
    }
    const submitted = await call('POST', `/api/evaluation/assessments/${id}/submit`, 'team');
    assert.equal(submitted.status, 200, JSON.stringify(submitted.json));
    // 8.5 of 10 met: 85.00, "Perlu perbaikan".
    assert.equal(submitted.json.computed.total, '85.00');
    assert.equal(submitted.json.computed.band.code, 'Perlu perbaikan');

    const drawn = await call('POST', `/api/evaluation/assessments/${id}/findings/draw`, 'team', {});
    assert.equal(drawn.status, 200, JSON.stringify(drawn.json));
    const findings: Json[] = drawn.json.rows;
    assert.deepEqual(findings.map((f) => f.indicatorId).sort(), ['kebersihan', 'tanda-nama']);
    const dirty = findings.find((f) => f.indicatorId === 'kebersihan') as Json;
    assert.equal(dirty.severity, 'high');
    assert.match(dirty.evidence, /tempat sampah penuh/);

    // The agency answers its finding; the team verifies and closes it.
    const answered = await call('POST', `/api/evaluation/findings/${dirty.id}/answer`, 'agency', {
      expectedVersion: dirty.version,
      text: 'Jadwal kebersihan dua kali sehari; tempat sampah ditambah.',
      evidence: 'Foto ruang tunggu setelah dibersihkan.',
      doneOn: '2026-12-03',
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.json));
    const closed = await call('POST', `/api/evaluation/findings/${dirty.id}/verify`, 'team', {
      expectedVersion: answered.json.version,
      verdict: 'close',
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.json));
    assert.equal(closed.json.status, 'closed');

    // The report to the Sekda: issued, kept, and it carries the finding.
    const issued = await call('POST', '/api/evaluation/sites/TTG/reports', 'team', {
      kind: 'assessment',
      assessmentIds: [id],
    });
    assert.equal(issued.status, 201, JSON.stringify(issued.json));
    const pdf = await call('GET', `/api/evaluation/sites/TTG/reports/${issued.json.id}`, 'team');
    const doc = await getDocumentProxy(new Uint8Array(pdf.raw));
    const text = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ');
    assert.match(text, /Dispendukcapil|Kependudukan/);
    assert.match(text, /85,00/);
    assert.match(text, /kebersihan|bersih/i);

    // The dashboard: the agency with its latest inspection.
    const dash = await call('GET', '/api/evaluation/sites/TTG/dashboard', 'team');
    assert.equal(dash.status, 200, JSON.stringify(dash.json));
    assert.ok(JSON.stringify(dash.json).includes(dukcapil));
  });

  it('a regional team works at its own site only; the ministry’s evaluator reads every site', async () => {
    const elsewhere = await call('POST', '/api/evaluation/assessments', 'team', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'INSPEKSI-GERAI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Di luar wilayah',
      members: [{ userId: evaluatorId, lead: true }],
    });
    assert.equal(elsewhere.status, 403, JSON.stringify(elsewhere.json));
    assert.equal((await call('GET', '/api/evaluation/sites/SBY/dashboard', 'team')).status, 403);
    assert.equal((await call('GET', '/api/evaluation/sites/SBY/assessments', 'team')).status, 403);
    assert.equal((await call('GET', '/api/evaluation/sites/TTG/dashboard', 'team')).status, 200);
    assert.equal((await call('GET', '/api/evaluation/sites/SBY/dashboard', 'ministry')).status, 200);
    assert.equal((await call('GET', '/api/evaluation/sites/TTG/dashboard', 'ministry')).status, 200);
  });
});
