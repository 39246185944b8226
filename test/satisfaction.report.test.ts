import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { ELEMENT_IDS, type ElementId } from '../src/modules/satisfaction/elements.ts';
import {
  type Answers,
  computeIndex,
  DEFAULT_METHOD,
  mergeTallies,
  methodWithWeights,
} from '../src/modules/satisfaction/ikm.rules.ts';
import {
  type NewResponse,
  recordResponses,
  tallyOf,
} from '../src/modules/satisfaction/responses.repository.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testDataKey } from './support/data-key.ts';

/**
 * Survey periods (their method stored as used), follow-up plans, the report PDF, the answers' export and the paper
 * import (API and CLI), through the API of a whole app.
 */

type Headers = Record<string, string>;

interface ErrorBody {
  error: {
    code: string;
    details?: { row?: number; column?: string; field: string; message: { id: string; en: string } }[];
  };
}

/** Weights summing to 1 that are not 1/9: requirements weighs double. */
const CUSTOM: Record<ElementId, string> = Object.fromEntries(
  ELEMENT_IDS.map((id) => [id, id === 'requirements' ? '0.2' : '0.1']),
) as Record<ElementId, string>;

async function multipart(file: { name: string; data: Buffer }) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file.data)]), file.name);
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  };
}

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** A CSV in the template's layout (header row only), one line per row. */
function csv(rows: string[][]): Buffer {
  const header = [...ELEMENT_IDS.map((_, i) => `u${i + 1}`), 'tanggal', 'kode_layanan', 'saran'];
  return Buffer.from([header, ...rows].map((r) => r.join(',')).join('\r\n'), 'utf8');
}

describe('satisfaction: periods, follow-ups, report, export and import', () => {
  let t: TestApp;
  let manager: Headers;
  let otherManager: Headers;
  let evaluator: Headers;
  let officer: Headers;
  let unit: { siteId: string; agencyId: string; serviceId: string; boothId: string; code: string };
  let first: string;
  let second: string;

  after(() => t.close());
  before(async () => {
    t = await buildTestApp({ now: () => new Date('2027-01-15T03:00:00Z') });
    unit = await t.db
      .selectFrom('serviceBooths')
      .innerJoin('booths', 'booths.id', 'serviceBooths.boothId')
      .innerJoin('sites', 'sites.id', 'booths.siteId')
      .innerJoin('services', 'services.id', 'serviceBooths.serviceId')
      .select([
        'booths.siteId',
        'booths.agencyId',
        'serviceBooths.serviceId',
        'booths.id as boothId',
        'services.code',
      ])
      .where('sites.code', '=', 'SBY')
      .orderBy('services.code')
      .executeTakeFirstOrThrow();
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    otherManager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    evaluator = await login(t.app, 'evaluator', 'evaluator-2026');
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    headers: Headers,
    payload?: unknown,
  ) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  const audits = async (action: string) =>
    t.db
      .selectFrom('auditLog')
      .select(['entityId', 'after', 'before'])
      .where('action', '=', action)
      .execute();

  const respond = (servedOn: string, answers: Answers, suggestion: string | null = null): NewResponse => ({
    invitationId: null,
    importId: null,
    channel: 'paper',
    ...unit,
    servedOn,
    answers,
    sex: 'female',
    ageBand: '30_39',
    education: 'bachelor',
    occupation: 'entrepreneur',
    suggestion,
  });

  const upload = async (headers: Headers, file: { name: string; data: Buffer }, site = 'SBY') => {
    const body = await multipart(file);
    return t.app.inject({
      method: 'POST',
      url: `/api/satisfaction/sites/${site}/imports`,
      headers: { ...headers, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  const countRows = async () => ({
    responses: Number(
      (
        await t.db
          .selectFrom('surveyResponses')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    imports: Number(
      (
        await t.db
          .selectFrom('surveyImports')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });

  it('a period keeps the method it was created with: a later change of the site weights does not move its figure', async () => {
    const set = await call('PUT', '/api/satisfaction/sites/SBY/weights', manager, { weights: CUSTOM });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json().customWeights, [...ELEMENT_IDS]);
    const bad = await call('PUT', '/api/satisfaction/sites/SBY/weights', manager, {
      weights: { ...CUSTOM, fee: '0.11' },
    });
    assert.equal(bad.statusCode, 422);
    assert.equal((bad.json() as ErrorBody).error.code, 'satisfaction.weights_invalid');

    const created = await call('POST', '/api/satisfaction/sites/SBY/periods', manager, {
      label: 'Semester I 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    assert.equal(created.statusCode, 201, created.body);
    first = created.json().id;
    assert.equal(created.json().weights.requirements, '0.2');

    // Answers: 60% give 4 on requirements, everyone 3 elsewhere; requirements weighs 0.2 in this period.
    const answers = (r: 1 | 2 | 3 | 4): Answers =>
      Object.fromEntries(ELEMENT_IDS.map((id) => [id, id === 'requirements' ? r : 3])) as Answers;
    await t.db
      .transaction()
      .execute((tx) =>
        recordResponses(tx, [
          ...Array.from({ length: 6 }, (_, i) =>
            respond(`2026-02-${10 + i}`, answers(4), i === 0 ? 'Antrean terlalu lama' : null),
          ),
          ...Array.from({ length: 4 }, (_, i) =>
            respond(`2026-03-${10 + i}`, answers(2), i === 0 ? 'Petugas ramah' : null),
          ),
        ]),
      );
    const tally = await tallyOf(t.db, { siteId: unit.siteId, from: '2026-01-01', to: '2026-06-30' });
    const custom = computeIndex(tally, methodWithWeights(CUSTOM)).convertedText;
    const equal = computeIndex(tally, DEFAULT_METHOD).convertedText;
    assert.notEqual(custom, equal);

    const listed = async () =>
      (await call('GET', '/api/satisfaction/sites/SBY/periods', manager)).json() as {
        periods: { id: string; converted: string; respondents: number; customWeights: string[] }[];
        weights: { customWeights: string[] };
      };
    assert.equal((await listed()).periods.find((p) => p.id === first)?.converted, custom);

    assert.equal(
      (await call('PUT', '/api/satisfaction/sites/SBY/weights', manager, { weights: null })).statusCode,
      200,
    );
    const after = await listed();
    assert.deepEqual(after.weights.customWeights, []);
    const kept = after.periods.find((p) => p.id === first);
    assert.equal(kept?.converted, custom, 'the old period keeps its stored weights');
    assert.equal(kept?.respondents, 10);

    const next = await call('POST', '/api/satisfaction/sites/SBY/periods', manager, {
      label: 'Semester II 2026',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
    });
    assert.equal(next.statusCode, 201, next.body);
    second = next.json().id;
    assert.deepEqual(next.json().customWeights, []);
    assert.equal((await audits('satisfaction.weights.set')).length, 2);
    assert.equal((await audits('satisfaction.period.create')).length, 2);
  });

  it('a period with responses changes its label only; one with a plan is not deleted; scope holds', async () => {
    const dates = await call('PATCH', `/api/satisfaction/periods/${first}`, manager, {
      endsOn: '2026-05-31',
    });
    assert.equal(dates.statusCode, 409);
    assert.equal((dates.json() as ErrorBody).error.code, 'satisfaction.period_answered');
    const renamed = await call('PATCH', `/api/satisfaction/periods/${first}`, manager, {
      label: 'Semester I/2026',
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().label, 'Semester I/2026');
    const [audit] = await audits('satisfaction.period.update');
    assert.ok(audit);
    assert.deepEqual(
      [(audit.before as { label: string }).label, (audit.after as { label: string }).label],
      ['Semester I 2026', 'Semester I/2026'],
    );
    const duplicate = await call('POST', '/api/satisfaction/sites/SBY/periods', manager, {
      label: 'x',
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
    });
    assert.equal(duplicate.statusCode, 409);

    assert.equal((await call('GET', `/api/satisfaction/periods/${first}`, evaluator)).statusCode, 200);
    const outside = await call('PATCH', `/api/satisfaction/periods/${first}`, otherManager, {
      label: 'mine',
    });
    assert.equal(outside.statusCode, 403);
    assert.equal((outside.json() as ErrorBody).error.code, 'auth.out_of_scope');
    assert.equal(
      (await call('GET', `/api/satisfaction/periods/${first}/report.pdf`, otherManager)).statusCode,
      403,
    );
    assert.equal(
      (await call('GET', `/api/satisfaction/periods/${first}/report.pdf`, officer)).statusCode,
      403,
    );

    const empty = await call('POST', '/api/satisfaction/sites/SBY/periods', manager, {
      label: 'Coba',
      startsOn: '2025-01-01',
      endsOn: '2025-01-31',
    });
    const moved = await call('PATCH', `/api/satisfaction/periods/${empty.json().id}`, manager, {
      endsOn: '2025-02-28',
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().endsOn, '2025-02-28');
    assert.equal(
      (await call('DELETE', `/api/satisfaction/periods/${empty.json().id}`, manager)).statusCode,
      204,
    );
    assert.equal((await audits('satisfaction.period.delete')).length, 1);
  });

  it('follow-ups: created, their status changed with a note, deleted — each audited', async () => {
    const detail = (await call('GET', `/api/satisfaction/periods/${first}`, manager)).json() as {
      weakest: ElementId[];
    };
    assert.equal(detail.weakest.length, 3);
    const add = (element: ElementId, action: string) =>
      call('POST', `/api/satisfaction/periods/${first}/follow-ups`, manager, {
        element,
        action,
        owner: 'Kepala Bidang Pelayanan',
        dueOn: '2026-09-30',
      });
    const a = await add('time', 'Menambah dua loket pada jam sibuk');
    assert.equal(a.statusCode, 201, a.body);
    const b = await add('facilities', 'Memperbaiki pendingin ruang tunggu');
    const c = await add('fee', 'Dihapus');
    assert.equal((await add('time', '')).statusCode, 400);
    const done = await call('PATCH', `/api/satisfaction/follow-ups/${a.json().id}`, manager, {
      status: 'done',
      statusNote: 'Loket 7 dan 8 dibuka',
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().status, 'done');
    await call('PATCH', `/api/satisfaction/follow-ups/${b.json().id}`, manager, { status: 'in_progress' });
    assert.equal(
      (await call('DELETE', `/api/satisfaction/follow-ups/${c.json().id}`, manager)).statusCode,
      204,
    );
    assert.equal(
      (
        await call('PATCH', `/api/satisfaction/follow-ups/${a.json().id}`, otherManager, {
          status: 'dropped',
        })
      ).statusCode,
      403,
    );

    assert.equal((await audits('satisfaction.follow_up.create')).length, 3);
    const updates = await audits('satisfaction.follow_up.update');
    assert.deepEqual(updates.find((u) => u.entityId === a.json().id)?.after, {
      status: 'done',
      statusNote: 'Loket 7 dan 8 dibuka',
    });
    assert.equal((await audits('satisfaction.follow_up.delete')).length, 1);

    const refused = await call('DELETE', `/api/satisfaction/periods/${first}`, manager);
    assert.equal(refused.statusCode, 409);
    assert.equal((refused.json() as ErrorBody).error.code, 'satisfaction.period_has_follow_ups');

    const nextDetail = (await call('GET', `/api/satisfaction/periods/${second}`, manager)).json() as {
      previous: { id: string; followUps: { status: string }[] } | null;
    };
    assert.equal(nextDetail.previous?.id, first);
    assert.deepEqual(nextDetail.previous?.followUps.map((f) => f.status).sort(), ['done', 'in_progress']);
  });

  it("the report PDF carries the period's figures, headings, plan and the previous plan's status", async () => {
    const res = await call('GET', `/api/satisfaction/periods/${first}/report.pdf`, evaluator);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const text = await pdfText(res.rawPayload);
    const tally = await tallyOf(t.db, { siteId: unit.siteId, from: '2026-01-01', to: '2026-06-30' });
    const result = computeIndex(tally, methodWithWeights(CUSTOM));
    const comma = (s: string | null) => (s ?? '').replace('.', ',');
    const site = await t.db
      .selectFrom('sites')
      .select('name')
      .where('id', '=', unit.siteId)
      .executeTakeFirstOrThrow();
    for (const expected of [
      'Survei Kepuasan Masyarakat',
      site.name,
      'Periode: Semester I/2026',
      '1 Januari 2026 s.d. 30 Juni 2026',
      '1. Metode',
      '2. Profil responden',
      '3. Nilai per unsur dan indeks',
      '4. Pemeriksaan sampel',
      '5. Unsur dengan nilai terendah',
      '6. Saran dan masukan',
      '7. Rencana tindak lanjut',
      '8. Tindak lanjut periode sebelumnya',
      `Mutu pelayanan: ${result.grade} (${result.label?.id})`,
      comma(result.convertedText),
      comma(result.ikmText),
      'Peringatan: bobot unsur',
      'Antrean terlalu lama',
      'Menambah dua loket pada jam sibuk',
      'Tidak ada periode sebelumnya.',
      'Krejcie dan Morgan',
    ]) {
      assert.ok(text.includes(expected), `the report has "${expected}"`);
    }
    // The per-element table: requirements' sum 32 of 10 answers, NRR 3,20.
    assert.match(text, /Persyaratan 32 10 3,20/);
    assert.match(text, /Perempuan 10 100,0%/);

    const next = await pdfText(
      (await call('GET', `/api/satisfaction/periods/${second}/report.pdf`, manager)).rawPayload,
    );
    assert.ok(next.includes('Periode Semester I/2026:'), next.slice(0, 2000));
    assert.ok(next.includes('Loket 7 dan 8 dibuka'));
    assert.ok(next.includes('Selesai'));
    assert.ok(next.includes('Sedang berjalan'));
    assert.ok(next.includes('Belum ada responden'));
  });

  it('export → import gives the same answers again (the tally doubles exactly, per unit)', async () => {
    const range = { from: '2026-01-01', to: '2026-06-30' };
    const before = {
      site: await tallyOf(t.db, { siteId: unit.siteId, ...range }),
      service: await tallyOf(t.db, { serviceId: unit.serviceId, ...range }),
    };
    const exported = await call('GET', `/api/satisfaction/periods/${first}/answers.xlsx`, evaluator);
    assert.equal(exported.statusCode, 200);
    const csvExport = await call('GET', `/api/satisfaction/periods/${first}/answers.csv`, evaluator);
    assert.match(csvExport.body, /^\uFEFF?u1,u2,u3,u4,u5,u6,u7,u8,u9,tanggal,kode_layanan,/);
    assert.match(csvExport.body, /,paper\r\n/);
    const imported = await upload(manager, { name: 'ekspor.xlsx', data: exported.rawPayload });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.deepEqual(
      { rows: imported.json().rows, withService: imported.json().withService },
      { rows: 10, withService: 10 },
    );
    assert.deepEqual(
      await tallyOf(t.db, { siteId: unit.siteId, ...range }),
      mergeTallies(before.site, before.site),
    );
    assert.deepEqual(
      await tallyOf(t.db, { serviceId: unit.serviceId, ...range }),
      mergeTallies(before.service, before.service),
    );
    const paper = await t.db
      .selectFrom('surveyResponses')
      .select(['channel', 'importId', 'boothId'])
      .where('importId', '=', imported.json().importId)
      .execute();
    assert.equal(paper.length, 10);
    assert.ok(paper.every((p) => p.channel === 'paper' && p.boothId === unit.boothId));
    assert.equal((await audits('satisfaction.import')).length, 1);
    const template = await call('GET', '/api/satisfaction/survey-template.xlsx', manager);
    assert.equal(template.statusCode, 200);
  });

  it('an import with one bad row writes nothing and names the row and column', async () => {
    const before = await countRows();
    const good = ['4', '4', '3', '3', '4', '4', '4', '3', '3'];
    const file = csv([
      [...good, '2026-04-01', unit.code, 'Bagus'],
      [...good.slice(0, 3), '5', ...good.slice(4), '2026-04-02', '', ''],
      [...good, '2026-04-03', 'TIDAK-ADA', ''],
      [...good, '', '', ''],
    ]);
    const res = await upload(manager, { name: 'kertas.csv', data: file });
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json() as ErrorBody;
    assert.equal(body.error.code, 'satisfaction.rows_invalid');
    assert.deepEqual(
      body.error.details?.map((d) => [d.row, d.column]),
      [[3, 'u4']],
    );
    assert.deepEqual(await countRows(), before);

    // The answers fixed, the unknown service code is the next error, of its own row.
    const fixed = csv([
      [...good, '2026-04-01', unit.code, 'Bagus'],
      [...good, '2026-04-03', 'TIDAK-ADA', ''],
    ]);
    const unknown = (await upload(manager, { name: 'kertas.csv', data: fixed })).json() as ErrorBody;
    assert.deepEqual(
      unknown.error.details?.map((d) => [d.row, d.column]),
      [[3, 'kode_layanan']],
    );
    assert.deepEqual(await countRows(), before);
    assert.equal((await upload(otherManager, { name: 'kertas.csv', data: fixed })).statusCode, 403);
  });

  it('atap import-survey: the service option for rows without a code; a row without any counts for the site only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-survey-'));
    const file = path.join(dir, 'kertas.csv');
    fs.writeFileSync(
      file,
      csv([
        ['4', '4', '4', '4', '4', '4', '4', '4', '4', '2026-08-01', '', ''],
        ['3', '3', '3', '3', '3', '3', '3', '3', '', '2026-08-02', '', 'Tanpa u9'],
      ]),
    );
    const run = (args: string[]) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['src/cli.ts', 'import-survey', file, ...args], {
          cwd: path.resolve(import.meta.dirname, '..'),
          env: { ...process.env, DATABASE_URL: t.url, ATAP_DATA_KEY: testDataKey, ATAP_LOG_LEVEL: 'silent' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (c: Buffer) => {
          output += c.toString();
        });
        child.stderr.on('data', (c: Buffer) => {
          output += c.toString();
        });
        child.on('exit', (code) => resolve({ code: code ?? 1, output }));
      });
    const range = { from: '2026-08-01', to: '2026-08-31' };
    const withService = await run(['--site', 'SBY', '--service', unit.code]);
    assert.equal(withService.code, 0, withService.output);
    assert.match(withService.output, /Imported 2 responses \(2 with a service\)/);
    assert.equal((await tallyOf(t.db, { serviceId: unit.serviceId, ...range })).respondents, 2);
    const siteOnly = await run(['--site', 'sby']);
    assert.equal(siteOnly.code, 0, siteOnly.output);
    assert.equal((await tallyOf(t.db, { siteId: unit.siteId, ...range })).respondents, 4);
    assert.equal((await tallyOf(t.db, { serviceId: unit.serviceId, ...range })).respondents, 2);
    const site = await tallyOf(t.db, { siteId: unit.siteId, ...range });
    assert.deepEqual(site.elements.facilities, { sum: 8, answered: 2 });
    const unknownSite = await run(['--site', 'NOPE']);
    assert.notEqual(unknownSite.code, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
