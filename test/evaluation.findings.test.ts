import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { findingCountsPerAgency, openFindings } from '../src/modules/evaluation/evaluation.public.ts';
import { sweepFindings } from '../src/modules/evaluation/findings.sweep.ts';
import { instrumentDefinition } from '../src/modules/evaluation/instrument.schema.ts';
import { inspection } from '../src/modules/evaluation/instruments/inspection.ts';
import { score } from '../src/modules/evaluation/scoring.rules.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher, testDataKey } from './support/data-key.ts';

/**
 * Findings through the API: drawn once from an assessment's scores under threshold, due in the site's working days
 * (across a weekend and the Christmas holidays), answered by their unit only, verified or sent back and answered
 * again, 409 on a stale version or an illegal move, the overdue list and one reminder a day on a moved clock, every
 * step audited.
 */

// Wednesday 23 December 2026, 09:00 in Surabaya (WIB). The 24th (cuti bersama) and 25th (Natal) are holidays.
const START = new Date('2026-12-23T02:00:00Z');

describe('evaluation findings', () => {
  let t: TestApp;
  let clock = START;
  const h: Record<string, Record<string, string>> = {};
  let sby = '';
  let dukcapil = '';
  let booth = '';
  let assessment = '';
  let evaluatorId = '';

  before(async () => {
    t = await buildTestApp({
      now: () => clock,
      env: { ATAP_SMTP_URL: 'smtp://127.0.0.1:9', ATAP_NOTIFY_POLL_MS: '600000' },
    });
    sby = (await t.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow())
      .id;
    await t.db
      .updateTable('sites')
      .set({ email: 'evaluasi@mpp-sby.example' })
      .where('id', '=', sby)
      .execute();
    const b = await t.db
      .selectFrom('booths as b')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select(['b.id', 'b.agencyId'])
      .where('b.siteId', '=', sby)
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .executeTakeFirstOrThrow();
    booth = b.id;
    dukcapil = b.agencyId;
    const other = (
      await t.db
        .selectFrom('booths')
        .select('agencyId')
        .where('siteId', '=', sby)
        .where('agencyId', '!=', dukcapil)
        .executeTakeFirstOrThrow()
    ).agencyId;
    h.national = await login(t.app, 'admin', 'atap-admin-2026');
    h.evaluator = await login(t.app, 'evaluator', 'evaluator-2026');
    h.manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    h.otherManager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    h.agency = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    h.officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: h.national,
      payload: {
        username: 'admin.lain',
        displayName: 'Admin Instansi Lain',
        password: 'rahasia-panjang-1',
        role: 'agency_admin',
        siteId: sby,
        agencyId: other,
      },
    });
    assert.equal(made.statusCode, 201, made.body);
    h.otherAgency = await login(t.app, 'admin.lain', 'rahasia-panjang-1');
    evaluatorId = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'evaluator')
        .executeTakeFirstOrThrow()
    ).id;
    assessment = await inspectionOf({
      'buka-tepat-waktu': ['1', ''],
      'tanda-nama': ['0', 'Dua petugas tanpa tanda nama.'],
      'standar-dipajang': ['0.5', 'Standar dipajang, tanpa biaya dan waktu.'],
      kebersihan: ['1', ''],
    });
  });
  after(() => t.close());

  /** A booth inspection of Dispendukcapil at Surabaya, scored as given ({indicator: [value, note]}), one photo. */
  async function inspectionOf(scores: Record<string, [string, string]>) {
    const instrument = await t.db
      .insertInto('instruments')
      .values({
        code: `INSPEKSI-${Object.keys(scores).length}-${Date.now()}`,
        name: 'Inspeksi',
        kind: 'inspection',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await t.db
      .insertInto('instrumentVersions')
      .values({
        instrumentId: instrument.id,
        version: 1,
        definition: JSON.stringify(instrumentDefinition.parse(inspection)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const a = await t.db
      .insertInto('assessments')
      .values({
        instrumentVersionId: version.id,
        siteId: sby,
        agencyId: dukcapil,
        boothId: booth,
        periodFrom: '2026-12-01',
        periodTo: '2026-12-23',
        title: 'Inspeksi gerai Dispendukcapil',
        status: 'submitted',
        createdBy: evaluatorId,
        updatedAt: START,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('assessmentScores')
      .values(
        Object.entries(scores).map(([indicatorId, [value, note]]) => ({
          assessmentId: a.id,
          indicatorId,
          value,
          note,
          writeId: crypto.randomUUID(),
          savedBy: evaluatorId,
        })),
      )
      .execute();
    await t.db
      .insertInto('assessmentPhotos')
      .values({
        assessmentId: a.id,
        indicatorId: 'tanda-nama',
        contentType: 'image/jpeg',
        sizeBytes: 1234,
        sha256: '0'.repeat(64),
        writeId: crypto.randomUUID(),
      })
      .execute();
    return a.id;
  }

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, payload?: object) =>
    t.app.inject({ method, url, headers: h[who], ...(payload ? { payload } : {}) });
  const codeOf = (res: { json(): unknown }) => (res.json() as { error?: { code?: string } }).error?.code;
  type Row = { id: string; indicatorId: string | null; severity: string; status: string; version: number };
  const rowsOf = (res: { json(): unknown }) => (res.json() as { rows: Row[] }).rows;
  let byIndicator: Record<string, Row> = {};

  it('draws one finding per indicator under its threshold, with severity, evidence and photos — once', async () => {
    const def = instrumentDefinition.parse(inspection);
    const scored = await t.db
      .selectFrom('assessmentScores')
      .select(['indicatorId', 'value'])
      .where('assessmentId', '=', assessment)
      .execute();
    const below = score(def, new Map(scored.map((s) => [s.indicatorId, s.value])))
      .aspects.flatMap((a) => a.indicators)
      .filter((i) => i.belowThreshold)
      .map((i) => i.id)
      .sort();
    assert.deepEqual(below, ['standar-dipajang', 'tanda-nama']);

    // Not for a site manager or an agency: drawing is the evaluators'.
    assert.equal(
      (await call('POST', `/api/evaluation/assessments/${assessment}/findings/draw`, 'manager', {}))
        .statusCode,
      403,
    );
    const first = await call('POST', `/api/evaluation/assessments/${assessment}/findings/draw`, 'evaluator', {
      dueDays: 2,
    });
    assert.equal(first.statusCode, 200, first.body);
    const drawn = first.json() as {
      created: number;
      rows: (Row & {
        evidence: string;
        photoIds: string[];
        dueAt: string;
        assignee: string;
        agency: { id: string };
      })[];
    };
    assert.equal(drawn.created, 2);
    assert.deepEqual(drawn.rows.map((r) => r.indicatorId).sort(), below);
    const tag = drawn.rows.find((r) => r.indicatorId === 'tanda-nama');
    const std = drawn.rows.find((r) => r.indicatorId === 'standar-dipajang');
    assert.equal(tag?.severity, 'high');
    assert.equal(std?.severity, 'medium');
    assert.equal(tag?.evidence, 'Dua petugas tanpa tanda nama.');
    assert.equal(tag?.photoIds.length, 1);
    assert.equal(tag?.assignee, 'agency');
    assert.equal(tag?.agency.id, dukcapil);
    // Two working days from Wednesday 23 Dec: the 24th and 25th are holidays, 26–27 a weekend → Mon 28 (1), Tue 29
    // (2): the end of Tuesday 29 December in Surabaya (23:59:59 WIB).
    assert.equal(tag?.dueAt, '2026-12-29T16:59:59.000Z');

    const again = await call(
      'POST',
      `/api/evaluation/assessments/${assessment}/findings/draw`,
      'evaluator',
      {},
    );
    assert.equal((again.json() as { created: number }).created, 0);
    assert.equal(rowsOf(again).length, 2);
    const n = await t.db
      .selectFrom('findings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('assessmentId', '=', assessment)
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 2);
    byIndicator = Object.fromEntries(rowsOf(again).map((r) => [r.indicatorId, r]));
    // The agency's self-assessment is theirs to compare, not a source of findings.
    const self = await t.db
      .insertInto('assessments')
      .values({
        instrumentVersionId: (
          await t.db
            .selectFrom('assessments')
            .select('instrumentVersionId')
            .where('id', '=', assessment)
            .executeTakeFirstOrThrow()
        ).instrumentVersionId,
        siteId: sby,
        agencyId: dukcapil,
        side: 'self',
        periodFrom: '2026-12-01',
        periodTo: '2026-12-23',
        updatedAt: START,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fromSelf = await call(
      'POST',
      `/api/evaluation/assessments/${self.id}/findings/draw`,
      'evaluator',
      {},
    );
    assert.equal(fromSelf.statusCode, 400);
    assert.match(fromSelf.body, /params\.id/);
  });

  it('lets the evaluators edit the recommendation and due date before the unit answers', async () => {
    const f = byIndicator['standar-dipajang'];
    assert.ok(f);
    const res = await call('PATCH', `/api/evaluation/findings/${f.id}`, 'evaluator', {
      expectedVersion: 1,
      recommendation: 'Lengkapi papan standar pelayanan dengan biaya dan waktu penyelesaian.',
      dueDays: 5,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as Row).version, 2);
    // Five working days from Wed 23 Dec (24–27 closed): later than the two days drawn.
    const d = await t.db
      .selectFrom('findings')
      .select('dueAt')
      .where('id', '=', f.id)
      .executeTakeFirstOrThrow();
    assert.ok(d.dueAt > new Date('2026-12-29T16:59:59Z'));
    byIndicator['standar-dipajang'] = { ...f, version: 2 };
  });

  it("shows an agency only its own findings, and lets only the finding's unit answer", async () => {
    const f = byIndicator['tanda-nama'];
    assert.ok(f);
    assert.equal(rowsOf(await call('GET', '/api/evaluation/sites/SBY/findings', 'agency')).length, 2);
    assert.equal(rowsOf(await call('GET', '/api/evaluation/sites/SBY/findings', 'otherAgency')).length, 0);
    assert.equal(
      codeOf(await call('GET', '/api/evaluation/sites/SBY/findings', 'otherManager')),
      'auth.out_of_scope',
    );
    assert.equal(
      codeOf(await call('GET', `/api/evaluation/findings/${f.id}`, 'otherAgency')),
      'evaluation.finding_not_found',
    );
    const answer = {
      expectedVersion: 1,
      text: 'Tanda nama dibagikan kepada semua petugas.',
      evidence: 'Foto petugas bertanda nama.',
      doneOn: '2026-12-23',
    };
    const refused = await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'otherAgency', answer);
    assert.equal(codeOf(refused), 'auth.out_of_scope');
    assert.equal(
      codeOf(await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'officer', answer)),
      'auth.forbidden',
    );
    assert.equal(
      codeOf(await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'evaluator', answer)),
      'auth.forbidden',
    );
    const future = await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'agency', {
      ...answer,
      doneOn: '2026-12-24',
    });
    assert.equal(future.statusCode, 400);
    const detail = await call('GET', `/api/evaluation/findings/${f.id}`, 'agency');
    assert.deepEqual((detail.json() as { may: object }).may, { edit: false, answer: true, verify: false });
  });

  it('goes answered → returned → answered → closed, refusing stale versions and illegal moves', async () => {
    const f = byIndicator['tanda-nama'];
    assert.ok(f);
    const url = `/api/evaluation/findings/${f.id}`;
    const answer = {
      expectedVersion: 1,
      text: 'Tanda nama dibagikan kepada semua petugas.',
      evidence: 'Foto petugas bertanda nama.',
      doneOn: '2026-12-23',
    };
    const answered = await call('POST', `${url}/answer`, 'agency', answer);
    assert.equal(answered.statusCode, 200, answered.body);
    assert.deepEqual(answered.json(), { id: f.id, status: 'answered', version: 2 });
    // The same screen sending again: stale. A fresh version but the wrong status: illegal.
    assert.equal(codeOf(await call('POST', `${url}/answer`, 'agency', answer)), 'evaluation.finding_stale');
    const illegal = await call('POST', `${url}/answer`, 'agency', { ...answer, expectedVersion: 2 });
    assert.equal(illegal.statusCode, 409);
    assert.equal(codeOf(illegal), 'evaluation.finding_illegal_move');
    assert.equal(
      codeOf(await call('PATCH', url, 'evaluator', { expectedVersion: 2, title: 'Ubah' })),
      'evaluation.finding_illegal_move',
    );
    // The agency cannot verify its own work.
    assert.equal(
      codeOf(await call('POST', `${url}/verify`, 'agency', { expectedVersion: 2, verdict: 'close' })),
      'auth.forbidden',
    );
    const noReason = await call('POST', `${url}/verify`, 'evaluator', {
      expectedVersion: 2,
      verdict: 'return',
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /body\.reason/);
    const returned = await call('POST', `${url}/verify`, 'evaluator', {
      expectedVersion: 2,
      verdict: 'return',
      reason: 'Foto belum memperlihatkan seragam.',
    });
    assert.deepEqual(returned.json(), { id: f.id, status: 'returned', version: 3 });
    const again = await call('POST', `${url}/answer`, 'agency', {
      ...answer,
      expectedVersion: 3,
      text: 'Seragam dan tanda nama dipakai; foto terlampir.',
    });
    assert.deepEqual(again.json(), { id: f.id, status: 'answered', version: 4 });
    const closed = await call('POST', `${url}/verify`, 'evaluator', { expectedVersion: 4, verdict: 'close' });
    assert.deepEqual(closed.json(), { id: f.id, status: 'closed', version: 5 });
    assert.equal(
      codeOf(await call('POST', `${url}/answer`, 'agency', { ...answer, expectedVersion: 5 })),
      'evaluation.finding_illegal_move',
    );
    assert.equal(
      codeOf(
        await call('POST', `${url}/verify`, 'evaluator', {
          expectedVersion: 5,
          verdict: 'return',
          reason: 'Lagi lagi',
        }),
      ),
      'evaluation.finding_illegal_move',
    );

    const detail = (await call('GET', url, 'evaluator')).json() as {
      status: string;
      closedAt: string | null;
      actions: { kind: string; actor: string; doneOn: string | null }[];
      may: object;
    };
    assert.equal(detail.status, 'closed');
    assert.ok(detail.closedAt);
    assert.deepEqual(
      detail.actions.map((a) => a.kind),
      ['action', 'returned', 'action', 'verified'],
    );
    assert.equal(detail.actions[0]?.doneOn, '2026-12-23');
    assert.deepEqual(detail.may, { edit: false, answer: false, verify: false });
  });

  it("keeps the site's own findings for its manager: an agency cannot answer them", async () => {
    const made = await call('POST', `/api/evaluation/assessments/${assessment}/findings`, 'evaluator', {
      title: 'Kursi ruang tunggu kurang',
      severity: 'low',
      evidence: 'Antrean berdiri pukul 10.00.',
      recommendation: 'Tambah kursi ruang tunggu.',
      assignee: 'site',
      dueDays: 10,
    });
    assert.equal(made.statusCode, 201, made.body);
    const f = made.json() as Row & { assignee: string };
    assert.equal(f.assignee, 'site');
    assert.equal(f.indicatorId, null);
    const answer = {
      expectedVersion: 1,
      text: 'Dua puluh kursi ditambahkan.',
      evidence: '',
      doneOn: '2026-12-23',
    };
    assert.equal(
      codeOf(await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'agency', answer)),
      'auth.out_of_scope',
    );
    assert.equal(
      codeOf(await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'otherManager', answer)),
      'auth.out_of_scope',
    );
    const ok = await call('POST', `/api/evaluation/findings/${f.id}/answer`, 'manager', answer);
    assert.equal(ok.statusCode, 200, ok.body);
  });

  it('lists the overdue and reminds the site once a day, through the outbox', async () => {
    const late = byIndicator['tanda-nama'];
    const pending = byIndicator['standar-dipajang'];
    assert.ok(late && pending);
    // Make the edited one due with the first: both drawn on the 23rd, the closed one is not overdue.
    await t.db
      .updateTable('findings')
      .set({ dueAt: new Date('2026-12-29T16:59:59Z') })
      .where('id', '=', pending.id)
      .execute();
    clock = new Date('2026-12-29T16:59:59Z');
    assert.equal(
      rowsOf(await call('GET', '/api/evaluation/sites/SBY/findings/overdue', 'manager')).length,
      0,
    );
    assert.deepEqual(await sweepFindings(deps()), { reminded: 0 });

    clock = new Date('2026-12-30T02:00:00Z');
    const overdue = (await call('GET', '/api/evaluation/sites/SBY/findings/overdue', 'agency')).json() as {
      agencies: { agency: { id: string }; overdue: number }[];
      rows: Row[];
    };
    assert.deepEqual(
      overdue.rows.map((r) => r.id),
      [pending.id],
    );
    assert.deepEqual(
      overdue.agencies.map((a) => [a.agency.id, a.overdue]),
      [[dukcapil, 1]],
    );
    assert.equal(
      rowsOf(await call('GET', '/api/evaluation/sites/SBY/findings/overdue', 'otherAgency')).length,
      0,
    );
    const filtered = await call(
      'GET',
      `/api/evaluation/sites/SBY/findings?overdue=true&agencyId=${dukcapil}`,
      'evaluator',
    );
    assert.deepEqual(
      rowsOf(filtered).map((r) => r.id),
      [pending.id],
    );

    assert.deepEqual(await sweepFindings(deps()), { reminded: 1 });
    assert.deepEqual(await sweepFindings(deps()), { reminded: 0 });
    clock = new Date('2026-12-30T09:00:00Z');
    assert.deepEqual(await sweepFindings(deps()), { reminded: 0 });
    const notices = await t.db
      .selectFrom('notifications')
      .select(['template', 'recipientEncrypted', 'data'])
      .where('template', '=', 'evaluation.finding_overdue')
      .execute();
    assert.equal(notices.length, 1);
    assert.equal(testCipher.decrypt(notices[0]?.recipientEncrypted ?? ''), 'evaluasi@mpp-sby.example');
    assert.equal(notices[0]?.data.id, pending.id);
    // The next day, still overdue: one more.
    clock = new Date('2026-12-31T02:00:01Z');
    assert.deepEqual(await sweepFindings(deps()), { reminded: 1 });

    const open = await openFindings(t.db, { siteId: sby }, clock);
    assert.deepEqual(
      open.filter((o) => o.overdue).map((o) => o.id),
      [pending.id],
    );
    const counts = await findingCountsPerAgency(t.db, { siteId: sby }, clock);
    // The site's own finding was about Dispendukcapil's booth too: counted with it, answered so not overdue.
    assert.deepEqual(
      counts.map((c) => [c.agencyId, c.open, c.overdue]),
      [[dukcapil, 2, 1]],
    );
  });

  it('audited every step', async () => {
    const { rows } = await sql<{ action: string; n: string }>`
      SELECT action, count(*) AS n FROM audit_log WHERE entity_type = 'finding' GROUP BY action ORDER BY action`.execute(
      t.db,
    );
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.action, Number(r.n)])), {
      'evaluation.finding.answer': 3,
      'evaluation.finding.close': 1,
      'evaluation.finding.draw': 2,
      'evaluation.finding.edit': 1,
      'evaluation.finding.observe': 1,
      'evaluation.finding.remind': 2,
      'evaluation.finding.return': 1,
    });
  });

  it('runs the sweep from the command line: `atap evaluation-sweep` reminds what is overdue', async () => {
    // The command runs on the machine's real clock (after the steps above were counted): a finding due two days
    // before it.
    const made = await call('POST', `/api/evaluation/assessments/${assessment}/findings`, 'evaluator', {
      title: 'Papan maklumat pelayanan tertutup lemari',
      severity: 'medium',
      recommendation: 'Pindahkan papan maklumat ke tempat yang terlihat.',
    });
    assert.equal(made.statusCode, 201, made.body);
    const id = (made.json() as { id: string }).id;
    await t.db
      .updateTable('findings')
      .set({ dueAt: new Date(Date.now() - 2 * 86_400_000) })
      .where('id', '=', id)
      .execute();
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['src/cli.ts', 'evaluation-sweep'], {
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
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /Reminded [1-9]\d* overdue finding\(s\)\./);
    const row = await t.db
      .selectFrom('findings')
      .select('remindedAt')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.ok(row.remindedAt);
  });

  const deps = () => ({
    db: t.db,
    notifier: { written: () => undefined },
    now: () => clock,
    personalData: testCipher,
    notify: { email: true, webhook: false },
  });
});
