import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { linkStatuses } from '../src/modules/national/hub-status.ts';
import { readLinkState } from '../src/modules/national/link-state.ts';
import { replicatedTables } from '../src/modules/national/replicated-tables.ts';
import { loadConfig } from '../src/shared/config.ts';
import { login } from './support/app.ts';
import { testDataKey } from './support/data-key.ts';
import { dukcapil, pairKiosk } from './support/floor.ts';
import {
  type ClusterNode,
  eventually,
  initialCopyDone,
  linkSite,
  type SiteNode,
  startHubNode,
  startSiteNode,
} from './support/national.ts';
import { differences } from './support/national-compare.ts';

/**
 * A site's link to the hub as its manager sees it, an outage of the hub while the floor keeps working, and the
 * proof that no personal value reaches the hub. One hub, one demo site (its own PostgreSQL each), the site's whole
 * app running on its database.
 */

// Monday 23 November 2026, 09:00 in Surabaya (WIB): the site is open, the booking window too.
const NOW = new Date('2026-11-23T02:00:00Z');

describe('national link: state, outage and catch-up, no personal data on the hub', {
  timeout: 400_000,
}, () => {
  let hub: ClusterNode;
  let site: SiteNode;
  let app: FastifyInstance;
  let manager: Record<string, string>;

  before(async () => {
    [hub, site] = await Promise.all([startHubNode(), startSiteNode({ demo: true })]);
    const config = loadConfig({
      ATAP_LOG_LEVEL: 'silent',
      ATAP_SEED_DEMO: 'false',
      ATAP_DATA_KEY: testDataKey,
      ATAP_HEARTBEAT_MS: '250',
    });
    app = await buildApp({ config, db: site.db, databaseUrl: site.url, now: () => NOW });
    await app.ready();
    manager = await login(app, 'manajer.sby', 'manajer-sby-2026');
    await linkSite(hub, site);
    await eventually(() => initialCopyDone(hub), 90_000, 'initial copy');
  });
  after(async () => {
    await app?.close();
    await hub?.destroy();
    await site?.destroy();
  });

  const linkState = async () => {
    const res = await app.inject({ url: '/api/national/link', headers: manager });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Awaited<ReturnType<typeof readLinkState>> & {
      slots: { verdict: string; disconnectedSince: string | null; lastContactAt: string | null }[];
    };
  };

  it("shows the site's manager a connected link: last contact, lag, WAL kept against its bound", async () => {
    const state = await eventually(
      async () => {
        const s = await linkState();
        return s.slots[0]?.lastContactAt ? s : null;
      },
      30_000,
      'a reply from the hub',
    );
    assert.equal(state.publishing, true);
    assert.equal(state.walKeepBoundBytes, 1024 ** 3, 'the test site runs with max_slot_wal_keep_size = 1GB');
    assert.equal(state.slots.length, 1, 'one hub, one slot (the first copy slots are not links)');
    const slot = state.slots[0];
    assert.equal(slot?.verdict, 'connected');
    assert.equal(slot?.walStatus, 'reserved');
    assert.ok((slot?.retainedBytes ?? -1) >= 0);
    assert.ok(slot?.boundShare !== null && (slot?.boundShare ?? 1) < 0.01);
    // An officer has no business with it; the hub's side sees the same link replicating, its data recent.
    const officer = await login(app, 'petugas.dukcapil', 'petugas-2026');
    assert.equal((await app.inject({ url: '/api/national/link', headers: officer })).statusCode, 403);
    const [link] = await eventually(
      async () => {
        const links = await linkStatuses(hub.db);
        return links[0]?.sites.every((s) => s.dataAsOf) ? links : null;
      },
      30_000,
      'data as of every site',
    );
    assert.equal(link?.health, 'replicating');
    assert.equal(link?.enabled, true);
    assert.deepEqual(
      link?.sites.map((s) => s.code),
      ['LATIHAN', 'SBY', 'TTG'],
    );
    assert.equal(link?.applyErrors, 0);
  });

  it('keeps the floor working while the hub is away, keeps the WAL for it, and the hub catches up by itself', async () => {
    const kiosk = await pairKiosk(app, site.db, 'SBY');
    const officer = await login(app, 'petugas.dukcapil', 'petugas-2026');
    const d = await dukcapil(site.db, 'SBY');
    const counter = d.counters[0]?.id as string;
    const act = (action: string, payload: object = {}) =>
      app.inject({
        method: 'POST',
        url: `/api/floor/counters/${counter}/${action}`,
        headers: officer,
        payload,
      });
    assert.equal((await act('open')).statusCode, 200);
    const issue = () =>
      app.inject({
        method: 'POST',
        url: '/api/floor/sites/SBY/visits',
        headers: kiosk,
        payload: { serviceIds: [d.services[0]?.id], priority: 'none' },
      });
    const retainedAtStart = (await readLinkState(site.db)).slots[0]?.retainedBytes ?? 0;

    await hub.stop();
    const away = await eventually(
      async () => {
        const s = await linkState();
        return s.slots[0]?.verdict === 'disconnected' ? s : null;
      },
      30_000,
      'the site to see the hub gone',
    );
    assert.ok(away.slots[0]?.disconnectedSince, 'disconnected since when');

    // The floor works as if nothing happened: tickets issued, called, served, finished.
    let served = 0;
    for (let i = 0; i < 40; i++) {
      assert.equal((await issue()).statusCode, 201);
      if (i % 2 === 0) {
        assert.equal((await act('call-next')).statusCode, 200);
        assert.equal((await act('serve')).statusCode, 200);
        assert.equal((await act('finish', { outcome: 'served' })).statusCode, 200);
        served++;
      }
    }
    const during = (await readLinkState(site.db)).slots[0];
    assert.equal(during?.active, false);
    const retainedDuring = during?.retainedBytes ?? 0;
    assert.ok(
      retainedDuring > retainedAtStart + 100_000,
      `WAL kept grows while the hub is away: ${retainedAtStart} → ${retainedDuring} bytes`,
    );
    const ticketsAtSite = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tickets`.execute(site.db))
      .rows[0]?.n;

    await hub.restart();
    const started = Date.now();
    await eventually(
      async () => (await differences(site.db, hub.db)).length === 0,
      120_000,
      'the hub to equal the site',
    );
    const caughtUpMs = Date.now() - started;
    const hubTickets = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM tickets`.execute(hub.db))
      .rows[0]?.n;
    assert.equal(hubTickets, ticketsAtSite, 'every ticket once');
    const back = await eventually(
      async () => {
        const s = await linkState();
        const slot = s.slots[0];
        return slot?.verdict === 'connected' && (slot.retainedBytes ?? Infinity) < retainedDuring / 2
          ? s
          : null;
      },
      60_000,
      'the WAL kept for the hub to be released',
    );
    const [link] = await linkStatuses(hub.db);
    assert.equal(link?.health, 'replicating');
    const sby = link?.sites.find((s) => s.code === 'SBY');
    assert.ok(
      sby?.dataAsOf && sby.dataAsOf.getTime() > Date.now() - 30_000,
      'the data as of is current again',
    );
    process.stdout.write(
      `# outage: ${served} served and ${40 - served} waiting while away; WAL kept ${retainedAtStart} → ${retainedDuring} → ${back.slots[0]?.retainedBytes} bytes; hub equal to the site ${caughtUpMs} ms after it came back\n`,
    );
  });

  it('never lets a personal value reach the hub: every column of every table of every schema scanned', async () => {
    const marker = 'Zqv';
    const d = await dukcapil(site.db, 'SBY');
    const officer = await login(app, 'petugas.dukcapil', 'petugas-2026');
    // A file registered at a counter: the citizen's name, NIK, phone and e-mail.
    const request = await app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: officer,
      payload: {
        serviceId: d.services[0]?.id,
        citizen: {
          name: `Rahmat ${marker}hidayat`,
          nik: '3578011708900001',
          phone: '0812-7391-4455',
          email: `rahmat.${marker}@example.org`,
        },
      },
    });
    assert.equal(request.statusCode, 201, request.body);
    // A named complaint: name, phone, e-mail, what happened, what is asked.
    const complaint = await app.inject({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        kind: 'complaint',
        description: `Petugas meminta uang pelicin ${marker}KTP di loket tiga.`,
        happenedOn: '2026-11-23',
        asks: `Mohon ditindak ${marker}segera.`,
        identity: 'named',
        contact: {
          name: `Sulastri ${marker}wibowo`,
          phone: '0813-6402-1177',
          email: `sulastri.${marker}@example.org`,
        },
        channel: 'web',
        site: 'SBY',
      },
    });
    assert.equal(complaint.statusCode, 201, complaint.body);
    // A booking: NIK, name, phone (bookings stay home entirely).
    const offer = await site.db
      .selectFrom('bookingSettings as bs')
      .innerJoin('sites as s', 's.id', 'bs.siteId')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 'bs.serviceId')
      .innerJoin('booths as b', (j) => j.onRef('b.id', '=', 'sb.boothId').onRef('b.siteId', '=', 's.id'))
      .innerJoin('counterServices as cs', 'cs.serviceId', 'bs.serviceId')
      .select('bs.serviceId')
      .where('s.code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const scheduled = await app.inject({
      method: 'PUT',
      url: `/api/booking/sites/SBY/services/${offer.serviceId}/schedule`,
      headers: manager,
      payload: {
        weeklyLimitPerNik: 3,
        weekdays: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          slotMinutes: 30,
          capacityPerSlot: 2,
          onlineDailyQuota: 40,
        })),
      },
    });
    assert.equal(scheduled.statusCode, 200, scheduled.body);
    const booking = await app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {
        serviceId: offer.serviceId,
        date: '2026-11-24',
        starts: '09:00',
        nik: '3578015508900003',
        name: `Siti ${marker}aminah`,
        phone: '0812-9044-2318',
      },
    });
    assert.equal(booking.statusCode, 201, booking.body);
    // A paper survey form with a suggestion in the citizen's words.
    const survey = await sql<{ id: string }>`
      INSERT INTO survey_responses (channel, site_id, served_on, u1, u2, sex, age_band, suggestion)
      SELECT 'paper', id, '2026-11-23', 4, 3, 'P', '25-34', ${`Ruang tunggu panas ${marker}sekali, kipas rusak.`}
      FROM sites WHERE code = 'SBY' RETURNING id`.execute(site.db);
    const ids = {
      requests: (request.json() as { id: string }).id,
      complaints: (complaint.json() as { id: string }).id,
      survey_responses: survey.rows[0]?.id as string,
    };
    // The rows themselves travel (their public columns): wait for them at the hub.
    await eventually(
      async () => {
        for (const [table, id] of Object.entries(ids)) {
          const found = await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ${id}`.execute(hub.db);
          if (found.rows.length === 0) return false;
        }
        return true;
      },
      30_000,
      'the new rows at the hub',
    );

    // What to look for: the values as typed, and the values as the site stores them (ciphertexts, NIK match keys,
    // tracking codes, PINs): every column the list keeps home, of the rows just written, and the booking's row.
    const needles = new Set<string>([
      marker.toLowerCase(),
      '3578011708900001',
      '3578015508900003',
      '7391-4455',
      '73914455',
      '6402-1177',
      '64021177',
      '9044-2318',
      '90442318',
    ]);
    const stored = async (table: string, where: string, columns: string[]) => {
      const list = columns.map(
        (c) =>
          `CASE WHEN pg_typeof(t."${c}") = 'bytea'::regtype THEN encode(t."${c}"::text::bytea, 'hex') ELSE t."${c}"::text END AS "${c}"`,
      );
      const rows = await sql<Record<string, string | null>>`
        SELECT ${sql.raw(list.join(', '))} FROM ${sql.table(table)} t WHERE ${sql.raw(where)}`.execute(
        site.db,
      );
      for (const row of rows.rows)
        for (const value of Object.values(row))
          if (value && value.length >= 6) needles.add(value.toLowerCase());
    };
    for (const table of replicatedTables) {
      const id = ids[table.name as keyof typeof ids];
      if (!id) continue;
      const kept = Object.entries(table.keptHome)
        .filter(([, why]) => why === 'personal' || why === 'secret' || why === 'free-text')
        .map(([c]) => c);
      await stored(table.name, `t.id = '${id}'`, kept);
    }
    await stored('bookings', `t.name LIKE '%${marker}%' OR t.id IS NOT NULL`, [
      'code',
      'nik_encrypted',
      'phone_encrypted',
      'name',
    ]);
    assert.ok(needles.size > 15, `${needles.size} values to look for`);

    // Every table of every schema on the hub (the national schema, the replicated copies, the catalogs), every
    // column of it cast to text: the row's text holds them all.
    const tables = await sql<{ schema: string; name: string }>`
      SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_toast', 'information_schema')
      ORDER BY 1, 2`.execute(hub.db);
    const patterns = [...needles].map((n) => `%${n.replace(/[%_\\]/g, '\\$&')}%`);
    const found: string[] = [];
    for (const t of tables.rows) {
      const hit = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(`${t.schema}.${t.name}`)} r
        WHERE lower(r::text) LIKE ANY(${patterns}::text[])`.execute(hub.db);
      if ((hit.rows[0]?.n ?? 0) > 0) found.push(`${t.schema}.${t.name}`);
    }
    assert.deepEqual(found, [], 'no personal value anywhere on the hub');
    assert.ok(tables.rows.length > 60, `${tables.rows.length} tables scanned`);
    // And no personal column exists there, whatever its content.
    const columns = await sql<{ where: string }>`
      SELECT table_schema || '.' || table_name || '.' || column_name AS where FROM information_schema.columns
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
        AND column_name ~ '^(nik.*|.*phone.*|.*e?mail.*|.*_encrypted|suggestion|description|identity.*|tracking_code|pin.*|citizen_remark|asks|answer|sex|age_band|education|occupation)$'`.execute(
      hub.db,
    );
    assert.deepEqual(
      columns.rows.map((r) => r.where),
      [],
    );
  });
});
