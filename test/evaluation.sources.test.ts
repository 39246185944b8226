import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileComplaint } from '../src/modules/complaints/complaint.filing.ts';
import { type MoveInput, moveComplaint } from '../src/modules/complaints/complaint.moves.ts';
import { type EvaluatedUnit, evidenceSources } from '../src/modules/evaluation/evidence-sources.ts';
import { ELEMENT_IDS } from '../src/modules/satisfaction/elements.ts';
import { recordResponses } from '../src/modules/satisfaction/responses.repository.ts';
import { siteSchedules } from '../src/modules/sites/sites.public.ts';
import { systemContext } from '../src/shared/context.ts';
import { buildTestApp, type TestApp } from './support/app.ts';
import { testCipher } from './support/data-key.ts';

/**
 * Each evidence source on a seeded database with figures checked by hand: one Dispendukcapil booth at Surabaya,
 * the working week Monday 2 – Friday 6 November 2026, read on Monday 23 November.
 */

const NOW = new Date('2026-11-23T02:00:00Z');
const WEEK = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];
const wib = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`);
const yesNo = [{ value: 0 }, { value: '0.5' }, { value: 1 }];
const zeroToFive = [0, 1, 2, 3, 4, 5].map((value) => ({ value }));
const plusMinutes = (hhmm: string, m: number) => {
  const total = Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + m;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

describe('evidence sources', () => {
  let t: TestApp;
  let unit: EvaluatedUnit;
  let serviceId: string;
  after(() => t.close());
  const run = (id: string, levels: readonly { value: string | number }[]) => {
    const source = evidenceSources[id];
    assert.ok(source, id);
    return source(t.db, unit, levels, NOW);
  };

  before(async () => {
    t = await buildTestApp({ now: () => NOW });
    const sby = await t.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    // The Dispendukcapil booth at Surabaya offering the most services.
    const booth = await t.db
      .selectFrom('booths as b')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .innerJoin('serviceBooths as sb', 'sb.boothId', 'b.id')
      .select(['b.id', 'b.agencyId', ({ fn }) => fn.countAll<string>().as('n')])
      .where('b.siteId', '=', sby.id)
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .groupBy(['b.id', 'b.agencyId'])
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    unit = {
      siteId: sby.id,
      agencyId: booth.agencyId,
      boothId: booth.id,
      from: WEEK[0] as string,
      to: WEEK[4] as string,
    };
    const offered = await t.db
      .selectFrom('serviceBooths')
      .select('serviceId')
      .where('boothId', '=', booth.id)
      .orderBy('serviceId')
      .execute();
    serviceId = offered[0]?.serviceId as string;
  });

  it('catalogue.standards: services whose current standard has all 14 components and was reviewed in a year', async () => {
    const services = await t.db
      .selectFrom('services as s')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 's.id')
      .select(['s.id', 's.currentStandardVersion'])
      .where('sb.boothId', '=', unit.boothId)
      .where('s.active', '=', true)
      .orderBy('s.code')
      .execute();
    assert.ok(services.length >= 3, `${services.length} services`);
    const [incomplete, stale] = services;
    assert.ok(incomplete && stale);
    // One standard lacks its facilities; another was last reviewed in January 2025 (before 7 November 2025).
    await t.db
      .updateTable('serviceStandardVersions')
      .set({ facilities: '[]' })
      .where('serviceId', '=', incomplete.id)
      .where('version', '=', incomplete.currentStandardVersion)
      .execute();
    await t.db
      .updateTable('serviceStandardVersions')
      .set({ createdAt: new Date('2025-01-15T03:00:00Z') })
      .where('serviceId', '=', stale.id)
      .where('version', '=', stale.currentStandardVersion)
      .execute();
    const n = services.length;
    const share = (n - 2) / n;
    const p = await run('catalogue.standards', zeroToFive);
    assert.ok(p);
    assert.equal(p.suggested, String(Math.floor(share * 5 + 1e-9)));
    assert.match(p.text, new RegExp(`dari ${n} layanan \\(${n - 2}\\) memiliki standar pelayanan`));
    assert.match(
      p.text,
      /1 layanan standarnya belum lengkap\. 1 layanan standarnya lengkap tetapi belum direviu/,
    );
    assert.equal(p.source, 'catalogue.standards (2025-11-07–2026-11-06)');
  });

  it('floor.attendance: booths opened on time and counters staffed over the open days', async () => {
    const schedules = await siteSchedules(t.db, unit.siteId, WEEK[0] as string, 5);
    assert.ok(schedules.every((d) => d.open && d.opens));
    const counters = await t.db
      .selectFrom('counters')
      .select('id')
      .where('boothId', '=', unit.boothId)
      .where('active', '=', true)
      .orderBy('number')
      .execute();
    const user = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'petugas.dukcapil')
      .executeTakeFirstOrThrow();
    const session = async (day: number, minutesAfterOpening: number) => {
      const d = schedules[day];
      assert.ok(d?.opens);
      await t.db
        .insertInto('counterSessions')
        .values({
          counterId: counters[0]?.id as string,
          userId: user.id,
          siteId: unit.siteId,
          serviceDate: d.date,
          startedAt: wib(d.date, plusMinutes(d.opens, minutesAfterOpening)),
          endedAt: wib(d.date, plusMinutes(d.opens, minutesAfterOpening + 240)),
          endReason: 'signed_out',
        })
        .execute();
    };
    // Monday at opening (on time), Tuesday 30 minutes late, Wednesday not opened, Thursday 10 minutes after
    // opening (within the 15 minutes' grace: on time), Friday not opened: 2 of 5 booth-days on time = 40%.
    await session(0, 0);
    await session(1, 30);
    await session(3, 10);
    const yes = await run('floor.attendance', yesNo);
    assert.ok(yes);
    assert.equal(yes.suggested, '0');
    const c = counters.length;
    const staffed = Math.round((3 / (5 * c)) * 1000) / 10;
    assert.equal(
      yes.text,
      `Gerai dibuka tepat waktu pada 40% dari 5 hari-gerai (2; terlambat 1, tidak dibuka 2) selama 5 hari layanan, ` +
        `2026-11-02 s.d. 2026-11-06. Loket terisi petugas ${String(staffed).replace('.', ',')}% dari ${5 * c} ` +
        'hari-loket. Sumber: sesi loket di lantai layanan Atap (terlambat bila loket pertama dibuka lebih dari 15 menit setelah jam buka).',
    );
    // On 0–5: 40% → 2.
    assert.equal((await run('floor.attendance', zeroToFive))?.suggested, '2');
    assert.equal(yes.source, 'floor.attendance (2026-11-02–2026-11-06)');
  });

  it('floor.waiting: median and 90th percentile of the wait, and the share called within 30 minutes', async () => {
    // Four tickets on Monday waiting 5, 10, 20 and 50 minutes: median 15, p90 = 20 + 0.7 × 30 = 41, 3 of 4 within 30.
    const waits = [5, 10, 20, 50];
    for (const [k, wait] of waits.entries()) {
      const issued = wib('2026-11-02', `${String(8 + k).padStart(2, '0')}:00`);
      const visit = await t.db
        .insertInto('visits')
        .values({
          siteId: unit.siteId,
          serviceDate: '2026-11-02',
          trackingCode: `EVALWAIT${k}`,
          priority: 'none',
          arrivedAt: issued,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('tickets')
        .values({
          siteId: unit.siteId,
          visitId: visit.id,
          step: 1,
          issuedBoothId: unit.boothId as string,
          sequence: 900 + k,
          number: `Z${900 + k}`,
          serviceDate: '2026-11-02',
          boothId: unit.boothId as string,
          serviceId,
          priority: 'none',
          arrivedAt: issued,
          issuedAt: issued,
          queuedAt: issued,
          status: 'done',
          calledAt: new Date(issued.getTime() + wait * 60_000),
          finishedAt: new Date(issued.getTime() + (wait + 10) * 60_000),
          outcome: 'served',
        })
        .execute();
    }
    const p = await run('floor.waiting', yesNo);
    assert.ok(p);
    assert.equal(p.suggested, '0.5');
    assert.equal(
      p.text,
      'Waktu tunggu median 15 menit, persentil ke-90 41 menit, dari 4 antrean yang dipanggil pada 2026-11-02 s.d. ' +
        '2026-11-06; 75% dipanggil dalam 30 menit. Sumber: tiket antrean di lantai layanan Atap (dari masuk antrean sampai dipanggil).',
    );
  });

  it('requests.completion: files completed within the standard’s time, from the monitor’s rollups', async () => {
    // Monday: 6 opened, 4 completed, 3 on time; Tuesday: 2 opened, 4 completed, 4 on time → 7 of 8 = 87.5%.
    for (const [period, opened, completed, onTime] of [
      ['2026-11-02', 6, 4, 3],
      ['2026-11-03', 2, 4, 4],
      ['2026-10-30', 9, 9, 0],
    ] as const)
      await t.db
        .insertInto('monitorRollups')
        .values({
          boothId: unit.boothId as string,
          grain: 'day',
          period,
          siteId: unit.siteId,
          agencyId: unit.agencyId as string,
          opened,
          completed,
          completedOnTime: onTime,
        })
        .execute();
    const p = await run('requests.completion', yesNo);
    assert.ok(p);
    assert.equal(p.suggested, '0.5');
    assert.equal(
      p.text,
      '87,5% dari 8 berkas yang selesai pada 2026-11-02 s.d. 2026-11-06 (7) selesai dalam jangka waktu standar ' +
        'pelayanan; 8 berkas masuk, 0 masih diproses. Sumber: pemantauan berkas Atap (rekap harian dan bulanan).',
    );
    assert.equal((await run('requests.completion', zeroToFive))?.suggested, '4');
  });

  it('satisfaction.ikm: the unit’s IKM and grade from its survey responses', async () => {
    // Two respondents answering 4 to all nine elements and two answering 3: every NRR 3.5 → IKM 87.50, grade B.
    await t.db.transaction().execute((tx) =>
      recordResponses(
        tx,
        ([4, 4, 3, 3] as const).map((answer) => ({
          invitationId: null,
          importId: null,
          channel: 'paper' as const,
          siteId: unit.siteId,
          agencyId: unit.agencyId,
          serviceId: null,
          boothId: unit.boothId,
          servedOn: '2026-11-04',
          answers: Object.fromEntries(ELEMENT_IDS.map((id) => [id, answer])),
          sex: null,
          ageBand: null,
          education: null,
          occupation: null,
          suggestion: null,
        })),
      ),
    );
    const p = await run('satisfaction.ikm', yesNo);
    assert.ok(p);
    assert.equal(p.suggested, '1');
    assert.equal(
      p.text,
      'IKM 87,50 (mutu B, Baik) dari 4 responden pada 2026-11-02 s.d. 2026-11-06. Sumber: survei kepuasan masyarakat di Atap.',
    );
    // On 0–5: (87.5 − 25) / 75 = 0.83 → 4.
    assert.equal((await run('satisfaction.ikm', zeroToFive))?.suggested, '4');
  });

  it('complaints.on_time: the share of complaints answered on time', async () => {
    let clock = NOW;
    const deps = {
      db: t.db,
      notifier: { written: () => undefined },
      now: () => clock,
      personalData: testCipher,
      notify: { email: false, webhook: false },
    };
    const place = { agencyId: unit.agencyId as string, boothId: unit.boothId as string, serviceId };
    const file = async (at: Date) => {
      clock = at;
      return (
        await fileComplaint(deps, systemContext, {
          siteId: unit.siteId,
          identity: 'anonymous',
          kind: 'complaint',
          channel: 'web',
          subject: 'waiting',
          description: 'Antrean lama',
          place,
        })
      ).row.id;
    };
    const move = async (at: Date, id: string, m: MoveInput) => {
      clock = at;
      await moveComplaint(deps, systemContext, id, m);
    };
    const answer = async (id: string, verify: string, answered: string) => {
      await move(wib(verify, '10:00'), id, { action: 'verify', by: 'handler' });
      await move(wib(verify, '11:00'), id, { action: 'dispatch', by: 'handler' });
      await move(wib(answered, '08:30'), id, {
        action: 'follow_up',
        by: 'agency',
        note: 'Sudah ditindaklanjuti.',
      });
      await move(wib(answered, '10:00'), id, {
        action: 'answer',
        by: 'handler',
        set: { answer: 'Jawaban.' },
      });
    };
    // Received 2 November: one answered on the 5th (on time), one on the 16th (after its 8 working days: late);
    // a third received on the 6th is still open.
    await answer(await file(wib('2026-11-02', '09:00')), '2026-11-02', '2026-11-05');
    await answer(await file(wib('2026-11-02', '20:00')), '2026-11-03', '2026-11-16');
    await file(wib('2026-11-06', '09:00'));
    const p = await run('complaints.on_time', yesNo);
    assert.ok(p);
    assert.equal(p.suggested, '0.5');
    assert.equal(
      p.text,
      '50% dari 2 pengaduan yang dijawab (1) dijawab tepat waktu, 1 terlambat; 3 diterima pada 2026-11-02 s.d. ' +
        '2026-11-06, 1 belum dijawab. Sumber: pengelolaan pengaduan Atap.',
    );
    assert.equal((await run('complaints.on_time', zeroToFive))?.suggested, '2');
  });

  it('says what it found when there is nothing to count', async () => {
    const empty = { ...unit, from: '2026-10-01', to: '2026-10-01' };
    const p = await evidenceSources['requests.completion']?.(t.db, empty, yesNo, NOW);
    assert.deepEqual(p, {
      suggested: null,
      text: 'Belum ada berkas yang selesai pada 2026-10-01.',
      source: 'requests.completion (2026-10-01–2026-10-01)',
    });
    // A period that has not started yet (after "now") has no attendance to judge.
    const future = { ...unit, from: '2026-12-01', to: '2026-12-31' };
    assert.equal(await evidenceSources['floor.attendance']?.(t.db, future, yesNo, NOW), null);
  });
});
