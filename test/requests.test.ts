import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { rebuildRollups } from '../src/modules/requests/requests.rollups.ts';
import { requestEventTypes } from '../src/shared/events/event-types.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { eventsMatchCatalogue } from './support/events.ts';
import { boothOf, dukcapil, openAllDay, pairKiosk, siteId } from './support/floor.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB). The clock moves forward in some tests.
let now = new Date('2026-11-23T02:00:00Z');
const hoursLater = (h: number) => {
  now = new Date(now.getTime() + h * 3_600_000);
};
const NIK = '3578011708900001';

describe('applications tracked to completion', () => {
  let t: TestApp;
  let officer: Record<string, string>;
  let manager: Record<string, string>;
  let admin: Record<string, string>;
  let kiosk: Record<string, string>;
  let d: Awaited<ReturnType<typeof dukcapil>>;
  let sby: string;

  before(async () => {
    // A webhook channel (nothing listens: the notice stays queued) so the ready-to-collect notice is queued.
    t = await buildTestApp({
      now: () => now,
      env: { ATAP_WEBHOOK_URL: 'http://127.0.0.1:9/hook', ATAP_NOTIFY_POLL_MS: '600000' },
    });
    await openAllDay(t.db);
    d = await dukcapil(t.db);
    sby = await siteId(t.db);
    kiosk = await pairKiosk(t.app, t.db);
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    admin = await login(t.app, 'admin', 'atap-admin-2026');
  });
  after(() => t.close());

  const api = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  /** A citizen takes a ticket at the kiosk, the officer calls it and takes the file in. */
  async function submitAtCounter(serviceId: string, documents: { index: number; state: string }[] = []) {
    const counter = d.counters[0]?.id as string;
    await api('POST', `/api/floor/counters/${counter}/open`, officer);
    const issued = await api('POST', '/api/floor/sites/SBY/visits', kiosk, { serviceIds: [serviceId] });
    assert.equal(issued.statusCode, 201, issued.body);
    const called = await api('POST', `/api/floor/counters/${counter}/call-next`, officer);
    assert.equal(called.statusCode, 200, called.body);
    const res = await api('POST', `/api/requests/from-counter/${counter}`, officer, {
      citizen: { name: 'Siti Aminah', nik: NIK, phone: '0812-3456-7890' },
      documents,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { ticketId: string; request: { id: string; trackingCode: string; dueAt: string } };
  }

  async function detail(id: string, headers = officer) {
    const res = await api('GET', `/api/requests/${id}`, headers);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as {
      state: string;
      next: string[];
      checklist: { name: string; mandatory: boolean; state: string }[];
      citizen: { name: string; nik: string; phone: string };
      paused: boolean;
      dueAt: string;
      history: { toState: string; actorName: string; note: string }[];
    };
  }

  const move = (id: string, to: string, note = '', headers = officer) =>
    api('POST', `/api/requests/${id}/moves`, headers, { to, note });

  it('opens a request when the officer finishes a ticket with the file taken in, in one transaction', async () => {
    const service = d.services[0]?.id as string;
    const { ticketId, request } = await submitAtCounter(service);
    assert.match(request.trackingCode, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const ticket = await t.db
      .selectFrom('tickets')
      .select(['status', 'outcome'])
      .where('id', '=', ticketId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(ticket, { status: 'done', outcome: 'submitted' });
    const row = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    // Personal data is stored encrypted, shown masked.
    assert.ok(!row.nikEncrypted.includes(NIK) && row.nikEncrypted.startsWith('v1.'));
    const view = await detail(request.id);
    assert.equal(view.citizen.name, 'Siti Aminah');
    assert.ok(!view.citizen.nik.includes('17089000') && view.citizen.nik.endsWith('0001'));
    assert.equal(view.state, 'received');
    assert.deepEqual(view.next, ['verification', 'returned', 'rejected']);
    assert.ok(view.checklist.length > 0);
    // An invalid NIK refuses the finish: the ticket stays at the counter.
    const counter = d.counters[0]?.id as string;
    await api('POST', '/api/floor/sites/SBY/visits', kiosk, { serviceIds: [service] });
    await api('POST', `/api/floor/counters/${counter}/call-next`, officer);
    const bad = await api('POST', `/api/requests/from-counter/${counter}`, officer, {
      citizen: { name: 'Siti', nik: '1234' },
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.ok(bad.json().error.message.id);
    const still = await t.db
      .selectFrom('tickets')
      .select('status')
      .where('counterId', '=', counter)
      .where('status', 'in', ['called', 'serving'])
      .executeTakeFirst();
    assert.equal(still?.status, 'called');
    await api('POST', `/api/floor/counters/${counter}/finish`, officer, { outcome: 'served' });
  });

  it('moves only one step at a time, and not to done while a mandatory document is missing', async () => {
    const { request } = await submitAtCounter(d.services[1]?.id as string);
    const id = request.id;
    assert.equal((await move(id, 'done')).json().error.code, 'application.illegal_transition');
    assert.equal((await move(id, 'nowhere')).json().error.code, 'application.unknown_step');
    assert.equal((await move(id, 'verification')).statusCode, 200);
    assert.equal((await move(id, 'processing', 'berkas lengkap')).statusCode, 200);
    const blocked = await move(id, 'done');
    assert.equal(blocked.statusCode, 409);
    assert.equal(blocked.json().error.code, 'application.documents_missing');
    const view = await detail(id);
    for (const [index, item] of view.checklist.entries()) {
      if (!item.mandatory) continue;
      const res = await api('PUT', `/api/requests/${id}/documents/${index}`, officer, { state: 'verified' });
      assert.equal(res.statusCode, 200, res.body);
    }
    assert.equal((await move(id, 'done')).statusCode, 200);
    // "Ready to collect" is queued for the citizen's phone, in the move's transaction, encrypted.
    const notice = await t.db
      .selectFrom('notifications')
      .select(['channel', 'template', 'recipientEncrypted', 'data'])
      .where('dedupeKey', '=', `request.ready:${id}:webhook`)
      .executeTakeFirstOrThrow();
    assert.equal(notice.template, 'request.ready');
    assert.ok(!notice.recipientEncrypted.includes('3456'));
    assert.equal((notice.data as { code: string }).code, request.trackingCode);
    const done = await detail(id);
    assert.deepEqual(
      done.history.map((h) => h.toState),
      ['received', 'verification', 'processing', 'done'],
    );
    assert.equal(done.history[2]?.note, 'berkas lengkap');
    assert.equal(done.history[1]?.actorName, 'Petugas Dispendukcapil');
    // The citizen: wrong digits and right digits.
    const wrong = await api('POST', '/api/requests/track', {}, { code: request.trackingCode, last4: '9999' });
    assert.equal(wrong.statusCode, 404);
    const mine = await api(
      'POST',
      '/api/requests/track',
      {},
      { code: request.trackingCode.toLowerCase(), last4: '7890' },
    );
    assert.equal(mine.statusCode, 200, mine.body);
    const body = mine.json();
    assert.equal(body.readyToCollect, true);
    assert.ok(body.steps.find((s: { code: string }) => s.code === 'processing').reachedAt);
    assert.ok(!JSON.stringify(body).includes('Siti'), 'no personal data on the public page');
    // Handed over is final.
    assert.equal((await move(id, 'handed_over')).statusCode, 200);
    assert.equal((await move(id, 'rejected', 'terlambat')).json().error.code, 'application.final');
    // Every move is audited.
    const audits = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', id).execute();
    assert.equal(audits.filter((a) => a.action === 'request.move').length, 4);
  });

  it('pauses the clock while returned for completion and moves the deadline by the working days lost', async () => {
    const res = await api('POST', '/api/requests', officer, {
      serviceId: d.services[2]?.id,
      citizen: { name: 'Budi', nik: NIK },
    });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    const before = await detail(id);
    assert.equal((await move(id, 'returned')).json().error.code, 'application.note_required');
    assert.equal((await move(id, 'returned', 'Kartu Keluarga belum dilampirkan')).statusCode, 200);
    const paused = await detail(id);
    assert.equal(paused.paused, true);
    assert.deepEqual(paused.next, ['received', 'rejected']);
    const track = (
      await api('POST', '/api/requests/track', {}, { code: res.json().trackingCode, last4: '0001' })
    ).json();
    assert.equal(track.paused, true);
    assert.equal(track.reason, 'Kartu Keluarga belum dilampirkan');
    // Two days later (Wednesday), the citizen brings the document.
    hoursLater(48);
    assert.equal((await move(id, 'received', 'KK diterima')).statusCode, 200);
    const resumed = await detail(id);
    assert.equal(resumed.paused, false);
    const shift = (Date.parse(resumed.dueAt) - Date.parse(before.dueAt)) / 86_400_000;
    const row = await t.db
      .selectFrom('requests')
      .select(['completionUnit'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.completionUnit === 'working_days') assert.ok(shift >= 2 && shift <= 4, `shifted ${shift} days`);
    else assert.ok(shift > 0);
  });

  it('keeps officers to their own agency’s files', async () => {
    const other = await boothOf(t.db, 'BPJSKES');
    const created = await api('POST', '/api/users', admin, {
      username: 'petugas.lain',
      displayName: 'Petugas Lain',
      password: 'petugas-lain-2026',
      role: 'officer',
      siteId: sby,
      boothId: other.boothId,
    });
    assert.equal(created.statusCode, 201, created.body);
    const stranger = await login(t.app, 'petugas.lain', 'petugas-lain-2026');
    const res = await api('POST', '/api/requests', officer, {
      serviceId: d.services[0]?.id,
      citizen: { name: 'Ani', nik: NIK },
    });
    const id = res.json().id as string;
    assert.equal((await move(id, 'verification', '', stranger)).statusCode, 403);
    assert.equal((await api('GET', `/api/requests/${id}`, stranger)).statusCode, 403);
    assert.equal(
      (await api('PUT', `/api/requests/${id}/documents/0`, stranger, { state: 'verified' })).statusCode,
      403,
    );
    const theirs = (await api('GET', '/api/requests', stranger)).json() as unknown[];
    assert.equal(theirs.length, 0);
    // Nor can they register a service of another agency at their booth.
    const foreign = await api('POST', '/api/requests', stranger, {
      serviceId: d.services[0]?.id,
      citizen: { name: 'Ani', nik: NIK },
    });
    assert.equal(foreign.json().error.code, 'application.service_not_at_booth');
    // The monitor is for managers, not officers.
    assert.equal(
      (await api('GET', '/api/monitor/sites/SBY?from=2026-11-01&to=2026-11-30', officer)).statusCode,
      403,
    );
  });

  it('lets agency admins adapt the steps, within the rules', async () => {
    const adminDukcapil = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    const service = d.services[3]?.id as string;
    const steps = [
      { code: 'received', label: { id: 'Diterima', en: 'Received' } },
      { code: 'verification', label: { id: 'Verifikasi', en: 'Verification' } },
      { code: 'signing', label: { id: 'Tanda tangan kepala dinas', en: 'Signing' } },
      { code: 'done', label: { id: 'Selesai', en: 'Done' } },
      { code: 'handed_over', label: { id: 'Diserahkan', en: 'Handed over' } },
    ];
    const bad = await api('PUT', `/api/services/${service}/workflow`, adminDukcapil, {
      steps: steps.slice(0, 3),
    });
    assert.equal(bad.statusCode, 422);
    assert.equal((await api('PUT', `/api/services/${service}/workflow`, officer, { steps })).statusCode, 403);
    assert.equal(
      (await api('PUT', `/api/services/${service}/workflow`, adminDukcapil, { steps })).statusCode,
      200,
    );
    const res = await api('POST', '/api/requests', officer, {
      serviceId: service,
      citizen: { name: 'Ani', nik: NIK },
    });
    const id = res.json().id as string;
    await move(id, 'verification');
    assert.deepEqual((await detail(id)).next, ['signing', 'returned', 'rejected']);
    await move(id, 'signing');
    // The step cannot be removed while a file stands at it.
    const without = steps.filter((s) => s.code !== 'signing');
    const refused = await api('PUT', `/api/services/${service}/workflow`, adminDukcapil, { steps: without });
    assert.equal(refused.json().error.code, 'application.workflow_in_use');
  });

  it('keeps holidays as data that only national admins edit', async () => {
    const list = (await api('GET', '/api/holidays?year=2026', {})).json() as { date: string; kind: string }[];
    assert.equal(list.filter((h) => h.kind === 'national').length, 17);
    assert.equal(list.filter((h) => h.kind === 'collective_leave').length, 8);
    const holiday = { date: '2026-12-31', name: 'Cuti bersama tambahan', kind: 'collective_leave' };
    assert.equal((await api('POST', '/api/holidays', manager, holiday)).statusCode, 403);
    const created = await api('POST', '/api/holidays', admin, holiday);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await api('POST', '/api/holidays', admin, holiday)).json().error.code, 'holiday.duplicate');
    assert.equal((await api('DELETE', `/api/holidays/${created.json().id}`, admin)).statusCode, 204);
  });

  it('counts in the manager’s monitor, lists the late, exports a workbook, and matches a rebuild', async () => {
    // Far in the future, everything still open is late.
    hoursLater(24 * 40);
    const res = await api('GET', '/api/monitor/sites/SBY?from=2026-11-01&to=2026-11-30', manager);
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    assert.ok(m.totals.opened >= 5, JSON.stringify(m.totals));
    assert.ok(m.totals.completed >= 1);
    assert.ok(m.totals.served >= m.totals.opened - 3);
    assert.ok(m.totals.late >= 1);
    assert.ok(m.totals.medianMinutes !== null);
    const agency = m.agencies.find(
      (a: { shortName: string }) =>
        a.shortName.includes('Dukcapil') || a.shortName.includes('Dispendukcapil'),
    );
    assert.ok(agency, JSON.stringify(m.agencies.map((a: { shortName: string }) => a.shortName)));
    assert.equal(agency.booths[0].opened, agency.opened);
    const late = (await api('GET', '/api/monitor/sites/SBY/attention?which=late', manager)).json() as {
      code: string;
      late: boolean;
    }[];
    assert.ok(late.length >= 1 && late.every((r) => r.late));
    assert.equal(
      (await api('GET', '/api/monitor/sites/SBY?from=2026-12-01&to=2026-11-01', manager)).statusCode,
      422,
    );
    const xlsx = await api(
      'GET',
      '/api/monitor/sites/SBY/export.xlsx?from=2026-11-01&to=2026-11-30',
      manager,
    );
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.equal(book.getWorksheet('Ringkasan')?.getRow(1).getCell(1).value, 'Instansi');
    assert.ok((book.getWorksheet('Terlambat')?.rowCount ?? 0) >= 2);
    // The incremental rollups equal a rebuild from the raw rows.
    const snapshot = async () =>
      (
        await sql<{
          k: string;
        }>`SELECT booth_id || grain || period || served || '/' || opened || '/' || completed || '/'
          || completed_on_time || '/' || rejected || array_to_string(completion_histogram, ',') AS k
          FROM monitor_rollups WHERE site_id = ${sby} ORDER BY 1`.execute(t.db)
      ).rows.map((r) => r.k);
    const incremental = await snapshot();
    await rebuildRollups(t.db, sby);
    assert.deepEqual(await snapshot(), incremental);
  });

  it('sets the share of the working time after which a request is at risk, within its bounds', async () => {
    const put = (share: number) =>
      api('PUT', '/api/monitor/sites/SBY/settings', manager, { atRiskShare: share });
    const set = await put(0.6);
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json(), { atRiskShare: 0.6 });
    assert.equal((await put(0.99)).statusCode, 400);
  });

  it('every event the tests above wrote matches its catalogue schema, and every request type was written', async () => {
    const seen = await eventsMatchCatalogue(t.db);
    assert.deepEqual(
      requestEventTypes.filter((type) => !seen.has(type)),
      [],
      'request event types no test wrote',
    );
  });
});
