import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { fileComplaint, type NewComplaint } from '../src/modules/complaints/complaint.filing.ts';
import { type MoveInput, moveComplaint } from '../src/modules/complaints/complaint.moves.ts';
import { STATUSES } from '../src/modules/complaints/complaint-status.rules.ts';
import {
  complaintMeasures,
  generateComplaints,
  openLateComplaints,
} from '../src/modules/complaints/complaints.public.ts';
import { systemContext } from '../src/shared/context.ts';
import { readSheet } from '../src/shared/sheets.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher } from './support/data-key.ts';

/**
 * The measures of complaints (issue 22) on a known set filed and moved through the real paths on a moving clock:
 * counts by kind and channel, answered on time, median and p90 time to answer in working days, open and late now,
 * ratings, subjects, per 1,000 visitors with a known count of served visits; the agency admin's scope; the public
 * statistics carry counts only; the workbook has the figures; the demo quarter has every state, some late.
 */

// Monday 23 November 2026, 09:00 in Surabaya (WIB). November 2026 has no national holiday.
const NOW = new Date('2026-11-23T02:00:00Z');
/** A site-local (WIB) moment of a November day. */
const wib = (day: string, hhmm = '09:00') => new Date(`${day}T${hhmm}:00+07:00`);

describe('complaint measures', () => {
  let t: TestApp;
  let sby: { id: string };
  let a: { agencyId: string; boothId: string; serviceId: string };
  let b: { agencyId: string; boothId: string; serviceId: string };
  let headers: Record<string, Record<string, string>>;
  after(() => t.close());

  let clock = NOW;
  const deps = () => ({
    db: t.db,
    notifier: { written: () => undefined },
    now: () => clock,
    personalData: testCipher,
    notify: { email: false, webhook: false },
  });
  const file = async (
    at: Date,
    input: Omit<NewComplaint, 'siteId' | 'identity'> & { identity?: NewComplaint['identity'] },
  ) => {
    clock = at;
    return (await fileComplaint(deps(), systemContext, { siteId: sby.id, identity: 'named', ...input })).row
      .id;
  };
  const move = async (at: Date, id: string, m: MoveInput) => {
    clock = at;
    await moveComplaint(deps(), systemContext, id, m);
  };
  const answerPath = async (id: string, steps: { verify: string; answer: string; dispatch?: boolean }) => {
    await move(wib(steps.verify, '10:00'), id, { action: 'verify', by: 'handler' });
    if (steps.dispatch) {
      await move(wib(steps.verify, '11:00'), id, { action: 'dispatch', by: 'handler' });
      await move(wib(steps.answer, '08:30'), id, {
        action: 'follow_up',
        by: 'agency',
        note: 'Sudah ditindaklanjuti.',
      });
    }
    await move(wib(steps.answer, '10:00'), id, {
      action: 'answer',
      by: 'handler',
      set: { answer: 'Jawaban rahasia pengelola.' },
    });
  };
  const reply = (at: Date, id: string, rating: number) =>
    move(at, id, {
      action: 'citizen_reply',
      by: 'citizen',
      set: { citizenResolved: true, citizenRating: rating },
    });

  before(async () => {
    t = await buildTestApp({ now: () => NOW });
    sby = await t.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow();
    const offer = (agency: string) =>
      t.db
        .selectFrom('serviceBooths as sb')
        .innerJoin('booths as bo', 'bo.id', 'sb.boothId')
        .innerJoin('agencies as ag', 'ag.id', 'bo.agencyId')
        .select(['bo.agencyId', 'bo.id as boothId', 'sb.serviceId'])
        .where('bo.siteId', '=', sby.id)
        .where('ag.code', agency.startsWith('!') ? '!=' : '=', agency.replace('!', ''))
        .orderBy('ag.code')
        .orderBy('sb.serviceId')
        .limit(1)
        .executeTakeFirstOrThrow();
    a = await offer('DISPENDUKCAPIL');
    b = await offer('!DISPENDUKCAPIL');
    const placeA = { agencyId: a.agencyId, boothId: a.boothId, serviceId: a.serviceId };
    const placeB = { agencyId: b.agencyId, boothId: b.boothId, serviceId: b.serviceId };

    // 1: A, WhatsApp, waiting; answered in 3 working days, on time; rated 4.
    const c1 = await file(wib('2026-11-02'), {
      kind: 'complaint',
      channel: 'whatsapp',
      subject: 'waiting',
      description: 'Antrean sangat lama, RAHASIA-TEKS-1',
      contact: { name: 'Budi Rahasia', phone: '081234567890' },
      place: placeA,
    });
    await answerPath(c1, { verify: '2026-11-02', answer: '2026-11-05', dispatch: true });
    await reply(wib('2026-11-06'), c1, 4);
    // 2: A, web, fee; answered after 10 working days (late: due after 8); rated 2.
    const c2 = await file(wib('2026-11-02', '20:00'), {
      kind: 'complaint',
      channel: 'web',
      subject: 'fee',
      description: 'Diminta uang tambahan RAHASIA-TEKS-2',
      place: placeA,
    });
    await answerPath(c2, { verify: '2026-11-03', answer: '2026-11-16', dispatch: true });
    await reply(wib('2026-11-17'), c2, 2);
    // 3: A, kiosk, a suggestion about facilities, answered the same day; no reply.
    const c3 = await file(wib('2026-11-03'), {
      kind: 'suggestion',
      channel: 'kiosk',
      subject: 'facilities',
      description: 'Tambah kursi ruang tunggu',
      identity: 'anonymous',
      place: placeA,
    });
    await answerPath(c3, { verify: '2026-11-03', answer: '2026-11-03' });
    // 4: B, phone, behaviour; archived (a duplicate): not counted per visitor.
    const c4 = await file(wib('2026-11-04'), {
      kind: 'complaint',
      channel: 'phone',
      subject: 'behaviour',
      description: 'Petugas kasar',
      identity: 'confidential',
      contact: { name: 'Siti Rahasia' },
      place: placeB,
    });
    await move(wib('2026-11-04', '11:00'), c4, {
      action: 'archive',
      by: 'handler',
      note: 'Duplikat.',
      set: { outcome: 'duplicate' },
    });
    // 5: B, web, an information request answered the next working day; rated 3.
    const c5 = await file(wib('2026-11-10'), {
      kind: 'information',
      channel: 'web',
      subject: 'information',
      description: 'Syarat apa saja?',
      place: placeB,
    });
    await answerPath(c5, { verify: '2026-11-10', answer: '2026-11-11' });
    await reply(wib('2026-11-12'), c5, 3);
    // 6: A, LAPOR!, never verified: late now (its 3 working days ended on 17 November).
    await file(wib('2026-11-12'), {
      kind: 'complaint',
      channel: 'lapor',
      laporId: 'LAPOR-1',
      subject: 'online_system',
      description: 'Aplikasi error',
      place: placeA,
    });
    // 7: B, web, received on Friday: open, on time.
    await file(wib('2026-11-20'), {
      kind: 'complaint',
      channel: 'web',
      subject: 'waiting',
      description: 'Menunggu lama',
      place: placeB,
    });
    // 8: A, received in October (outside the period) and never verified: open and late now all the same.
    await file(wib('2026-10-29'), {
      kind: 'complaint',
      channel: 'letter',
      subject: 'requirements',
      description: 'Syarat berbeda',
      place: placeA,
    });
    // Visitors: 1,200 served at A's booth and 800 at B's in November (the monitor's rollups, day and month rows).
    for (const [boothId, served] of [
      [a.boothId, 1200],
      [b.boothId, 800],
    ] as const) {
      await sql`
        INSERT INTO monitor_rollups (booth_id, grain, period, site_id, agency_id, served)
        SELECT id, g.grain, g.period::date, site_id, agency_id, ${served} FROM booths,
          (VALUES ('day', '2026-11-05'), ('month', '2026-11-01')) AS g (grain, period)
        WHERE id = ${boothId}`.execute(t.db);
    }
    headers = {
      manager: await login(t.app, 'manajer.sby', 'manajer-sby-2026'),
      managerTtg: await login(t.app, 'manajer.ttg', 'manajer-ttg-2026'),
      agency: await login(t.app, 'admin.dukcapil', 'dukcapil-2026'),
      evaluator: await login(t.app, 'evaluator', 'evaluator-2026'),
    };
  });

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });
  const NOVEMBER = 'from=2026-11-01&to=2026-11-30';

  it('counts a site’s complaints of a period by kind, channel, on time, time to answer, rating, subjects and per 1,000 visitors', async () => {
    const res = await get('manager', `/api/complaints/sites/SBY/measures?${NOVEMBER}`);
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    assert.equal(m.unit.kind, 'site');
    assert.equal(m.received, 7);
    assert.deepEqual(m.byKind, { complaint: 5, suggestion: 1, information: 1, appreciation: 0 });
    assert.equal(m.byChannel.web, 3);
    assert.equal(m.byChannel.whatsapp, 1);
    assert.equal(m.byChannel.kiosk, 1);
    assert.equal(m.byChannel.phone, 1);
    assert.equal(m.byChannel.lapor, 1);
    assert.equal(m.byChannel.letter, 0, 'the October letter is outside the period');
    assert.deepEqual(m.answered, { count: 4, onTime: 3, late: 1, onTimeShare: 0.75 });
    // Working days to answer: 3, 10, 0, 1 → PERCENTILE.INC: median 2, p90 7.9.
    assert.deepEqual(m.timeToAnswer, { unit: 'working_days', count: 4, median: 2, p90: 7.9 });
    assert.deepEqual(m.rating, { count: 3, mean: 3, distribution: [0, 1, 1, 1] });
    assert.deepEqual(m.subjects[0], { subject: 'waiting', count: 2 });
    assert.equal(m.subjects.length, 6);
    // Open now: the unanswered suggestion's answer awaits the citizen (3), 6 and 7, and the October one (8).
    assert.deepEqual(m.now, { open: 4, late: 2, atRisk: 0, paused: 0 });
    // Complaints proper (1, 2, 6, 7; the archived duplicate not) per 1,000 of 2,000 served.
    assert.equal(m.complaints, 4);
    assert.equal(m.visitors, 2000);
    assert.equal(m.perThousand, 2);
    assert.deepEqual(
      m.months.map((x: { month: string; received: number; onTime: number }) => [
        x.month,
        x.received,
        x.onTime,
      ]),
      [['2026-11', 7, 3]],
    );
    const byId = new Map(m.parts.map((p: { id: string }) => [p.id, p]));
    const pa = byId.get(a.agencyId) as {
      received: number;
      complaints: number;
      visitors: number;
      perThousand: number;
    };
    const pb = byId.get(b.agencyId) as typeof pa;
    assert.deepEqual([pa.received, pa.complaints, pa.visitors, pa.perThousand], [4, 3, 1200, 2.5]);
    assert.deepEqual([pb.received, pb.complaints, pb.visitors, pb.perThousand], [3, 1, 800, 1.25]);
    // What the evaluation capability and the national view call: the same figures, without the route.
    const direct = await complaintMeasures(
      t.db,
      { siteId: sby.id, from: '2026-11-01', to: '2026-11-30' },
      NOW,
      'agency',
    );
    assert.deepEqual(
      [
        direct.received,
        direct.answered.onTimeShare,
        direct.timeToAnswer.p90,
        direct.perThousand,
        direct.now.late,
      ],
      [7, 0.75, 7.9, 2, 2],
    );
  });

  it('shows an agency admin only their agency, and refuses another agency’s unit and another site’s manager', async () => {
    const mine = await get('agency', `/api/complaints/sites/SBY/measures?${NOVEMBER}`);
    assert.equal(mine.statusCode, 200, mine.body);
    const m = mine.json();
    assert.equal(m.unit.kind, 'agency');
    assert.equal(m.unit.id, a.agencyId);
    assert.equal(m.received, 4);
    assert.equal(m.visitors, 1200);
    assert.ok(m.parts.every((p: { id: string }) => p.id !== b.agencyId));
    assert.deepEqual(
      m.agencies.map((x: { id: string }) => x.id),
      [a.agencyId],
    );
    const other = await get('agency', `/api/complaints/sites/SBY/measures?${NOVEMBER}&agency=${b.agencyId}`);
    assert.equal(other.statusCode, 403);
    assert.equal(other.json().error.code, 'auth.out_of_scope');
    const otherBooth = await get(
      'agency',
      `/api/complaints/sites/SBY/measures?${NOVEMBER}&booth=${b.boothId}`,
    );
    assert.equal(otherBooth.statusCode, 404);
    const away = await get('managerTtg', `/api/complaints/sites/SBY/measures?${NOVEMBER}`);
    assert.equal(away.statusCode, 403);
    const evaluator = await get(
      'evaluator',
      `/api/complaints/sites/SBY/measures?${NOVEMBER}&agency=${b.agencyId}`,
    );
    assert.equal(evaluator.statusCode, 200);
    assert.equal(evaluator.json().received, 3);
    const bad = await get('manager', '/api/complaints/sites/SBY/measures?from=2026-11-30&to=2026-11-01');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'complaint.period_invalid');
  });

  it('measures a service and a booth, services by default below the site', async () => {
    const res = await get('manager', `/api/complaints/sites/SBY/measures?${NOVEMBER}&service=${a.serviceId}`);
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    assert.equal(m.unit.kind, 'service');
    assert.equal(m.received, 4);
    assert.equal(m.by, 'service');
    assert.equal(m.visitors, 0, 'no finished tickets of the service in the test database');
    assert.equal(m.perThousand, null);
    const booth = await get('manager', `/api/complaints/sites/SBY/measures?${NOVEMBER}&booth=${b.boothId}`);
    assert.equal(booth.json().received, 3);
    assert.equal(booth.json().visitors, 800);
  });

  it('publishes counts and the on-time share only: no text, no subject, no identity; cacheable', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/sites/SBY/complaints/statistics?${NOVEMBER}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['cache-control']), /^public, max-age=\d+/);
    const s = res.json();
    assert.deepEqual(Object.keys(s).sort(), [
      'answered',
      'byKind',
      'months',
      'onTime',
      'onTimeShare',
      'open',
      'period',
      'received',
      'site',
    ]);
    assert.equal(s.received, 7);
    assert.equal(s.answered, 4);
    assert.equal(s.onTime, 3);
    assert.equal(s.onTimeShare, 0.75);
    for (const secret of ['RAHASIA', 'Budi', 'Siti', '0812', 'waiting', 'Jawaban', a.agencyId, a.boothId])
      assert.ok(!res.body.includes(secret), `the public statistics show ${secret}`);
  });

  it('exports the measures as a workbook with the figures', async () => {
    const res = await get('manager', `/api/complaints/sites/SBY/measures.xlsx?${NOVEMBER}`);
    assert.equal(res.statusCode, 200, res.body.slice(0, 200));
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /pengaduan-SBY-2026-11-01-2026-11-30\.xlsx/);
    const summary = await readSheet('m.xlsx', res.rawPayload, 'Ringkasan');
    const value = (label: string) => summary.rows.find((r) => r.values[0]?.startsWith(label))?.values[1];
    assert.equal(value('Diterima / Received'), '7');
    assert.equal(value('Tepat waktu (%)'), '75');
    assert.equal(value('Median waktu jawab'), '2');
    assert.equal(value('P90 waktu jawab'), '7.9');
    assert.equal(value('Pengaduan per 1.000'), '2');
    assert.equal(value('Terlambat saat ini'), '2');
    const units = await readSheet('m.xlsx', res.rawPayload, 'Per unit');
    assert.equal(units.rows.length, 3, 'a header and the two agencies');
    assert.ok(!res.rawPayload.toString('latin1').includes('RAHASIA'));
    const refused = await get(
      'agency',
      `/api/complaints/sites/SBY/measures.xlsx?${NOVEMBER}&agency=${b.agencyId}`,
    );
    assert.equal(refused.statusCode, 403);
  });

  it('lists the open late complaints of a unit, oldest deadline first, without text or identity', async () => {
    const late = await openLateComplaints(t.db, { siteId: sby.id }, NOW);
    assert.equal(late.length, 2);
    assert.ok((late[0]?.stageDueAt ?? NOW) <= (late[1]?.stageDueAt ?? NOW));
    assert.ok(late.every((c) => c.status === 'received' && c.lateHours > 0));
    assert.ok(!JSON.stringify(late).includes('RAHASIA'));
    assert.equal((await openLateComplaints(t.db, { siteId: sby.id, agencyId: b.agencyId }, NOW)).length, 0);
  });

  it('seeds a demo quarter through the real paths: every state, some late now, in a few seconds', async () => {
    const ttg = await t.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'TTG')
      .executeTakeFirstOrThrow();
    const started = performance.now();
    const result = await generateComplaints(t.db, testCipher, {
      siteId: ttg.id,
      now: NOW,
      days: 91,
      perWorkingDay: 2,
      seed: 7,
    });
    const ms = performance.now() - started;
    const states = await t.db
      .selectFrom('complaints')
      .select(['status', 'outcome'])
      .where('siteId', '=', ttg.id)
      .execute();
    assert.equal(states.length, result.complaints);
    assert.deepEqual(
      [...new Set(states.map((s) => s.status))].sort(),
      [...STATUSES].sort(),
      `states: ${JSON.stringify(result.byStatus)}`,
    );
    const outcomes = new Set(states.filter((s) => s.status === 'closed').map((s) => s.outcome));
    assert.ok(outcomes.has('citizen') && outcomes.has('automatic'), 'closed by the citizen and by itself');
    const late = await openLateComplaints(t.db, { siteId: ttg.id }, NOW);
    assert.ok(late.length >= 2, `late now: ${late.length}`);
    const steps = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM complaint_steps s JOIN complaints c ON c.id = s.complaint_id
      WHERE c.site_id = ${ttg.id}`.execute(t.db);
    assert.ok((steps.rows[0]?.n ?? 0) > result.complaints * 2, 'steps recorded by the move path');
    const channels = await t.db
      .selectFrom('complaints')
      .select('channel')
      .distinct()
      .where('siteId', '=', ttg.id)
      .execute();
    assert.ok(channels.length >= 7, `channels: ${channels.map((c) => c.channel).join(', ')}`);
    console.log(`demo quarter at TTG: ${result.complaints} complaints in ${Math.round(ms)} ms`);
    assert.ok(ms < 30_000, `took ${Math.round(ms)} ms`);
  });
});
