import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { evidenceSources } from '../src/modules/evaluation/evidence-sources.ts';
import { instrumentDefinition } from '../src/modules/evaluation/instrument.schema.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/**
 * Assessments through the API over real connections: open, score, submit; a value that is no level; a draft
 * replayed; two evaluators saving one indicator at the same moment; the team and the agency's scope; the prefill
 * confirmed or overridden with a reason; the agency's self-assessment beside the evaluators'; photos by their bytes
 * and size, a retried upload kept once.
 */

const MAX_PHOTO = 4096;
// A test-only source (registered here, never in the app): the shipped sources are another part's.
const SOURCE = 'test.assess-booth-open';

const instrument = instrumentDefinition.parse({
  name: 'Instrumen uji penilaian',
  aspects: [
    {
      id: 'layanan',
      name: 'Layanan',
      weight: '0.6',
      indicators: [
        {
          id: 'buka',
          name: 'Gerai buka tepat waktu',
          levels: [
            { value: 0, label: 'Tidak' },
            { value: '0.5', label: 'Sebagian' },
            { value: 1, label: 'Ya' },
          ],
          source: SOURCE,
        },
        {
          id: 'antrean',
          name: 'Antrean berjalan',
          levels: [
            { value: 0, label: 'Tidak' },
            { value: '0.5', label: 'Sebagian' },
            { value: 1, label: 'Ya' },
          ],
        },
      ],
    },
    {
      id: 'sarana',
      name: 'Sarana',
      weight: '0.4',
      indicators: [
        {
          id: 'difabel',
          name: 'Sarana difabel',
          levels: [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: `Tingkat ${v}` })),
        },
      ],
    },
  ],
  total: {
    min: 0,
    max: 100,
    decimals: 2,
    bands: [
      { min: 90, code: 'Baik', label: 'Baik', zone: 'green' },
      { min: 0, code: 'Kurang', label: 'Kurang', zone: 'red' },
    ],
  },
});

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely, field by field
type Answer = Record<string, any>;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);

describe('assessments', () => {
  let t: TestApp;
  let base = '';
  let dir = '';
  const h: Record<string, Record<string, string>> = {};
  const users: Record<string, string> = {};
  let sby = '';
  let dukcapil = '';
  let other = '';
  let assessment = '';

  const api = async (method: string, url: string, who: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { ...h[who], ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Answer };
  };
  const save = (who: string, indicator: string, body: Record<string, unknown>, id = assessment) =>
    api('PUT', `/api/evaluation/assessments/${id}/scores/${indicator}`, who, {
      note: '',
      writeId: randomUUID(),
      ...body,
    });
  const upload = async (who: string, bytes: Buffer, writeId: string, indicatorId = 'antrean') => {
    const form = new FormData();
    form.set('indicatorId', indicatorId);
    form.set('writeId', writeId);
    form.set('file', new Blob([new Uint8Array(bytes)]), 'foto.png');
    const res = await fetch(`${base}/api/evaluation/assessments/${assessment}/photos`, {
      method: 'POST',
      headers: h[who],
      body: form,
    });
    return { status: res.status, json: (await res.json()) as Answer };
  };

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atap-assess-'));
    t = await buildTestApp({
      env: { ATAP_EVALUATION_FILES_DIR: dir, ATAP_EVALUATION_PHOTO_MAX_BYTES: String(MAX_PHOTO) },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as net.AddressInfo).port}`;
    evidenceSources[SOURCE] = async (_db, unit, levels) => ({
      suggested: String(levels.at(-1)?.value),
      text: `Gerai buka tepat waktu 20 dari 20 hari (${unit.from}–${unit.to})`,
      source: `${SOURCE} ${unit.from}/${unit.to}`,
    });
    const made = await t.db
      .insertInto('instruments')
      .values({ code: 'UJI', name: 'Uji', kind: 'custom' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('instrumentVersions')
      .values({ instrumentId: made.id, version: 1, definition: JSON.stringify(instrument) })
      .execute();
    sby = (await t.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow())
      .id;
    dukcapil = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'DISPENDUKCAPIL')
        // Surabaya's (Tebing Tinggi has its own agency with the same code).
        .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
        .executeTakeFirstOrThrow()
    ).id;
    other = (
      await t.db
        .selectFrom('agencies as a')
        .innerJoin('booths as b', 'b.agencyId', 'a.id')
        .select('a.id')
        .where('b.siteId', '=', sby)
        .where('a.id', '!=', dukcapil)
        .orderBy('a.code')
        .executeTakeFirstOrThrow()
    ).id;
    h.national = await login(t.app, 'admin', 'atap-admin-2026');
    h.eval1 = await login(t.app, 'evaluator', 'evaluator-2026');
    h.agency = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    for (const [name, role, agencyId] of [
      ['eval2', 'evaluator', null],
      ['eval3', 'evaluator', null],
      ['otherAgency', 'agency_admin', other],
    ] as const) {
      const res = await api('POST', '/api/users', 'national', {
        username: `uji.${name.toLowerCase()}`,
        displayName: `Uji ${name}`,
        password: 'rahasia-panjang-1',
        role,
        ...(agencyId ? { siteId: sby, agencyId } : {}),
      });
      assert.equal(res.status, 201, JSON.stringify(res.json));
      users[name] = res.json.id;
      h[name] = await login(t.app, `uji.${name.toLowerCase()}`, 'rahasia-panjang-1');
    }
    users.eval1 = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'evaluator')
        .executeTakeFirstOrThrow()
    ).id;
  });
  after(async () => {
    delete evidenceSources[SOURCE];
    await t.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('opens an assessment with a team of one lead, the prefill stored with no value', async () => {
    const noLead = await api('POST', '/api/evaluation/assessments', 'eval1', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'uji',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Penilaian uji',
      members: [{ userId: users.eval1 }, { userId: users.eval2 }],
    });
    assert.equal(noLead.status, 422);
    assert.equal(noLead.json.error.details[0].field, 'members');
    const notEvaluator = await api('POST', '/api/evaluation/assessments', 'eval1', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'UJI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Penilaian uji',
      members: [{ userId: users.eval1, lead: true }, { userId: users.otherAgency }],
    });
    assert.equal(notEvaluator.status, 422);
    assert.equal(notEvaluator.json.error.details[0].field, 'members.1.userId');
    const res = await api('POST', '/api/evaluation/assessments', 'eval1', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'UJI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Penilaian uji',
      members: [{ userId: users.eval1, lead: true }, { userId: users.eval2 }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.json));
    assessment = res.json.id;
    const buka = res.json.scores.find((s: { indicatorId: string }) => s.indicatorId === 'buka');
    assert.equal(buka.value, null);
    assert.equal(buka.prefill.suggested, '1');
    assert.match(buka.prefill.text, /20 dari 20/);
    assert.equal(res.json.mine.lead, true);
    assert.equal(res.json.computed.total, null);
  });

  it('refuses a value that is not one of the indicator’s levels (422 naming the field)', async () => {
    const res = await save('eval1', 'antrean', { value: '0.25' });
    assert.equal(res.status, 422);
    assert.equal(res.json.error.code, 'evaluation.value_invalid');
    assert.equal(res.json.error.details[0].field, 'value');
    const unknown = await save('eval1', 'tidak-ada', { value: '1' });
    assert.equal(unknown.status, 404);
  });

  it('takes a replayed write once: the stored row answered, the revision not bumped', async () => {
    const writeId = randomUUID();
    const first = await save('eval1', 'antrean', {
      value: '0.5',
      note: 'Nomor dipanggil',
      writeId,
      baseRevision: 0,
    });
    assert.equal(first.status, 200, JSON.stringify(first.json));
    assert.equal(first.json.revision, 1);
    assert.equal(first.json.replayed, false);
    const again = await save('eval1', 'antrean', {
      value: '0.5',
      note: 'Nomor dipanggil',
      writeId,
      baseRevision: 0,
    });
    assert.equal(again.status, 200);
    assert.equal(again.json.replayed, true);
    assert.equal(again.json.revision, 1);
    const audits = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'evaluation.score.save' AND after->>'writeId' = ${writeId}`.execute(
      t.db,
    );
    assert.equal(audits.rows[0]?.n, 1);
    // A later save by someone else, then the old draft replayed again: the later save stays.
    const later = await save('eval2', 'antrean', { value: '1', baseRevision: 1 });
    assert.equal(later.json.revision, 2);
    const stale = await save('eval1', 'antrean', { value: '0.5', writeId, baseRevision: 0 });
    assert.equal(stale.json.replayed, true);
    const row = await t.db
      .selectFrom('assessmentScores')
      .select(['value', 'revision'])
      .where('assessmentId', '=', assessment)
      .where('indicatorId', '=', 'antrean')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { value: '1', revision: 2 });
  });

  it('two evaluators saving one indicator at once: both taken, the later names the save it replaced', async () => {
    const [a, b] = await Promise.all([
      save('eval1', 'difabel', { value: '3', note: 'Ramp ada', baseRevision: 0 }),
      save('eval2', 'difabel', { value: '4', note: 'Ramp dan toilet', baseRevision: 0 }),
    ]);
    assert.equal(a.status, 200, JSON.stringify(a.json));
    assert.equal(b.status, 200, JSON.stringify(b.json));
    const [earlier, later] = a.json.revision < b.json.revision ? [a, b] : [b, a];
    assert.deepEqual([earlier.json.revision, later.json.revision], [1, 2]);
    assert.equal(earlier.json.overwrote, null);
    assert.equal(later.json.overwrote.value, earlier.json.value);
    assert.equal(later.json.overwrote.savedBy.name, earlier.json.savedBy.name);
    assert.equal(later.json.overwrote.revision, 1);
    const row = await t.db
      .selectFrom('assessmentScores')
      .select('value')
      .where('assessmentId', '=', assessment)
      .where('indicatorId', '=', 'difabel')
      .executeTakeFirstOrThrow();
    assert.equal(row.value, later.json.value);
    // Nothing lost silently: the earlier value is in the later save's audit entry.
    const audit = await sql<{
      before: { value: string };
    }>`SELECT before FROM audit_log WHERE action = 'evaluation.score.save' AND after->>'indicatorId' = 'difabel' AND (after->>'revision')::int = 2`.execute(
      t.db,
    );
    assert.equal(audit.rows[0]?.before.value, earlier.json.value);
  });

  it('refuses an evaluator who is not on the team', async () => {
    const res = await save('eval3', 'antrean', { value: '1' });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.code, 'evaluation.not_team_member');
    const agency = await save('agency', 'antrean', { value: '1' });
    assert.equal(agency.status, 403);
  });

  it('confirms the prefill without a reason; a different value needs one', async () => {
    const other = await save('eval1', 'buka', { value: '0.5' });
    assert.equal(other.status, 422);
    assert.equal(other.json.error.code, 'evaluation.override_reason_required');
    assert.equal(other.json.error.details[0].field, 'overrideReason');
    const confirmed = await save('eval1', 'buka', { value: '1' });
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.json.overrideReason, null);
    const overridden = await save('eval1', 'buka', {
      value: '0.5',
      overrideReason: 'Loket 2 kosong saat kunjungan',
    });
    assert.equal(overridden.status, 200);
    assert.equal(overridden.json.overrideReason, 'Loket 2 kosong saat kunjungan');
    // Every aspect answered: the total is stored with the save, from scoring.rules.ts.
    assert.ok(overridden.json.total !== null);
    const stored = await t.db
      .selectFrom('assessments')
      .select(['total', 'band'])
      .where('id', '=', assessment)
      .executeTakeFirstOrThrow();
    assert.equal(stored.total, overridden.json.total);
  });

  it('shows an agency admin only its own agency’s assessments', async () => {
    const res = await api('POST', '/api/evaluation/assessments', 'eval1', {
      siteId: sby,
      agencyId: other,
      instrumentCode: 'UJI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Penilaian instansi lain',
      members: [{ userId: users.eval1, lead: true }],
    });
    assert.equal(res.status, 201);
    const mine = await api('GET', '/api/evaluation/sites/SBY/assessments', 'agency');
    assert.equal(mine.status, 200);
    assert.deepEqual(
      mine.json.items.map((i: { id: string }) => i.id),
      [assessment],
    );
    const theirs = await api('GET', `/api/evaluation/assessments/${res.json.id}`, 'agency');
    assert.equal(theirs.status, 404);
    const all = await api('GET', '/api/evaluation/sites/SBY/assessments', 'eval3');
    assert.equal(all.json.items.length, 2);
  });

  it('keeps the agency’s self-assessment beside the evaluators’, with the differences', async () => {
    const opened = await api('POST', '/api/evaluation/self-assessments', 'agency', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'UJI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Penilaian mandiri Dispendukcapil',
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.json));
    const self = opened.json.id as string;
    const notHis = await api('POST', '/api/evaluation/self-assessments', 'otherAgency', {
      siteId: sby,
      agencyId: dukcapil,
      instrumentCode: 'UJI',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      title: 'Bukan instansinya',
    });
    assert.equal(notHis.status, 403);
    for (const [indicator, value] of [
      ['buka', '1'],
      ['antrean', '1'],
      ['difabel', '5'],
    ])
      assert.equal(
        (
          await api('PUT', `/api/evaluation/self-assessments/${self}/scores/${indicator}`, 'agency', {
            value,
            writeId: randomUUID(),
          })
        ).status,
        200,
      );
    const linked = await api('PUT', `/api/evaluation/assessments/${assessment}/self`, 'eval1', {
      selfOf: self,
    });
    assert.equal(linked.status, 200, JSON.stringify(linked.json));
    const read = await api('GET', `/api/evaluation/assessments/${assessment}`, 'agency');
    const gap = Object.fromEntries(
      read.json.self.indicators.map((i: { indicatorId: string }) => [i.indicatorId, i]),
    );
    assert.deepEqual(gap.buka, { indicatorId: 'buka', self: '1', evaluator: '0.5', difference: '-0.5' });
    assert.equal(gap.antrean.difference, '0');
    assert.equal(gap.difabel.self, '5');
    assert.equal(read.json.self.total, '100.00');
    assert.notEqual(read.json.computed.total, read.json.self.total);
  });

  it('takes photos by their bytes and size, a retried upload once, and gives them back', async () => {
    const big = await upload('eval1', Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO)]), randomUUID());
    assert.equal(big.status, 413);
    assert.equal(big.json.error.code, 'evaluation.photo_too_large');
    const wrong = await upload('eval1', Buffer.from('%PDF-1.7 bukan foto'), randomUUID());
    assert.equal(wrong.status, 422);
    assert.equal(wrong.json.error.code, 'evaluation.photo_invalid');
    const writeId = randomUUID();
    const [one, two] = await Promise.all([upload('eval1', PNG, writeId), upload('eval1', PNG, writeId)]);
    assert.deepEqual([one.status, two.status].sort(), [200, 201]);
    assert.equal(one.json.id, two.json.id);
    const rows = await t.db
      .selectFrom('assessmentPhotos')
      .select('id')
      .where('writeId', '=', writeId)
      .execute();
    assert.equal(rows.length, 1);
    assert.deepEqual(await fs.readdir(dir), [one.json.id]);
    const res = await fetch(`${base}/api/evaluation/assessments/${assessment}/photos/${one.json.id}`, {
      headers: h.agency,
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), PNG);
    const outsider = await upload('eval3', PNG, randomUUID());
    assert.equal(outsider.status, 403);
  });

  it('lets only the lead submit; a submitted assessment refuses saves', async () => {
    const notLead = await api('POST', `/api/evaluation/assessments/${assessment}/submit`, 'eval2');
    assert.equal(notLead.status, 403);
    assert.equal(notLead.json.error.code, 'evaluation.lead_only');
    const done = await api('POST', `/api/evaluation/assessments/${assessment}/submit`, 'eval1');
    assert.equal(done.status, 200, JSON.stringify(done.json));
    assert.equal(done.json.status, 'submitted');
    assert.ok(done.json.computed.formula);
    const stored = await t.db
      .selectFrom('assessments')
      .select(['status', 'total', 'band'])
      .where('id', '=', assessment)
      .executeTakeFirstOrThrow();
    assert.equal(stored.status, 'submitted');
    assert.equal(stored.total, done.json.computed.total);
    assert.equal(stored.band?.code, done.json.computed.band.code);
    const late = await save('eval1', 'antrean', { value: '0' });
    assert.equal(late.status, 409);
    assert.equal(late.json.error.code, 'evaluation.assessment_submitted');
  });
});
