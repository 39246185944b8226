import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ComplaintDeps, NewComplaint } from '../src/modules/complaints/complaint.filing.ts';
import { fileComplaint } from '../src/modules/complaints/complaint.filing.ts';
import { sweepComplaints } from '../src/modules/complaints/sweep.ts';
import { render } from '../src/modules/notifications/templates.ts';
import { systemContext } from '../src/shared/context.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher, testDataKey } from './support/data-key.ts';
import { dukcapil as dukcapilBooth } from './support/floor.ts';

/**
 * Complaint handling through the API: each role's scope, the confidential identity kept from the agency, the
 * audited identity read, every move audited, the sweep (auto-close, escalation once per stage) on a clock the
 * test moves, and two handlers racing on real connections.
 */

// Monday 23 November 2026, 09:00 in Surabaya (WIB): a working day.
const START = new Date('2026-11-23T02:00:00Z');
const PERSON = { name: 'Budi Santoso', phone: '0812-3456-7890', email: 'budi.santoso@example.org' };

describe('complaint handling', () => {
  let t: TestApp;
  let clock = START;
  let deps: ComplaintDeps;
  let base = '';
  const h: Record<string, Record<string, string>> = {};
  let sby = '';
  let dukcapil = '';
  let other = '';
  let notHere = '';

  before(async () => {
    // Both channels configured (to ports nobody listens on; the worker waits ten minutes): notices are queued.
    t = await buildTestApp({
      now: () => clock,
      env: {
        ATAP_SMTP_URL: 'smtp://127.0.0.1:9',
        ATAP_WEBHOOK_URL: 'http://127.0.0.1:9/hook',
        ATAP_NOTIFY_POLL_MS: '600000',
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as net.AddressInfo).port}`;
    deps = {
      db: t.db,
      notifier: { written: () => undefined },
      now: () => clock,
      personalData: testCipher,
      notify: { email: true, webhook: true },
    };
    sby = (await t.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow())
      .id;
    await t.db
      .updateTable('sites')
      .set({ email: 'pengaduan@mpp-sby.example' })
      .where('id', '=', sby)
      .execute();
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
    // An agency with no booth at Surabaya: a complaint cannot be dispatched to it there.
    notHere = (
      await t.db
        .insertInto('agencies')
        .values({
          // Owned by another site: no booth at Surabaya.
          siteId: (
            await t.db.selectFrom('sites').select('id').where('code', '=', 'TTG').executeTakeFirstOrThrow()
          ).id,
          code: 'DINAS-LUAR',
          name: 'Dinas Tanpa Gerai',
          shortName: 'Dinas Luar',
          type: 'opd',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    h.manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    h.national = await login(t.app, 'admin', 'atap-admin-2026');
    h.otherManager = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    h.agency = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    h.officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    h.evaluator = await login(t.app, 'evaluator', 'evaluator-2026');
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
  });
  after(() => t.close());

  const file = async (over: Partial<NewComplaint> = {}) =>
    (
      await fileComplaint(deps, systemContext, {
        siteId: sby,
        kind: 'complaint',
        channel: 'web',
        identity: 'confidential',
        contact: PERSON,
        description: 'Antrean sangat lama dan petugas tidak ramah.',
        asks: 'Perbaiki pelayanan.',
        place: { agencyId: dukcapil },
        ...over,
      })
    ).row;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
    t.app.inject({ method, url, headers: h[who], ...(payload ? { payload } : {}) });
  const version = async (id: string) =>
    (await t.db.selectFrom('complaints').select('version').where('id', '=', id).executeTakeFirstOrThrow())
      .version;
  const move = async (id: string, who: string, body: Record<string, unknown>) =>
    call('POST', `/api/complaints/${id}/moves`, who, { expectedVersion: await version(id), ...body });
  const codeOf = (res: { json(): unknown }) => (res.json() as { error?: { code?: string } }).error?.code;
  const idsIn = (res: { json(): unknown }) =>
    (res.json() as { rows: { id: string }[] }).rows.map((r) => r.id);

  it("holds each role to its scope: another site's manager, another agency, an officer, an evaluator", async () => {
    const mine = await file();
    const theirs = await file({ identity: 'named', place: { agencyId: other } });
    // Another site's manager: neither the list nor the complaint nor a move.
    for (const [method, url] of [
      ['GET', `/api/complaints/sites/SBY`],
      ['GET', `/api/complaints/sites/SBY/late`],
      ['GET', `/api/complaints/${mine.id}`],
    ] as const) {
      const res = await call(method, url, 'otherManager');
      assert.equal(res.statusCode, 403, url);
      assert.equal(codeOf(res), 'auth.out_of_scope');
    }
    const away = await move(mine.id, 'otherManager', { action: 'verify' });
    assert.equal(away.statusCode, 403);
    assert.equal(codeOf(away), 'auth.out_of_scope');
    // An officer does not read complaints at all.
    assert.equal((await call('GET', '/api/complaints/sites/SBY', 'officer')).statusCode, 403);
    assert.equal((await call('GET', `/api/complaints/${mine.id}`, 'officer')).statusCode, 403);
    // An evaluator reads everything, acts on nothing.
    const read = await call('GET', '/api/complaints/sites/SBY?pageSize=100', 'evaluator');
    assert.equal(read.statusCode, 200);
    assert.ok(idsIn(read).includes(mine.id) && idsIn(read).includes(theirs.id));
    const seen = await call('GET', `/api/complaints/${mine.id}`, 'evaluator');
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().moves, []);
    assert.equal((await move(mine.id, 'evaluator', { action: 'verify' })).statusCode, 403);
    assert.equal(
      (
        await call('POST', `/api/complaints/${mine.id}/follow-up`, 'evaluator', {
          expectedVersion: 1,
          note: 'x'.repeat(5),
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (await call('POST', `/api/complaints/${mine.id}/identity`, 'evaluator', { reason: 'ingin tahu saja' }))
        .statusCode,
      403,
    );
    // The agency's admin sees its own complaints only, and cannot act on another agency's.
    const ours = await call('GET', '/api/complaints/sites/SBY?pageSize=100', 'agency');
    assert.ok(idsIn(ours).includes(mine.id));
    assert.ok(!idsIn(ours).includes(theirs.id));
    const otherList = await call('GET', '/api/complaints/sites/SBY?pageSize=100', 'otherAgency');
    assert.ok(idsIn(otherList).includes(theirs.id));
    assert.ok(!idsIn(otherList).includes(mine.id));
    const hidden = await call('GET', `/api/complaints/${mine.id}`, 'otherAgency');
    assert.equal(hidden.statusCode, 404);
    assert.ok(!hidden.body.includes('Antrean'));
    const notTheirs = await call('POST', `/api/complaints/${mine.id}/follow-up`, 'otherAgency', {
      expectedVersion: await version(mine.id),
      note: 'Kami tindak lanjuti.',
    });
    assert.equal(notTheirs.statusCode, 403);
    assert.equal(codeOf(notTheirs), 'auth.out_of_scope');
    // An agency admin never takes the handler's moves.
    const notHandler = await move(mine.id, 'agency', { action: 'verify' });
    assert.equal(notHandler.statusCode, 403);
    assert.equal(codeOf(notHandler), 'auth.forbidden');
    // The handler sees both, with its moves.
    const handler = await call('GET', `/api/complaints/${theirs.id}`, 'manager');
    assert.equal(handler.statusCode, 200);
    assert.deepEqual(handler.json().moves, ['verify', 'postpone', 'archive', 'forward']);
    assert.equal(handler.json().viewer, 'handler');
  });

  it('never lets a confidential identity leave the server to the agency, not even masked', async () => {
    const c = await file();
    const ticketLike = await file({
      identity: 'named',
      contact: { name: 'Siti Aminah', phone: '0813-1111-2222' },
    });
    // Whole values only: a short piece ('7890') may turn up by chance in an id or a time.
    const secrets = [
      'Budi',
      'Santoso',
      'B*** S***',
      '0812-3456-7890',
      '081234567890',
      '0812*****890',
      'budi.santoso',
      'b***@example.org',
    ];
    const noneOf = (body: string, where: string) => {
      for (const s of secrets) assert.ok(!body.includes(s), `${where} contains ${s}`);
    };
    noneOf((await call('GET', '/api/complaints/sites/SBY?pageSize=100', 'agency')).body, 'list');
    noneOf(
      (await call('GET', '/api/complaints/sites/SBY?pageSize=100&stage=on_time', 'agency')).body,
      'list',
    );
    noneOf((await call('GET', '/api/complaints/sites/SBY/late', 'agency')).body, 'late list');
    const detail = await call('GET', `/api/complaints/${c.id}`, 'agency');
    assert.equal(detail.statusCode, 200);
    noneOf(detail.body, 'detail');
    assert.equal(detail.json().identity.shown, 'withheld');
    // The handler sees it masked, never in clear, and the named one is masked for the agency too.
    const handler = await call('GET', `/api/complaints/${c.id}`, 'manager');
    assert.deepEqual(
      {
        name: handler.json().identity.name,
        phone: handler.json().identity.phone,
        email: handler.json().identity.email,
      },
      { name: 'B*** S***', phone: '0812*****890', email: 'b***@example.org' },
    );
    assert.ok(!handler.body.includes('Budi') && !handler.body.includes('081234567890'));
    const named = await call('GET', `/api/complaints/${ticketLike.id}`, 'agency');
    assert.equal(named.json().identity.name, 'S*** A***');
    assert.ok(!named.body.includes('Siti'));
    // Still withheld after a dispatch, its follow-up and every move; masked only once the handler releases it.
    await move(c.id, 'manager', { action: 'verify' });
    await move(c.id, 'manager', { action: 'dispatch', agencyId: dukcapil });
    noneOf((await call('GET', `/api/complaints/${c.id}`, 'agency')).body, 'detail after dispatch');
    const short = await call('POST', `/api/complaints/${c.id}/identity/release`, 'manager', { reason: '' });
    assert.equal(short.statusCode, 400);
    const asAgency = await call('POST', `/api/complaints/${c.id}/identity/release`, 'agency', {
      reason: 'Perlu menghubungi pelapor.',
    });
    assert.equal(asAgency.statusCode, 403);
    const released = await call('POST', `/api/complaints/${c.id}/identity/release`, 'manager', {
      reason: 'Instansi perlu menghubungi pelapor untuk jadwal ulang.',
    });
    assert.equal(released.statusCode, 200, released.body);
    const after = await call('GET', `/api/complaints/${c.id}`, 'agency');
    assert.equal(after.json().identity.name, 'B*** S***');
    assert.ok(!after.body.includes('Budi'));
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['after'])
      .where('entityId', '=', c.id)
      .where('action', '=', 'complaint.identity.release')
      .execute();
    assert.equal(audit.length, 1);
  });

  it('gives the full identity only for a reason, and audits the read without the identity', async () => {
    const c = await file();
    const without = await call('POST', `/api/complaints/${c.id}/identity`, 'manager', {});
    assert.equal(without.statusCode, 400);
    const tooShort = await call('POST', `/api/complaints/${c.id}/identity`, 'manager', { reason: '  ab ' });
    assert.equal(tooShort.statusCode, 400);
    assert.equal(
      (await call('POST', `/api/complaints/${c.id}/identity`, 'agency', { reason: 'Perlu kontak' }))
        .statusCode,
      403,
    );
    assert.equal(
      (await call('POST', `/api/complaints/${c.id}/identity`, 'otherManager', { reason: 'Perlu kontak' }))
        .statusCode,
      403,
    );
    const before = await t.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'complaint.identity.read')
      .execute();
    assert.equal(before.length, 0);
    const read = await call('POST', `/api/complaints/${c.id}/identity`, 'manager', {
      reason: 'Menghubungi pelapor untuk klarifikasi kronologi.',
    });
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json(), { name: PERSON.name, phone: PERSON.phone, email: PERSON.email });
    const entries = await sql<{ actorUsername: string; after: unknown; text: string }>`
      SELECT actor_username, after, audit_log::text AS text FROM audit_log
      WHERE action = 'complaint.identity.read' AND entity_id = ${c.id}`.execute(t.db);
    assert.equal(entries.rows.length, 1);
    const entry = entries.rows[0];
    assert.equal(entry?.actorUsername, 'manajer.sby');
    assert.deepEqual(entry?.after, {
      reason: 'Menghubungi pelapor untuk klarifikasi kronologi.',
      identity: 'confidential',
    });
    for (const s of ['Budi', 'Santoso', '3456', 'budi.santoso']) assert.ok(!entry?.text.includes(s), s);
    const anonymous = await file({ identity: 'anonymous' });
    const none = await call('POST', `/api/complaints/${anonymous.id}/identity`, 'manager', {
      reason: 'Perlu kontak pelapor',
    });
    assert.equal(none.statusCode, 409);
  });

  it('takes a complaint through every handler move and the agency follow-up, each audited, the answer public and sent', async () => {
    const c = await file({ identity: 'named' });
    assert.equal(
      (await move(c.id, 'manager', { action: 'postpone' })).statusCode,
      422,
      'a postponement needs a reason',
    );
    assert.equal(
      (await move(c.id, 'manager', { action: 'postpone', note: 'Menunggu bukti foto.' })).statusCode,
      200,
    );
    const paused = await call('GET', '/api/complaints/sites/SBY?stage=paused&pageSize=100', 'manager');
    assert.ok(idsIn(paused).includes(c.id));
    assert.equal((await move(c.id, 'manager', { action: 'resume' })).statusCode, 200);
    assert.equal((await move(c.id, 'manager', { action: 'verify' })).statusCode, 200);
    const noAgency = await move(c.id, 'manager', { action: 'dispatch' });
    assert.equal(noAgency.statusCode, 400);
    const elsewhere = await move(c.id, 'manager', { action: 'dispatch', agencyId: notHere });
    assert.equal(elsewhere.statusCode, 422);
    assert.equal(codeOf(elsewhere), 'complaint.agency_not_at_site');
    const dispatched = await move(c.id, 'manager', { action: 'dispatch', agencyId: dukcapil });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    // The agency sees only the follow-up among its moves; an older version is refused as stale.
    const seen = await call('GET', `/api/complaints/${c.id}`, 'agency');
    assert.deepEqual(seen.json().moves, ['follow_up']);
    const stale = await call('POST', `/api/complaints/${c.id}/follow-up`, 'agency', {
      expectedVersion: seen.json().version - 1,
      note: 'Petugas sudah ditegur.',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(codeOf(stale), 'complaint.stale');
    const followed = await call('POST', `/api/complaints/${c.id}/follow-up`, 'agency', {
      expectedVersion: seen.json().version,
      note: 'Petugas sudah ditegur dan loket ditambah.',
    });
    assert.equal(followed.statusCode, 200, followed.body);
    assert.equal(
      (await move(c.id, 'manager', { action: 'return_follow_up', note: 'Kurang rinci.' })).statusCode,
      200,
    );
    const again = await call('POST', `/api/complaints/${c.id}/follow-up`, 'agency', {
      expectedVersion: await version(c.id),
      note: 'Loket ketiga dibuka mulai Senin, petugas dibina.',
    });
    assert.equal(again.statusCode, 200);
    const noText = await move(c.id, 'manager', { action: 'answer' });
    assert.equal(noText.statusCode, 400);
    const answer = 'Terima kasih. Mulai Senin loket ketiga dibuka dan petugas telah dibina.';
    const answered = await move(c.id, 'manager', { action: 'answer', answer });
    assert.equal(answered.statusCode, 200, answered.body);
    // A move on what has moved on: 409.
    const late = await move(c.id, 'manager', { action: 'verify' });
    assert.equal(late.statusCode, 409);
    const detail = (await call('GET', `/api/complaints/${c.id}`, 'manager')).json();
    assert.equal(detail.status, 'answered');
    assert.equal(detail.answer, answer);
    const publicSteps = detail.steps.filter((s: { public: boolean }) => s.public);
    assert.deepEqual(
      publicSteps.map((s: { action: string; note: string }) => [s.action, s.note]),
      [
        ['file', ''],
        ['answer', answer],
      ],
    );
    const followStep = detail.steps.find((s: { action: string }) => s.action === 'follow_up');
    assert.equal(followStep.public, false);
    assert.equal(followStep.actor, 'Admin Dispendukcapil');
    const sent = await t.db
      .selectFrom('notifications')
      .select(['channel', 'template', 'dedupeKey', 'recipientEncrypted', 'data'])
      .where('template', '=', 'complaint.answered')
      .where('dedupeKey', 'like', `complaint.answered:${c.id}:%`)
      .orderBy('channel')
      .execute();
    assert.deepEqual(
      sent.map((n) => [n.channel, testCipher.decrypt(n.recipientEncrypted)]),
      [
        ['email', PERSON.email],
        ['webhook', PERSON.phone],
      ],
    );
    assert.equal(sent[0]?.data.answer, answer);
    // The message links to the tracking page with the code (never the PIN, which the reader still needs).
    const message = render('complaint.answered', 'id', sent[0]?.data ?? {}, 'https://mpp.example.go.id');
    assert.match(
      message.text,
      /https:\/\/mpp\.example\.go\.id\/pengaduan\/lacak\?kode=[0-9A-Z]{5}-[0-9A-Z]{5}/,
    );
    // Every step audited, as the step's own action.
    const audited = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', c.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((a) => a.action),
      detail.steps.map((s: { action: string }) => `complaint.${s.action}`),
    );
    // Archive and forward: each with its outcome and reason.
    const dup = await file();
    assert.equal(
      (await move(dup.id, 'manager', { action: 'archive', note: 'Sama dengan laporan lain.' })).statusCode,
      400,
    );
    const archived = await move(dup.id, 'manager', {
      action: 'archive',
      outcome: 'duplicate',
      note: 'Sama dengan laporan lain.',
    });
    assert.equal(archived.statusCode, 200);
    const out = await file();
    const forwarded = await move(out.id, 'manager', {
      action: 'forward',
      outcome: 'lapor',
      laporId: 'LAPOR-123456',
      note: 'Kewenangan pemerintah provinsi.',
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    const row = await t.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', out.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.status, row.outcome, row.forwardedTo, row.laporId],
      ['forwarded', 'lapor', 'SP4N-LAPOR!', 'LAPOR-123456'],
    );
    for (const id of [dup.id, out.id]) {
      const a = await t.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', id)
        .orderBy('id')
        .execute();
      assert.equal(a.length, 2);
    }
  });

  it('closes an answered complaint by itself when its time is up, once, even with two sweeps at once', async () => {
    const c = await file({ identity: 'anonymous', contact: {} });
    await move(c.id, 'manager', { action: 'verify' });
    await move(c.id, 'manager', {
      action: 'answer',
      answer: 'Informasi sudah kami sampaikan di papan pengumuman.',
    });
    const row = await t.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.stageDueAt);
    const saved = clock;
    try {
      clock = new Date(row.stageDueAt.getTime() - 60_000);
      await sweepComplaints(deps);
      assert.equal(
        (
          await t.db
            .selectFrom('complaints')
            .select('status')
            .where('id', '=', c.id)
            .executeTakeFirstOrThrow()
        ).status,
        'answered',
      );
      clock = new Date(row.stageDueAt.getTime() + 1000);
      const [a, b] = await Promise.all([sweepComplaints(deps), sweepComplaints(deps)]);
      assert.ok(a.closed + b.closed >= 1);
      const closed = await t.db
        .selectFrom('complaints')
        .selectAll()
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([closed.status, closed.outcome], ['closed', 'automatic']);
      const steps = await t.db
        .selectFrom('complaintSteps')
        .select(['action', 'actorName', 'public'])
        .where('complaintId', '=', c.id)
        .where('action', '=', 'auto_close')
        .execute();
      assert.deepEqual(steps, [{ action: 'auto_close', actorName: 'Sistem', public: true }]);
      const audits = await t.db
        .selectFrom('auditLog')
        .select(['actorUsername'])
        .where('entityId', '=', c.id)
        .where('action', '=', 'complaint.auto_close')
        .execute();
      assert.deepEqual(audits, [{ actorUsername: 'system' }]);
    } finally {
      clock = saved;
    }
  });

  it('sends one escalation notice when a stage turns at risk and one when it turns late, per stage', async () => {
    const c = await file({ identity: 'named' });
    const row = await t.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.stageAtRiskAt && row.stageDueAt);
    const notices = async () =>
      (
        await t.db
          .selectFrom('notifications')
          .select(['dedupeKey', 'recipientEncrypted', 'data'])
          .where('template', '=', 'complaint.escalated')
          .where('dedupeKey', 'like', `complaint.escalated:${c.id}:%`)
          .orderBy('createdAt')
          .execute()
      ).map((n) => ({ level: n.data.level, to: testCipher.decrypt(n.recipientEncrypted) }));
    const escalations = async () =>
      (
        await t.db
          .selectFrom('auditLog')
          .select('after')
          .where('entityId', '=', c.id)
          .where('action', '=', 'complaint.escalate')
          .orderBy('id')
          .execute()
      ).map((a) => (a.after as { escalated: string }).escalated);
    const saved = clock;
    try {
      clock = new Date(row.stageAtRiskAt.getTime() - 60_000);
      await sweepComplaints(deps);
      assert.deepEqual(await notices(), []);
      clock = new Date(row.stageAtRiskAt.getTime() + 1000);
      await Promise.all([sweepComplaints(deps), sweepComplaints(deps), sweepComplaints(deps)]);
      await sweepComplaints(deps);
      assert.deepEqual(await notices(), [{ level: 'at_risk', to: 'pengaduan@mpp-sby.example' }]);
      const atRisk = await call('GET', '/api/complaints/sites/SBY?stage=at_risk&pageSize=100', 'manager');
      assert.ok(idsIn(atRisk).includes(c.id));
      clock = new Date(row.stageDueAt.getTime() + 1000);
      await Promise.all([sweepComplaints(deps), sweepComplaints(deps)]);
      await sweepComplaints(deps);
      assert.deepEqual(
        (await notices()).map((n) => n.level),
        ['at_risk', 'late'],
      );
      assert.deepEqual(await escalations(), ['at_risk', 'late']);
      // The late list shows it, oldest deadline first; the agency sees it there too (its own).
      const lateList = await call('GET', '/api/complaints/sites/SBY/late', 'manager');
      assert.equal(lateList.statusCode, 200);
      assert.ok(idsIn(lateList).includes(c.id));
      assert.equal(lateList.json().rows.find((r: { id: string }) => r.id === c.id).stageState, 'late');
      const dues = lateList
        .json()
        .rows.map((r: { deadlines: { stageDueAt: string } }) => r.deadlines.stageDueAt);
      assert.deepEqual(dues, [...dues].sort());
      assert.ok(idsIn(await call('GET', '/api/complaints/sites/SBY/late', 'agency')).includes(c.id));
      // A move starts a new stage: its own notices, once each.
      assert.equal((await move(c.id, 'manager', { action: 'verify' })).statusCode, 200);
      const next = await t.db
        .selectFrom('complaints')
        .selectAll()
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(next.escalated, null);
      assert.ok(next.stageDueAt);
      clock = new Date(next.stageDueAt.getTime() + 1000);
      await Promise.all([sweepComplaints(deps), sweepComplaints(deps)]);
      assert.deepEqual(
        (await notices()).map((n) => n.level),
        ['at_risk', 'late', 'late'],
      );
    } finally {
      clock = saved;
    }
  });

  it('lets one of two handlers acting at once win, the other hearing a clear 409, round after round', async () => {
    const send = (who: string, id: string, body: object) =>
      fetch(`${base}/api/complaints/${id}/moves`, {
        method: 'POST',
        headers: { ...h[who], 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }));
    for (let round = 0; round < 8; round++) {
      const c = await file();
      const v = await version(c.id);
      // Same version seen by both: one verifies, the other archives (or both verify, every other round).
      const second =
        round % 2 === 0
          ? { action: 'verify', expectedVersion: v }
          : { action: 'archive', outcome: 'duplicate', note: 'Duplikat.', expectedVersion: v };
      const results = await Promise.all([
        send('manager', c.id, { action: 'verify', expectedVersion: v }),
        send('national', c.id, second),
      ]);
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409], `round ${round}: ${JSON.stringify(results)}`);
      const refused = results.find((r) => r.status === 409);
      assert.ok(['complaint.stale', 'complaint.illegal_move'].includes(refused?.body.error?.code ?? ''));
      const steps = await t.db
        .selectFrom('complaintSteps')
        .select('action')
        .where('complaintId', '=', c.id)
        .execute();
      assert.equal(steps.length, 2, 'one step for the one move');
      assert.equal(await version(c.id), v + 1);
    }
  });

  it('keeps the linked file (which names the citizen) from the agency while the identity is withheld', async () => {
    const booth = await dukcapilBooth(t.db);
    const opened = await call('POST', '/api/requests', 'officer', {
      serviceId: booth.services[0]?.id,
      citizen: { name: 'Budi Santoso', nik: '3578011708900001' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const requestId = opened.json().id as string;
    const secret = await file({ place: { agencyId: dukcapil, requestId } });
    const named = await file({ identity: 'named', place: { agencyId: dukcapil, requestId } });
    const asAgency = await call('GET', `/api/complaints/${secret.id}`, 'agency');
    assert.equal(asAgency.json().requestId, null);
    assert.ok(!asAgency.body.includes(requestId));
    assert.equal((await call('GET', `/api/complaints/${secret.id}`, 'manager')).json().requestId, requestId);
    assert.equal((await call('GET', `/api/complaints/${named.id}`, 'agency')).json().requestId, requestId);
  });

  it('runs the sweep from the command line: `atap complaints-sweep` closes what is due', async () => {
    const saved = clock;
    let id = '';
    try {
      // Answered three weeks before the machine's real date (the command's clock): its ten working days are over.
      clock = new Date(Date.now() - 21 * 86_400_000);
      id = (await file({ identity: 'anonymous', contact: {} })).id;
      await move(id, 'manager', { action: 'verify' });
      await move(id, 'manager', { action: 'answer', answer: 'Jawaban yang tidak ditanggapi pelapor.' });
    } finally {
      clock = saved;
    }
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['src/cli.ts', 'complaints-sweep'], {
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
    assert.match(run.output, /Closed [1-9]\d* answered complaint\(s\); escalated \d+ at risk, \d+ late\./);
    const row = await t.db
      .selectFrom('complaints')
      .select(['status', 'outcome'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'closed', outcome: 'automatic' });
  });

  it("reads and changes a site's deadlines within the regulation's bounds, audited", async () => {
    const read = await call('GET', '/api/complaints/sites/SBY/settings', 'manager');
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().verifyDays, 3);
    const tooLong = await call('PUT', '/api/complaints/sites/SBY/settings', 'manager', {
      verifyDays: 4,
      followUpDays: 5,
      autoCloseDays: 10,
    });
    assert.equal(tooLong.statusCode, 400);
    assert.equal(
      (
        await call('PUT', '/api/complaints/sites/SBY/settings', 'otherManager', {
          verifyDays: 2,
          followUpDays: 5,
          autoCloseDays: 10,
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await call('PUT', '/api/complaints/sites/SBY/settings', 'agency', {
          verifyDays: 2,
          followUpDays: 5,
          autoCloseDays: 10,
        })
      ).statusCode,
      403,
    );
    const set = await call('PUT', '/api/complaints/sites/SBY/settings', 'manager', {
      verifyDays: 2,
      followUpDays: 4,
      autoCloseDays: 14,
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual([set.json().verifyDays, set.json().followUpDays, set.json().autoCloseDays], [2, 4, 14]);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['before', 'after'])
      .where('action', '=', 'complaint.settings')
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.after, { verifyDays: 2, followUpDays: 4, autoCloseDays: 14 });
    // Back to the statutory ones for the other tests' arithmetic.
    await call('PUT', '/api/complaints/sites/SBY/settings', 'manager', {
      verifyDays: 3,
      followUpDays: 5,
      autoCloseDays: 10,
    });
  });
});
