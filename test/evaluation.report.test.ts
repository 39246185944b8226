import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { ensureShippedInstruments, generateEvaluation } from '../src/modules/evaluation/evaluation.demo.ts';
import { evaluationDashboard } from '../src/modules/evaluation/evaluation.public.ts';
import type { InstrumentDefinition } from '../src/modules/evaluation/instrument.schema.ts';
import { score } from '../src/modules/evaluation/scoring.rules.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/**
 * The report to the regional secretary (its text, issued once and kept as issued, who may issue), the monitoring
 * team's dashboard (order and zone on a known set), and the demo's evaluation — through the API of a whole app,
 * the assessments and findings written straight to the tables of migration 0023.
 */

type Headers = Record<string, string>;

const NOW = new Date('2026-12-05T03:00:00Z');
const SCREENS = path.join(os.tmpdir(), 'atap-screens');
/** A 1×1 PNG: the photo evidence the report embeds. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('evaluation: the report to the Sekda, the dashboard, the demo', () => {
  let t: TestApp;
  let evaluator: Headers;
  let agencyAdmin: Headers;
  let otherManager: Headers;
  let filesDir: string;
  let instruments: Map<string, { versionId: string; definition: InstrumentDefinition }>;
  let team: { lead: string; member: string };
  const sites: Record<string, string> = {};

  before(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-eval-files-'));
    t = await buildTestApp({ now: () => NOW, env: { ATAP_EVALUATION_FILES_DIR: filesDir } });
    evaluator = await login(t.app, 'evaluator', 'evaluator-2026');
    agencyAdmin = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    otherManager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    instruments = await ensureShippedInstruments(t.db);
    for (const s of await t.db.selectFrom('sites').select(['id', 'code']).execute()) sites[s.code] = s.id;
    const users = await t.db.selectFrom('users').select(['id', 'username']).execute();
    const id = (u: string) => users.find((x) => x.username === u)?.id ?? '';
    team = { lead: id('evaluator'), member: id('admin') };
  });
  after(async () => {
    await t.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const boothOf = async (site: string, agencyCode: string) =>
    t.db
      .selectFrom('booths as b')
      .innerJoin('agencies as g', 'g.id', 'b.agencyId')
      .select(['b.id as boothId', 'g.id as agencyId', 'g.name'])
      .where('b.siteId', '=', sites[site] ?? '')
      .where('g.code', '=', agencyCode)
      .executeTakeFirstOrThrow();

  /** An assessment as the assessments' API leaves it: team, scores, the total and band as scored. */
  async function assessment(options: {
    site: string;
    code: string;
    agencyId?: string | null;
    boothId?: string | null;
    answers: Record<string, string>;
    status?: 'draft' | 'submitted' | 'closed';
    periodTo?: string;
    /** Every indicator not named gets this value. */
    rest?: string;
  }) {
    const instrument = instruments.get(options.code);
    assert.ok(instrument);
    const answers = new Map<string, string>();
    for (const a of instrument.definition.aspects)
      for (const i of a.indicators) {
        const v = options.answers[i.id] ?? options.rest;
        if (v !== undefined) answers.set(i.id, v);
      }
    const scores = score(instrument.definition, answers);
    const periodTo = options.periodTo ?? '2026-11-30';
    const { id } = await t.db
      .insertInto('assessments')
      .values({
        instrumentVersionId: instrument.versionId,
        siteId: sites[options.site] ?? '',
        agencyId: options.agencyId ?? null,
        boothId: options.boothId ?? null,
        selfOf: null,
        periodFrom: `${periodTo.slice(0, 4)}-01-01`,
        periodTo,
        status: options.status ?? 'submitted',
        total: scores.total,
        band: scores.band ? JSON.stringify(scores.band) : null,
        createdBy: team.lead,
        createdAt: new Date(`${periodTo}T02:00:00Z`),
        updatedAt: new Date(`${periodTo}T02:00:00Z`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('assessmentMembers')
      .values([
        { assessmentId: id, userId: team.lead, lead: true },
        { assessmentId: id, userId: team.member, lead: false },
      ])
      .execute();
    if (answers.size > 0)
      await t.db
        .insertInto('assessmentScores')
        .values(
          [...answers].map(([indicatorId, value]) => ({
            assessmentId: id,
            indicatorId,
            value,
            writeId: randomUUID(),
            savedBy: team.lead,
            savedAt: new Date(`${periodTo}T03:00:00Z`),
          })),
        )
        .execute();
    return { id, scores };
  }

  const issue = (headers: Headers, body: object, site = 'SBY') =>
    t.app.inject({ method: 'POST', url: `/api/evaluation/sites/${site}/reports`, headers, payload: body });
  const download = (headers: Headers, id: string, site = 'SBY') =>
    t.app.inject({ method: 'GET', url: `/api/evaluation/sites/${site}/reports/${id}`, headers });

  let reportAssessment: string;

  it('renders the report: letterhead, number, team, units, aspect scores and formula, findings with photos, signature', async () => {
    const unit = await boothOf('SBY', 'DISPENDUKCAPIL');
    const compliance = await assessment({
      site: 'SBY',
      code: 'OMBUDSMAN',
      agencyId: unit.agencyId,
      answers: { biaya: '0', maklumat: '0.5', difabel: '0' },
      rest: '1',
    });
    const booth = await assessment({
      site: 'SBY',
      code: 'INSPEKSI-GERAI',
      agencyId: unit.agencyId,
      boothId: unit.boothId,
      answers: { 'tanda-nama': '0' },
      rest: '1',
    });
    reportAssessment = compliance.id;
    const finding = await t.db
      .insertInto('findings')
      .values({
        assessmentId: compliance.id,
        siteId: sites.SBY ?? '',
        agencyId: unit.agencyId,
        indicatorId: 'biaya',
        severity: 'high',
        title: 'Biaya layanan tidak dipajang',
        evidence: 'Papan informasi tanpa tarif.',
        recommendation: 'Pasang papan tarif (atau tulisan gratis) di setiap loket.',
        assignee: 'agency',
        dueAt: new Date('2026-12-19T10:00:00Z'),
        createdBy: team.lead,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const photo = await t.db
      .insertInto('assessmentPhotos')
      .values({
        assessmentId: compliance.id,
        indicatorId: 'biaya',
        contentType: 'image/png',
        sizeBytes: PNG.length,
        sha256: createHash('sha256').update(PNG).digest('hex'),
        writeId: randomUUID(),
        addedBy: team.lead,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    fs.writeFileSync(path.join(filesDir, photo.id), PNG);

    const res = await issue(evaluator, { kind: 'assessment', assessmentIds: [compliance.id, booth.id] });
    assert.equal(res.statusCode, 201, res.body);
    const report = res.json() as { id: string; number: string; sha256: string };
    assert.equal(report.number, '700/001/EVAL/SBY/2026');
    const pdf = await download(evaluator, report.id);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    // Kept beside the browser tests' screenshots, to look at.
    fs.mkdirSync(SCREENS, { recursive: true });
    fs.writeFileSync(path.join(SCREENS, 'evaluation-report.pdf'), pdf.rawPayload);
    const text = await pdfText(pdf.rawPayload);
    const site = await t.db
      .selectFrom('sites')
      .select(['name', 'city'])
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const expected = [
      site.name.toUpperCase(),
      'LAPORAN HASIL MONITORING DAN EVALUASI PELAYANAN PUBLIK',
      'Nomor: 700/001/EVAL/SBY/2026',
      'Tanggal: 5 Desember 2026',
      `Sekretaris Daerah ${site.city}`,
      // The team: the lead and a member.
      'Tim Evaluasi Ketua Tim',
      'Admin Nasional Anggota',
      // The units and their instruments.
      unit.name,
      'Kepatuhan standar pelayanan publik (model Ombudsman)',
      'Inspeksi gerai oleh tim monitoring',
      // Scores per aspect (the standard: 4 of 6 met, 1 partly → 75,00), the total, its zone and its formula.
      'Standar pelayanan dipublikasikan dan lengkap 0,4 6 dari 6 75,00',
      `Nilai total 15 dari 15 ${compliance.scores.total?.replace('.', ',')}`,
      `Kategori: ${compliance.scores.band?.label}`,
      `Perhitungan: ${compliance.scores.formula?.replaceAll('.', ',')}`,
      `Kategori: ${booth.scores.band?.label}`,
      // The finding with its recommendation.
      'Temuan 1. Biaya layanan tidak dipajang',
      'Rekomendasi: Pasang papan tarif (atau tulisan gratis) di setiap loket.',
      'Foto bukti (1)',
      // The signature block.
      `${site.city}, 5 Desember 2026`,
      'Ketua Tim Monitoring dan Evaluasi',
    ];
    for (const e of expected) assert.ok(text.includes(e), `the report lacks "${e}":\n${text}`);
    assert.equal(compliance.scores.total, '83.33');
    // The photo is in the document, as an image.
    assert.match(pdf.rawPayload.toString('latin1'), /\/Subtype \/Image/);
    assert.ok(finding.id);
  });

  it('issues two numbers, and each download returns its stored bytes unchanged, whatever changed since', async () => {
    const first = (
      await issue(evaluator, { kind: 'follow_up', assessmentIds: [reportAssessment] })
    ).json() as {
      id: string;
      number: string;
      sha256: string;
    };
    await t.db
      .updateTable('findings')
      .set({ title: 'Judul yang diubah setelah terbit' })
      .where('assessmentId', '=', reportAssessment)
      .execute();
    const second = (
      await issue(evaluator, { kind: 'follow_up', assessmentIds: [reportAssessment] })
    ).json() as {
      id: string;
      number: string;
      sha256: string;
    };
    assert.equal(first.number, '700/002/TL/SBY/2026');
    assert.equal(second.number, '700/003/TL/SBY/2026');
    assert.notEqual(first.sha256, second.sha256);
    for (const r of [first, second]) {
      const a = await download(evaluator, r.id);
      const b = await download(evaluator, r.id);
      const stored = await t.db
        .selectFrom('evaluationReports')
        .select(['pdf', 'sha256'])
        .where('id', '=', r.id)
        .executeTakeFirstOrThrow();
      assert.ok(a.rawPayload.equals(stored.pdf));
      assert.ok(b.rawPayload.equals(stored.pdf));
      assert.equal(createHash('sha256').update(a.rawPayload).digest('hex'), r.sha256);
    }
    assert.ok(
      (await pdfText((await download(evaluator, first.id)).rawPayload)).includes(
        'Biaya layanan tidak dipajang',
      ),
    );
    const followUp = await pdfText((await download(evaluator, second.id)).rawPayload);
    for (const e of [
      'LAPORAN TINDAK LANJUT',
      'Judul yang diubah setelah terbit',
      'Status: Terbuka',
      'Belum ada tindak lanjut.',
    ])
      assert.ok(followUp.includes(e), `the follow-up report lacks "${e}"`);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation/sites/SBY/reports',
      headers: evaluator,
    });
    assert.deepEqual(
      (list.json() as { reports: { number: string }[] }).reports.map((r) => r.number),
      ['700/003/TL/SBY/2026', '700/002/TL/SBY/2026', '700/001/EVAL/SBY/2026'],
    );
    const audits = await t.db
      .selectFrom('auditLog')
      .select('entityId')
      .where('action', '=', 'evaluation.report.issue')
      .execute();
    assert.equal(audits.length, 3);
  });

  it('lets only evaluators issue, never an agency admin or another site; refuses drafts and other sites’ assessments', async () => {
    const before = await t.db.selectFrom('evaluationReports').select('id').execute();
    const body = { kind: 'assessment', assessmentIds: [reportAssessment] };
    assert.equal((await issue(agencyAdmin, body)).statusCode, 403);
    assert.equal((await issue(otherManager, body)).statusCode, 403);
    const draft = await assessment({ site: 'SBY', code: 'PEKPPP', answers: {}, status: 'draft' });
    const refused = await issue(evaluator, { kind: 'assessment', assessmentIds: [draft.id] });
    assert.equal(refused.statusCode, 422);
    assert.equal(
      (refused.json() as { error: { code: string } }).error.code,
      'evaluation.report_assessments_invalid',
    );
    const elsewhere = await issue(evaluator, body, 'TTG');
    assert.equal(elsewhere.statusCode, 422);
    assert.equal((await t.db.selectFrom('evaluationReports').select('id').execute()).length, before.length);
    // An agency's admin reads the reports of their own agency only: a site-wide one names other units.
    const siteWide = await assessment({ site: 'SBY', code: 'PEKPPP', answers: {}, rest: '3' });
    const wide = (await issue(evaluator, { kind: 'assessment', assessmentIds: [siteWide.id] })).json() as {
      id: string;
      number: string;
    };
    assert.equal(wide.number, '700/004/EVAL/SBY/2026');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation/sites/SBY/reports',
      headers: agencyAdmin,
    });
    assert.equal(list.statusCode, 200);
    const shown = (list.json() as { reports: { number: string }[] }).reports.map((r) => r.number);
    assert.deepEqual(shown, ['700/003/TL/SBY/2026', '700/002/TL/SBY/2026', '700/001/EVAL/SBY/2026']);
    assert.equal((await download(agencyAdmin, wide.id)).statusCode, 404);
    assert.equal((await download(evaluator, wide.id)).statusCode, 200);
  });

  it('puts the weakest agency first on the dashboard, with its zone, findings and trend', async () => {
    const agencies = await t.db
      .selectFrom('booths as b')
      .innerJoin('agencies as g', 'g.id', 'b.agencyId')
      .select(['g.id', 'g.code', 'g.name', 'b.id as boothId'])
      .where('b.siteId', '=', sites.TTG ?? '')
      .orderBy('g.code')
      .execute();
    assert.ok(agencies.length >= 4, 'the small site hosts at least four agencies');
    const [strong, weak, middle] = agencies as [
      (typeof agencies)[0],
      (typeof agencies)[0],
      (typeof agencies)[0],
    ];
    // Strong: green (every item met). Weak: red, but better than a year before. Middle: yellow.
    await assessment({ site: 'TTG', code: 'OMBUDSMAN', agencyId: strong.id, answers: {}, rest: '1' });
    await assessment({
      site: 'TTG',
      code: 'OMBUDSMAN',
      agencyId: weak.id,
      answers: {},
      rest: '0',
      periodTo: '2025-11-30',
    });
    await assessment({
      site: 'TTG',
      code: 'OMBUDSMAN',
      agencyId: weak.id,
      answers: { persyaratan: '1', prosedur: '1', waktu: '1', kanal: '1' },
      rest: '0',
    });
    const standard = { persyaratan: '1', prosedur: '1', waktu: '1', biaya: '1', produk: '1', maklumat: '1' };
    await assessment({ site: 'TTG', code: 'OMBUDSMAN', agencyId: middle.id, answers: standard, rest: '0.5' });
    // A booth inspection lifts nobody above another here: the weak one scores low on it too.
    await assessment({
      site: 'TTG',
      code: 'INSPEKSI-GERAI',
      agencyId: weak.id,
      boothId: weak.boothId,
      answers: {},
      rest: '0.5',
    });
    const compliance = await t.db
      .selectFrom('assessments')
      .select('id')
      .where('agencyId', '=', weak.id)
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('findings')
      .values(
        [
          new Date('2026-11-01T00:00:00Z'),
          new Date('2026-11-20T00:00:00Z'),
          new Date('2027-01-10T00:00:00Z'),
        ].map((dueAt, k) => ({
          assessmentId: compliance.id,
          siteId: sites.TTG ?? '',
          agencyId: weak.id,
          severity: 'high' as const,
          title: `Temuan ${k}`,
          recommendation: 'Perbaiki.',
          assignee: 'agency' as const,
          dueAt,
          status: k === 1 ? ('closed' as const) : ('open' as const),
        })),
      )
      .execute();

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation/sites/TTG/dashboard',
      headers: evaluator,
    });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json() as {
      agencies: {
        agencyId: string;
        zone: string | null;
        openFindings: number;
        overdueFindings: number;
        strength: number | null;
        latest: {
          instrumentCode: string;
          total: string;
          previousTotal: string | null;
          trend: string | null;
        }[];
      }[];
    };
    assert.deepEqual(
      d.agencies.slice(0, 3).map((a) => [a.agencyId, a.zone]),
      [
        [weak.id, 'red'],
        [middle.id, 'yellow'],
        [strong.id, 'green'],
      ],
    );
    const w = d.agencies[0];
    assert.equal(w?.openFindings, 2);
    assert.equal(w?.overdueFindings, 1);
    const trend = w?.latest.find((l) => l.instrumentCode === 'OMBUDSMAN');
    assert.deepEqual([trend?.previousTotal, trend?.total, trend?.trend], ['0.00', '26.67', 'up']);
    // Agencies never assessed come after, with no score.
    assert.ok(d.agencies.slice(3).every((a) => a.strength === null && a.zone === null));
    // The same query, unscoped, for the national view (evaluation.public.ts).
    const direct = await evaluationDashboard(t.db, sites.TTG ?? '', { now: NOW });
    assert.deepEqual(
      direct.agencies.map((a) => a.agencyId),
      d.agencies.map((a) => a.agencyId),
    );
    // An agency's staff see their own agency only: the admin of Tebing Tinggi's own Dispendukcapil.
    const dukcapil = await t.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DISPENDUKCAPIL')
      // Tebing Tinggi's own (Surabaya has another agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'TTG')))
      .executeTakeFirstOrThrow();
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: await login(t.app, 'admin', 'atap-admin-2026'),
      payload: {
        username: 'admin.dukcapil.ttg',
        displayName: 'Admin Disdukcapil Tebing Tinggi',
        password: 'rahasia-panjang-1',
        role: 'agency_admin',
        siteId: sites.TTG,
        agencyId: dukcapil.id,
      },
    });
    assert.equal(made.statusCode, 201, made.body);
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation/sites/TTG/dashboard',
      headers: await login(t.app, 'admin.dukcapil.ttg', 'rahasia-panjang-1'),
    });
    assert.equal(own.statusCode, 200);
    assert.deepEqual(
      (own.json() as typeof d).agencies.map((a) => a.agencyId),
      [dukcapil.id],
    );
  });

  it('seeds the demo: last year with closed and overdue findings and an issued report, this year a draft', async () => {
    const site = sites.SBY ?? '';
    const started = Date.now();
    await generateEvaluation(t.db, { siteId: site, now: NOW, seed: 2900 });
    const took = Date.now() - started;
    assert.ok(took < 10_000, `the demo's evaluation took ${took} ms`);
    // The instruments are made once, however often the demo runs.
    await ensureShippedInstruments(t.db);
    assert.equal((await t.db.selectFrom('instruments').select('id').execute()).length, 3);
    const lastYear = await t.db
      .selectFrom('assessments as a')
      .innerJoin('instrumentVersions as v', 'v.id', 'a.instrumentVersionId')
      .innerJoin('instruments as i', 'i.id', 'v.instrumentId')
      .select(['a.id', 'i.code', 'a.agencyId', 'a.total', 'a.status'])
      .where('a.siteId', '=', site)
      .where('a.periodTo', '=', '2025-12-31')
      .execute();
    assert.equal(lastYear.filter((a) => a.code === 'PEKPPP' && a.agencyId === null).length, 1);
    assert.equal(new Set(lastYear.filter((a) => a.code === 'OMBUDSMAN').map((a) => a.agencyId)).size, 5);
    assert.equal(lastYear.filter((a) => a.code === 'INSPEKSI-GERAI').length, 5);
    const totals = lastYear.filter((a) => a.code === 'OMBUDSMAN').map((a) => Number(a.total));
    assert.ok(Math.max(...totals) - Math.min(...totals) > 30, `scores across the range: ${totals}`);
    const findings = await t.db
      .selectFrom('findings')
      .select(['status', 'dueAt'])
      .where(
        'assessmentId',
        'in',
        lastYear.map((a) => a.id),
      )
      .execute();
    const closed = findings.filter((f) => f.status === 'closed').length;
    const overdue = findings.filter((f) => f.status !== 'closed' && f.dueAt < NOW).length;
    assert.ok(closed > 0 && overdue > 0, `closed ${closed}, overdue ${overdue} of ${findings.length}`);
    const report = await t.db
      .selectFrom('evaluationReports')
      .select(['pdf', 'sha256'])
      .where('number', '=', '700/001/EVAL/SBY/2025')
      .executeTakeFirstOrThrow();
    assert.equal(createHash('sha256').update(report.pdf).digest('hex'), report.sha256);
    assert.ok((await pdfText(report.pdf)).includes('Ketua Tim Monitoring dan Evaluasi'));
    fs.writeFileSync(path.join(SCREENS, 'evaluation-report-demo.pdf'), report.pdf);
    const draft = await t.db
      .selectFrom('assessments as a')
      .select(['a.id', 'a.total'])
      .where('a.siteId', '=', site)
      .where('a.status', '=', 'draft')
      .where('a.periodTo', '=', '2026-12-31')
      .executeTakeFirstOrThrow();
    const scored = await t.db
      .selectFrom('assessmentScores')
      .select('indicatorId')
      .where('assessmentId', '=', draft.id)
      .execute();
    assert.ok(scored.length > 0, 'some indicators scored');
    assert.equal(draft.total, null, 'not every aspect scored yet');
    // The dashboard of the site opens on it: the weakest visited agency first.
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/evaluation/sites/SBY/dashboard',
      headers: evaluator,
    });
    const d = res.json() as { agencies: { agencyShortName: string; zone: string | null }[] };
    assert.ok(
      d.agencies[0]?.zone === 'red' || d.agencies[0]?.zone === 'yellow',
      JSON.stringify(d.agencies[0]),
    );
  });
});
