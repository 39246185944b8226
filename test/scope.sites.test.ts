import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type ColumnKey, exampleCells, serviceColumns } from '../src/modules/transfer/services.template.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

type Headers = Record<string, string>;

const quoteCsv = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Issue 19, items 1–3, reproduced as reported: a site manager's agency admin reaching another site, a PATCH that
 * wiped shared data, and the audit log leaking across sites.
 */
/**
 * The two sites here share an agency: Surabaya and its training floor (MPP Latihan), which runs Surabaya's
 * agencies. (Tebing Tinggi owns its agencies since migration 0027: nothing of it is shared.)
 */
describe('scope across sites', () => {
  let t: TestApp;
  let sby: string;
  let lat: string;
  let agency: string;
  let sbyDukcapil: Awaited<ReturnType<typeof dukcapil>>;
  let latDukcapil: Awaited<ReturnType<typeof dukcapil>>;
  let national: Headers;
  let managerSby: Headers;
  let managerLat: Headers;
  /** The agency admin manajer.sby creates for Dispendukcapil. */
  let siteAdmin: Headers;
  let siteAdminId: string;
  /** An application file of Dispendukcapil at the training floor. */
  let latFile: string;
  /** A Dispendukcapil service offered at its booths in both sites. */
  let shared: { id: string; description: string; keywords: string[] };

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  const boothsOf = async (serviceId: string) =>
    (await t.db.selectFrom('serviceBooths').select('boothId').where('serviceId', '=', serviceId).execute())
      .map((r) => r.boothId)
      .sort();

  before(async () => {
    t = await buildTestApp();
    await openAllDay(t.db, 'SBY');
    await openAllDay(t.db, 'LATIHAN');
    sby = await siteId(t.db, 'SBY');
    lat = await siteId(t.db, 'LATIHAN');
    sbyDukcapil = await dukcapil(t.db, 'SBY');
    latDukcapil = await dukcapil(t.db, 'LATIHAN');
    const a = await t.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DISPENDUKCAPIL')
      // Surabaya's (Tebing Tinggi has its own agency with the same code).
      .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
      .executeTakeFirstOrThrow();
    agency = a.id;
    national = await login(t.app, 'admin', 'atap-admin-2026');
    managerSby = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    managerLat = await login(t.app, 'manajer.latihan', 'latihan-2026');

    const latServices = new Set(latDukcapil.services.map((s) => s.id));
    // Offered at Surabaya and at the training floor (Tebing Tinggi has its own agency and services).
    const both = sbyDukcapil.services.filter((s) => latServices.has(s.id));
    assert.ok(both.length >= 2, 'the demo offers Dispendukcapil services at both sites');
    const row = await t.db
      .selectFrom('services')
      .select(['id', 'description', 'keywords'])
      .where(
        'id',
        'in',
        both.map((s) => s.id),
      )
      .where('description', '!=', '')
      .where(sql<boolean>`cardinality(keywords) > 0`)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    shared = row;

    // A training-floor file, registered there by the national admin; its manager moves it once, with a note.
    const opened = await api('POST', '/api/requests', national, {
      serviceId: shared.id,
      boothId: latDukcapil.boothId,
      citizen: { name: 'Warga Tebing Tinggi', nik: '1276014508900002', phone: '0812-7777-0002' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    latFile = (opened.json() as { id: string }).id;
    const moved = await api('POST', `/api/requests/${latFile}/moves`, managerLat, {
      to: 'verification',
      note: 'Catatan rahasia MPP Latihan',
    });
    assert.equal(moved.statusCode, 200, moved.body);
  });
  after(() => t.close());

  describe('1. an agency admin made by a site manager stays at that site', () => {
    before(async () => {
      const created = await api('POST', '/api/users', managerSby, {
        username: 'admin.dukcapil.sby',
        displayName: 'Admin Dukcapil Surabaya',
        password: 'rahasia-panjang-1',
        role: 'agency_admin',
        agencyId: agency,
      });
      assert.equal(created.statusCode, 201, created.body);
      siteAdminId = (created.json() as { id: string }).id;
      siteAdmin = await login(t.app, 'admin.dukcapil.sby', 'rahasia-panjang-1');
    });

    it('is stored bound to the manager’s site', async () => {
      const user = await t.db
        .selectFrom('users')
        .select(['role', 'siteId', 'agencyId'])
        .where('id', '=', siteAdminId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(user, { role: 'agency_admin', siteId: sby, agencyId: agency });
    });

    it('cannot read or move the other site’s application file', async () => {
      const read = await api('GET', `/api/requests/${latFile}`, siteAdmin);
      assert.equal(read.statusCode, 403, read.body);
      const move = await api('POST', `/api/requests/${latFile}/moves`, siteAdmin, { to: 'processing' });
      assert.equal(move.statusCode, 403, move.body);
      const row = await t.db
        .selectFrom('requests')
        .select('state')
        .where('id', '=', latFile)
        .executeTakeFirstOrThrow();
      assert.equal(row.state, 'verification');
      const list = await api('GET', '/api/requests', siteAdmin);
      assert.equal(list.statusCode, 200, list.body);
      assert.ok(!(list.json() as { id: string }[]).some((r) => r.id === latFile), 'not in their list');
    });

    it('cannot open or close a counter of the other site, nor sees it', async () => {
      const counter = latDukcapil.counters[0]?.id as string;
      const open = await api('POST', `/api/floor/counters/${counter}/open`, siteAdmin);
      assert.equal(open.statusCode, 403, open.body);
      const close = await api('POST', `/api/floor/counters/${counter}/close`, siteAdmin);
      assert.notEqual(close.statusCode, 200);
      const sessions = await t.db
        .selectFrom('counterSessions')
        .select('id')
        .where('counterId', '=', counter)
        .execute();
      assert.equal(sessions.length, 0, 'no session was opened');
      const console = await api('GET', `/api/floor/counters/${counter}/console`, siteAdmin);
      assert.equal(console.statusCode, 403);
      const mine = (await api('GET', '/api/floor/counters', siteAdmin)).json() as { id: string }[];
      const latCounters = new Set(latDukcapil.counters.map((c) => c.id));
      assert.ok(mine.length > 0, 'their own site’s counters are listed');
      assert.ok(!mine.some((c) => latCounters.has(c.id)), 'no counter of the other site is listed');
    });

    it('cannot read the other site’s schedule, monitor, affected bookings or booking statistics', async () => {
      const urls = [
        `/api/booking/sites/LATIHAN/services/${shared.id}/schedule`,
        '/api/monitor/sites/LATIHAN?from=2026-11-01&to=2026-11-30',
        '/api/monitor/sites/LATIHAN/attention',
        '/api/booking/sites/LATIHAN/affected',
        '/api/booking/sites/LATIHAN/stats',
      ];
      for (const url of urls) {
        const res = await api('GET', url, siteAdmin);
        assert.equal(res.statusCode, 403, `${url}: ${res.body}`);
      }
      const schedule = await api(
        'PUT',
        `/api/booking/sites/LATIHAN/services/${shared.id}/schedule`,
        siteAdmin,
        {
          weekdays: [],
        },
      );
      assert.equal(schedule.statusCode, 403, schedule.body);
    });

    it('still does its work at its own site', async () => {
      const counter = sbyDukcapil.counters[1]?.id as string;
      const open = await api('POST', `/api/floor/counters/${counter}/open`, siteAdmin);
      assert.equal(open.statusCode, 200, open.body);
      const close = await api('POST', `/api/floor/counters/${counter}/close`, siteAdmin);
      assert.equal(close.statusCode, 200, close.body);
      for (const url of [
        `/api/booking/sites/SBY/services/${shared.id}/schedule`,
        '/api/monitor/sites/SBY?from=2026-11-01&to=2026-11-30',
        '/api/booking/sites/SBY/affected',
      ]) {
        const res = await api('GET', url, siteAdmin);
        assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      }
    });

    it('a site manager grants nothing beyond their site', async () => {
      const base = { displayName: 'Coba Coba', password: 'rahasia-panjang-1' };
      // Asking for another site: the scope is forced to the manager's own.
      const forced = await api('POST', '/api/users', managerSby, {
        ...base,
        username: 'coba.lat',
        role: 'agency_admin',
        agencyId: agency,
        siteId: lat,
      });
      assert.equal(forced.statusCode, 201, forced.body);
      const row = await t.db
        .selectFrom('users')
        .select('siteId')
        .where('username', '=', 'coba.lat')
        .executeTakeFirstOrThrow();
      assert.equal(row.siteId, sby);
      // An officer of the other site's booth, a site manager, an agency absent from the site: refused.
      const officer = await api('POST', '/api/users', managerSby, {
        ...base,
        username: 'coba.petugas',
        role: 'officer',
        boothId: latDukcapil.boothId,
      });
      assert.equal(officer.statusCode, 403, officer.body);
      const manager = await api('POST', '/api/users', managerSby, {
        ...base,
        username: 'coba.manajer',
        role: 'site_manager',
        siteId: sby,
      });
      assert.equal(manager.statusCode, 403, manager.body);
      const absent = await t.db
        .selectFrom('agencies')
        .select('id')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('booths')
                .select('booths.id')
                .whereRef('booths.agencyId', '=', 'agencies.id')
                .where('booths.siteId', '=', sby),
            ),
          ),
        )
        .executeTakeFirst();
      if (absent) {
        const res = await api('POST', '/api/users', managerSby, {
          ...base,
          username: 'coba.absen',
          role: 'agency_admin',
          agencyId: absent.id,
        });
        assert.equal(res.statusCode, 403, res.body);
      }
    });

    it('the national admin grants every site of the agency, and a mismatched site is refused', async () => {
      const base = { displayName: 'Admin Pusat', password: 'rahasia-panjang-1', role: 'agency_admin' };
      const all = await api('POST', '/api/users', national, {
        ...base,
        username: 'dukcapil.pusat',
        agencyId: agency,
      });
      assert.equal(all.statusCode, 201, all.body);
      const central = await login(t.app, 'dukcapil.pusat', 'rahasia-panjang-1');
      assert.equal((await api('GET', `/api/requests/${latFile}`, central)).statusCode, 200);
      const absent = await t.db
        .selectFrom('agencies')
        .select('id')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('booths')
                .select('booths.id')
                .whereRef('booths.agencyId', '=', 'agencies.id')
                .where('booths.siteId', '=', lat),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      const mismatch = await api('POST', '/api/users', national, {
        ...base,
        username: 'salah.mpp',
        agencyId: absent.id,
        siteId: lat,
      });
      assert.equal(mismatch.statusCode, 422, mismatch.body);
      assert.equal(mismatch.json().error.code, 'user.scope_mismatch');
    });
  });

  describe('2. a PATCH changes only what it names, and what other sites share stays theirs', () => {
    it('PATCH {bookable} keeps the booths at both sites, the keywords and the description', async () => {
      const booths = await boothsOf(shared.id);
      assert.ok(booths.includes(sbyDukcapil.boothId) && booths.includes(latDukcapil.boothId));
      const res = await api('PATCH', `/api/services/${shared.id}`, national, { bookable: false });
      assert.equal(res.statusCode, 200, res.body);
      const after = await t.db
        .selectFrom('services')
        .select(['description', 'keywords', 'bookable'])
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      assert.equal(after.bookable, false);
      assert.equal(after.description, shared.description);
      assert.deepEqual(after.keywords, shared.keywords);
      assert.deepEqual(await boothsOf(shared.id), booths);
      await api('PATCH', `/api/services/${shared.id}`, national, { bookable: true });
    });

    it('a site manager cannot change a service other sites offer too, and nothing is written', async () => {
      const before = await t.db
        .selectFrom('services')
        .selectAll()
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      for (const payload of [
        { bookable: false },
        { description: 'diubah Surabaya' },
        { keywords: [] },
        { active: false },
      ]) {
        const res = await api('PATCH', `/api/services/${shared.id}`, managerSby, payload);
        assert.equal(res.statusCode, 403, `${JSON.stringify(payload)}: ${res.body}`);
        assert.equal(res.json().error.code, 'auth.shared_data');
      }
      const standard = await api('PUT', `/api/services/${shared.id}/workflow`, managerSby, {
        steps: [
          { code: 'received', label: { id: 'Diterima', en: 'Received' } },
          { code: 'done', label: { id: 'Selesai', en: 'Done' } },
          { code: 'handed_over', label: { id: 'Diserahkan', en: 'Handed over' } },
        ],
      });
      assert.equal(standard.statusCode, 403, standard.body);
      const after = await t.db
        .selectFrom('services')
        .selectAll()
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(after, before);
    });

    it('a site manager changes their own site’s offering and leaves the other site’s booths', async () => {
      // Withdraw it from Surabaya's booth, naming no booth of the training floor: the training floor keeps offering it.
      const out = await api('PATCH', `/api/services/${shared.id}`, managerSby, { boothIds: [] });
      assert.equal(out.statusCode, 200, out.body);
      assert.deepEqual(await boothsOf(shared.id), [latDukcapil.boothId]);
      // Offer it again, with the whole form sent back unchanged (a form does): nothing shared changes.
      const detail = (await api('GET', `/api/services/${shared.id}`, managerSby)).json();
      const back = await api('PATCH', `/api/services/${shared.id}`, managerSby, {
        name: detail.name,
        description: detail.description,
        keywords: detail.keywords,
        boothIds: [sbyDukcapil.boothId, latDukcapil.boothId],
      });
      assert.equal(back.statusCode, 200, back.body);
      assert.deepEqual(await boothsOf(shared.id), [sbyDukcapil.boothId, latDukcapil.boothId].sort());
      const row = await t.db
        .selectFrom('services')
        .select(['description', 'keywords'])
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { description: shared.description, keywords: shared.keywords });
    });

    it('a site manager cannot add a booth of another site', async () => {
      // A Dispendukcapil service Surabaya offers and the training floor does not.
      const latServices = new Set(latDukcapil.services.map((s) => s.id));
      const own = sbyDukcapil.services.find((s) => !latServices.has(s.id));
      assert.ok(own, 'the demo has a Dispendukcapil service only Surabaya offers');
      const res = await api('PATCH', `/api/services/${own.id}`, managerSby, {
        boothIds: [sbyDukcapil.boothId, latDukcapil.boothId],
      });
      assert.equal(res.statusCode, 403, res.body);
      assert.deepEqual(await boothsOf(own.id), [sbyDukcapil.boothId]);
      // Its own fields are Surabaya's alone: the manager may change them.
      const ok = await api('PATCH', `/api/services/${own.id}`, managerSby, { bookable: true });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    it('a site manager cannot create a service offered at another site’s booth', async () => {
      const detail = (await api('GET', `/api/services/${shared.id}`, managerSby)).json();
      const create = (code: string, boothIds: string[]) =>
        api('POST', '/api/services', managerSby, {
          agencyId: agency,
          code,
          name: 'Layanan uji cakupan',
          category: detail.category,
          averageServiceMinutes: 10,
          standard: detail.standard.standard,
          boothIds,
        });
      const elsewhere = await create('UJI-CAKUPAN-1', [sbyDukcapil.boothId, latDukcapil.boothId]);
      assert.equal(elsewhere.statusCode, 403, elsewhere.body);
      assert.equal(elsewhere.json().error.code, 'auth.out_of_scope');
      const none = await t.db
        .selectFrom('services')
        .select('id')
        .where('code', '=', 'UJI-CAKUPAN-1')
        .execute();
      assert.deepEqual(none, []);
      const own = await create('UJI-CAKUPAN-2', [sbyDukcapil.boothId]);
      assert.equal(own.statusCode, 201, own.body);
    });

    it('an import by a site-bound agency admin offers at their site only and leaves shared services alone', async () => {
      const code = (
        await t.db.selectFrom('services').select('code').where('id', '=', shared.id).executeTakeFirstOrThrow()
      ).code;
      const upload = async (rows: Partial<Record<ColumnKey, string>>[]) => {
        const lines = [serviceColumns.map((c) => quoteCsv(c.header)).join(',')];
        for (const r of rows) lines.push(serviceColumns.map((c) => quoteCsv(r[c.key] ?? '')).join(','));
        const form = new FormData();
        form.append('agencyId', agency);
        form.append('file', new Blob([`${lines.join('\r\n')}\r\n`]), 'layanan.csv');
        const body = new Response(form);
        return t.app.inject({
          method: 'POST',
          url: '/api/import/services',
          headers: { ...siteAdmin, 'content-type': body.headers.get('content-type') ?? '' },
          payload: Buffer.from(await body.arrayBuffer()),
        });
      };
      const row = (c: string, changes: Partial<Record<ColumnKey, string>>) => ({
        ...exampleCells(),
        code: c,
        name: `Layanan Uji ${c}`,
        ...changes,
      });
      const before = await t.db
        .selectFrom('services')
        .selectAll()
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      const sharedRow = await upload([row(code, { booths: sbyDukcapil.prefix })]);
      assert.equal(sharedRow.statusCode, 422, sharedRow.body);
      assert.match(sharedRow.body, /offered at other sites too/);
      const after = await t.db
        .selectFrom('services')
        .selectAll()
        .where('id', '=', shared.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(after, before);
      const elsewhere = await upload([row('DUKCAPIL-UJI-LAT', { booths: `LATIHAN:${latDukcapil.prefix}` })]);
      assert.equal(elsewhere.statusCode, 422, elsewhere.body);
      const own = await upload([row('DUKCAPIL-UJI-SBY', { booths: sbyDukcapil.prefix })]);
      assert.equal(own.statusCode, 200, own.body);
      const created = await t.db
        .selectFrom('services')
        .select('id')
        .where('code', '=', 'DUKCAPIL-UJI-SBY')
        .executeTakeFirstOrThrow();
      assert.deepEqual(await boothsOf(created.id), [sbyDukcapil.boothId]);
    });

    it('PATCH /api/agencies {phone} keeps the description; a shared agency is not a site manager’s', async () => {
      const before = await t.db
        .selectFrom('agencies')
        .selectAll()
        .where('id', '=', agency)
        .executeTakeFirstOrThrow();
      assert.notEqual(before.description, '');
      const res = await api('PATCH', `/api/agencies/${agency}`, national, { phone: '031-5312144' });
      assert.equal(res.statusCode, 200, res.body);
      const after = await t.db
        .selectFrom('agencies')
        .selectAll()
        .where('id', '=', agency)
        .executeTakeFirstOrThrow();
      assert.equal(after.phone, '031-5312144');
      assert.equal(after.description, before.description);
      assert.equal(after.website, before.website);
      const bySite = await api('PATCH', `/api/agencies/${agency}`, managerSby, { phone: '031-000000' });
      assert.equal(bySite.statusCode, 403, bySite.body);
      assert.equal(bySite.json().error.code, 'auth.shared_data');
    });

    it('PATCH of a site, a booth and a counter keeps what it does not name', async () => {
      const site = await api('PATCH', `/api/sites/${sby}`, managerSby, {
        phone: '031-111',
        email: 'mpp@sby.id',
      });
      assert.equal(site.statusCode, 200, site.body);
      const hours = await api('PATCH', `/api/sites/${sby}`, managerSby, { name: 'MPP Kota Surabaya' });
      assert.equal(hours.statusCode, 200, hours.body);
      const siteRow = await t.db
        .selectFrom('sites')
        .select(['phone', 'email'])
        .where('id', '=', sby)
        .executeTakeFirstOrThrow();
      assert.deepEqual(siteRow, { phone: '031-111', email: 'mpp@sby.id' });

      const boothBefore = await t.db
        .selectFrom('booths')
        .select(['zone', 'floor'])
        .where('id', '=', sbyDukcapil.boothId)
        .executeTakeFirstOrThrow();
      const booth = await api('PATCH', `/api/booths/${sbyDukcapil.boothId}`, managerSby, {
        name: 'Dispendukcapil',
      });
      assert.equal(booth.statusCode, 200, booth.body);
      const boothAfter = await t.db
        .selectFrom('booths')
        .select(['zone', 'floor'])
        .where('id', '=', sbyDukcapil.boothId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(boothAfter, boothBefore);

      const counter = sbyDukcapil.counters[0]?.id as string;
      const served = async () =>
        (
          await t.db
            .selectFrom('counterServices')
            .select('serviceId')
            .where('counterId', '=', counter)
            .execute()
        ).length;
      const servedBefore = await served();
      assert.ok(servedBefore > 0);
      const res = await api('PATCH', `/api/counters/${counter}`, managerSby, { label: 'Loket 1' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(await served(), servedBefore);
    });
  });

  describe('3. the audit log stays within the reader’s site', () => {
    const readAll = async (headers: Headers, query = '') => {
      const items: { id: number; entityId: string | null; actorUsername: string | null }[] = [];
      let beforeId: number | undefined;
      for (;;) {
        const url = `/api/audit?limit=200${query}${beforeId ? `&beforeId=${beforeId}` : ''}`;
        const res = await api('GET', url, headers);
        assert.equal(res.statusCode, 200, res.body);
        const page = (res.json() as { items: typeof items }).items;
        items.push(...page);
        if (page.length < 200) return items;
        beforeId = page[page.length - 1]?.id;
      }
    };

    it('a site manager sees no entry recorded for another site', async () => {
      const latEntries = await t.db.selectFrom('auditLog').select('id').where('siteId', '=', lat).execute();
      assert.ok(latEntries.length > 0, 'the training floor has entries (its file, its manager)');
      const latIds = new Set(latEntries.map((e) => Number(e.id)));
      const seen = await readAll(managerSby);
      assert.ok(seen.length > 0);
      assert.deepEqual(
        seen.filter((e) => latIds.has(e.id)),
        [],
      );
      assert.ok(!seen.some((e) => e.actorUsername === 'manajer.latihan'));
      const other = await readAll(managerSby, `&siteId=${lat}`);
      assert.ok(!other.some((e) => latIds.has(e.id)));
    });

    it('?entityId= does not return another site’s file history', async () => {
      const leak = await api('GET', `/api/audit?entityId=${latFile}`, managerSby);
      assert.equal(leak.statusCode, 200);
      assert.deepEqual(leak.json().items, []);
      const own = await api('GET', `/api/audit?entityId=${latFile}`, managerLat);
      assert.ok((own.json().items as unknown[]).length >= 2, 'its own site reads it');
    });

    it('shared catalogue changes show at every site offering them', async () => {
      const res = await api('GET', `/api/audit?entityId=${shared.id}`, managerSby);
      assert.ok((res.json().items as { actorUsername: string }[]).some((e) => e.actorUsername === 'admin'));
    });

    it('an agency admin of one site reads their agency’s entries there only', async () => {
      const latIds = new Set(
        (await t.db.selectFrom('auditLog').select('id').where('siteId', '=', lat).execute()).map((e) =>
          Number(e.id),
        ),
      );
      const seen = await readAll(siteAdmin);
      assert.ok(seen.length > 0);
      assert.ok(!seen.some((e) => latIds.has(e.id)));
      const officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
      assert.equal((await api('GET', '/api/audit', officer)).statusCode, 403);
    });
  });
});
