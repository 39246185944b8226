import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { buildHubApp } from '../src/hub.app.ts';
import { serviceTypes } from '../src/modules/catalogue/catalogue.public.ts';
import { complaintMeasures } from '../src/modules/complaints/complaints.public.ts';
import { attendanceOver, waitingOver } from '../src/modules/floor/floor.public.ts';
import { drainDirtyDays, markAllDays, startRollup } from '../src/modules/national/rollup.ts';
import { siteMonitor } from '../src/modules/requests/monitor.service.ts';
import { unitIkm } from '../src/modules/satisfaction/satisfaction.public.ts';
import { loadConfig } from '../src/shared/config.ts';
import { login } from './support/app.ts';
import { testDataKey } from './support/data-key.ts';
import { dukcapil, openAllDay, pairKiosk } from './support/floor.ts';
import {
  type ClusterNode,
  eventually,
  initialCopyDone,
  linkSite,
  type SiteNode,
  startHubNode,
  startSiteNode,
} from './support/national.ts';

/**
 * The hub's measures of a site equal the site's own figures for the same period (issue 24, "Scale and proof"): a
 * demo site with its history runs floor work through its own app, the rows replicate, the hub's triggers (fired in
 * the subscription's apply worker) mark the days, the rollup builds the facts, and the hub's API answers with the
 * numbers the site's monitor, satisfaction index, complaint measures, attendance and floor figures give.
 */

const WIB = 'Asia/Jakarta';
const localDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: WIB }).format(at);
const today = localDate(new Date());
const month = today.slice(0, 7);
const lastOfMonth = (m: string) => {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mm, 0)).toISOString().slice(0, 10);
};
const previousMonth = (() => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

interface ProfileMeasure {
  measure: string;
  figure: { value: number | null; sample: number; enough: boolean; label: string | null };
}

/** Nearest-rank percentile of whole minutes, as the hub defines it (minutes capped at 239). */
function nearestRank(minutes: number[], p: number): number | null {
  if (minutes.length === 0) return null;
  const sorted = [...minutes].map((m) => Math.min(239, Math.max(0, m))).sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1] ?? null;
}

describe('national measures: the hub says what the site says', { timeout: 600_000 }, () => {
  let hub: ClusterNode;
  let site: SiteNode;
  let siteApp: FastifyInstance;
  let hubApp: FastifyInstance;
  let sbyId: string;
  let clock = new Date(`${today}T08:00:00+07:00`);

  before(async () => {
    // History from the first of this month (at least a day), so this month is whole at both ends.
    const historyDays = Math.max(1, Number(today.slice(8, 10)));
    [hub, site] = await Promise.all([startHubNode(), startSiteNode({ demo: true, historyDays })]);
    await openAllDay(site.db, 'SBY');
    // Open every day from 07:55 (the floor works at any hour of the test; 08:00 counts as on time).
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opens: '07:55',
      closes: '24:00',
      breaks: [],
    }));
    await sql`UPDATE sites SET weekly_hours = ${JSON.stringify(hours)}::jsonb WHERE code = 'SBY'`.execute(
      site.db,
    );
    const config = loadConfig({
      ATAP_LOG_LEVEL: 'silent',
      ATAP_SEED_DEMO: 'false',
      ATAP_DATA_KEY: testDataKey,
      ATAP_HEARTBEAT_MS: '500',
    });
    siteApp = await buildApp({ config, db: site.db, databaseUrl: site.url, now: () => clock });
    await siteApp.ready();
    hubApp = await buildHubApp({
      config: loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_MODE: 'hub', ATAP_HUB_ROLLUP_MS: '3600000' }),
      db: hub.db,
    });
    await hubApp.ready();
    sbyId = (
      await site.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow()
    ).id;
  });
  after(async () => {
    await hubApp?.close();
    await siteApp?.close();
    await hub?.destroy();
    await site?.destroy();
  });

  /** Floor work through the site's own API: a counter opens, tickets are issued, called, served; one no-show. */
  async function floorWork(count: number, startMinute: number) {
    const kiosk = await pairKiosk(siteApp, site.db, 'SBY');
    const officer = await login(siteApp, 'petugas.dukcapil', 'petugas-2026');
    const d = await dukcapil(site.db, 'SBY');
    const counter = d.counters[0]?.id;
    const act = (action: string, payload: object = {}) =>
      siteApp.inject({
        method: 'POST',
        url: `/api/floor/counters/${counter}/${action}`,
        headers: officer,
        payload,
      });
    const at = (minute: number) => {
      clock = new Date(Date.parse(`${today}T08:00:00+07:00`) + minute * 60_000);
    };
    at(startMinute);
    const opened = await act('open');
    assert.ok(
      opened.statusCode === 200 || opened.json().error?.code === 'floor.counter_already_open',
      opened.body,
    );
    for (let i = 0; i < count; i++) {
      const issued = await siteApp.inject({
        method: 'POST',
        url: '/api/floor/sites/SBY/visits',
        headers: kiosk,
        payload: { serviceIds: [d.services[i % d.services.length]?.id], priority: 'none' },
      });
      assert.equal(issued.statusCode, 201, issued.body);
    }
    let minute = startMinute;
    for (let i = 0; i < count; i++) {
      minute += 3 + i;
      at(minute);
      assert.equal((await act('call-next')).statusCode, 200);
      if (i === count - 1) {
        assert.equal((await act('recall')).statusCode, 200);
        assert.equal((await act('no-show')).statusCode, 200);
        continue;
      }
      assert.equal((await act('serve')).statusCode, 200);
      minute += 2 + (i % 4);
      at(minute);
      assert.equal((await act('finish', { outcome: 'served' })).statusCode, 200);
    }
  }

  const ticketCount = async (db: ClusterNode['db']) =>
    (
      await sql<{ n: number; done: number }>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE status IN ('done', 'no_show'))::int AS done FROM tickets`.execute(
        db,
      )
    ).rows[0];

  async function replicated() {
    const want = await ticketCount(site.db);
    await eventually(
      async () => JSON.stringify(await ticketCount(hub.db)) === JSON.stringify(want),
      60_000,
      'tickets replicated',
    );
  }

  async function profile(m: string): Promise<Map<string, ProfileMeasure['figure']>> {
    const res = await hubApp.inject({ url: `/api/national/sites/SBY?from=${m}&to=${m}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { measures: ProfileMeasure[] };
    return new Map(body.measures.map((x) => [x.measure, x.figure]));
  }

  async function siteFigures(from: string, to: string) {
    const now = new Date();
    const unit = { siteId: sbyId, agencyId: null, boothId: null };
    const tickets = await sql<{
      status: string;
      outcome: string | null;
      wait: number | null;
      service: number | null;
    }>`
      SELECT status, outcome,
        floor(extract(epoch FROM called_at - coalesce(queued_at, issued_at)) / 60)::int AS wait,
        CASE WHEN status = 'done' THEN floor(extract(epoch FROM finished_at - serving_started_at) / 60)::int END
          AS service
      FROM tickets WHERE site_id = ${sbyId} AND service_date BETWEEN ${from}::date AND ${to}::date`.execute(
      site.db,
    );
    const waits = tickets.rows.flatMap((t) => (t.wait === null ? [] : [t.wait]));
    const services = tickets.rows.flatMap((t) => (t.service === null ? [] : [t.service]));
    const [waiting, monitor, complaints, ikm] = await Promise.all([
      waitingOver(site.db, unit, from, to, 15),
      siteMonitor(site.db, { siteId: sbyId, agencyId: null }, from, to, now),
      complaintMeasures(site.db, { siteId: sbyId, from, to }, now, 'agency'),
      unitIkm(site.db, sbyId, {}, from, to, now),
    ]);
    return {
      served: tickets.rows.filter(
        (t) => t.status === 'done' && ['served', 'submitted'].includes(t.outcome ?? ''),
      ).length,
      issued: tickets.rows.length,
      noShows: tickets.rows.filter((t) => t.status === 'no_show').length,
      called: waiting.called,
      waitP50: nearestRank(waits, 0.5),
      waitP90: nearestRank(waits, 0.9),
      finished: services.length,
      serviceP50: nearestRank(services, 0.5),
      filesDone: monitor.totals.completed,
      filesOnTime: monitor.totals.completedOnTime,
      complaintsAnswered: complaints.answered.count,
      complaintsOnTime: complaints.answered.onTime,
      respondents: ikm.index.respondents,
      ikm: ikm.index.converted,
      grade: ikm.index.grade,
    };
  }

  it('marks changed days from the apply worker and rolls them up to the figures the site shows', async () => {
    await floorWork(6, 0);
    await linkSite(hub, site);
    await eventually(() => initialCopyDone(hub), 120_000, 'initial copy');
    await replicated();
    const marked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM national.dirty_days`.execute(
      hub.db,
    );
    assert.ok((marked.rows[0]?.n ?? 0) > 0, 'the first copy marked days');
    await drainDirtyDays(hub.db);

    // Streamed changes (no longer the first copy): the apply worker's trigger marks today.
    await floorWork(4, 120);
    await replicated();
    const dirty = await sql<{ day: string }>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day FROM national.dirty_days WHERE site_id = ${sbyId}`.execute(
      hub.db,
    );
    assert.ok(
      dirty.rows.some((r) => r.day === today),
      `today marked by the apply worker: ${JSON.stringify(dirty.rows)}`,
    );
    const enabled = await sql<{ tgenabled: string }>`
      SELECT tgenabled FROM pg_trigger WHERE tgname = 'rollup_mark_day' AND tgrelid = 'public.tickets'::regclass`.execute(
      hub.db,
    );
    assert.equal(enabled.rows[0]?.tgenabled, 'A', 'ENABLE ALWAYS');
    await drainDirtyDays(hub.db);
    assert.equal(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM national.dirty_days`.execute(hub.db)).rows[0]
        ?.n,
      0,
    );

    for (const m of [previousMonth, month]) {
      const from = `${m}-01`;
      const to = lastOfMonth(m);
      const [hubFigures, own] = await Promise.all([profile(m), siteFigures(from, to)]);
      const fig = (id: string) => {
        const f = hubFigures.get(id);
        assert.ok(f, id);
        return f;
      };
      const label = `${m}: `;
      if (process.env.ATAP_TEST_VERBOSE) console.log(m, own, Object.fromEntries(hubFigures));
      assert.equal(fig('served').value, own.served, `${label}served`);
      assert.equal(fig('wait_p50').sample, own.called, `${label}tickets called`);
      if (fig('wait_p50').enough) {
        assert.equal(fig('wait_p50').value, own.waitP50, `${label}waiting p50`);
        assert.equal(fig('wait_p90').value, own.waitP90, `${label}waiting p90`);
      }
      assert.equal(fig('service_p50').sample, own.finished, `${label}services finished`);
      if (fig('service_p50').enough)
        assert.equal(fig('service_p50').value, own.serviceP50, `${label}service p50`);
      assert.equal(fig('no_show_share').sample, own.issued, `${label}tickets taken`);
      if (own.issued >= 20) assert.equal(fig('no_show_share').value, own.noShows / own.issued);
      assert.equal(fig('files_on_time_share').sample, own.filesDone, `${label}files completed`);
      if (own.filesDone >= 5)
        assert.equal(
          fig('files_on_time_share').value,
          own.filesOnTime / own.filesDone,
          `${label}files on time`,
        );
      assert.equal(
        fig('complaints_on_time_share').sample,
        own.complaintsAnswered,
        `${label}complaints answered`,
      );
      if (own.complaintsAnswered >= 5)
        assert.equal(
          fig('complaints_on_time_share').value,
          own.complaintsOnTime / own.complaintsAnswered,
          `${label}complaints on time`,
        );
      assert.equal(fig('ikm').sample, own.respondents, `${label}respondents`);
      if (own.respondents >= 5) {
        assert.equal(fig('ikm').value, own.ikm, `${label}IKM`);
        assert.equal(fig('ikm').label, own.grade, `${label}grade`);
      }
    }
    // The month so far had floor work and history: the comparison above was not of empty sets.
    const current = await siteFigures(`${month}-01`, today);
    assert.ok(current.served >= 5 && current.called >= 10, JSON.stringify(current));
  });

  it('counts booths opened on time as the site does, from the first day the hub holds', async () => {
    const first = await sql<{ day: string }>`
      SELECT to_char(min(day), 'YYYY-MM-DD') AS day FROM national.site_day_facts
      WHERE site_id = ${sbyId} AND day >= ${`${month}-01`}::date`.execute(hub.db);
    const from = first.rows[0]?.day as string;
    const own = await attendanceOver(site.db, { siteId: sbyId, agencyId: null, boothId: null }, from, today);
    const fig = (await profile(month)).get('booths_on_time_share');
    assert.equal(fig?.sample, own.boothDays);
    if (own.boothDays >= 10) assert.equal(fig?.value, own.onTime / own.boothDays);
    assert.ok(own.onTime >= 1, 'the counter opened at 08:00 today is on time');
  });

  /** Every fact row of the hub, in key order: what a rebuild must reproduce. */
  const allFacts = async () =>
    JSON.stringify(
      (
        await sql`
          SELECT 'd' AS t, to_jsonb(f) AS row FROM national.day_facts f
          UNION ALL SELECT 's', to_jsonb(f) FROM national.site_day_facts f
          UNION ALL SELECT 'm', to_jsonb(f) FROM national.month_facts f
          ORDER BY 1, 2`.execute(hub.db)
      ).rows,
    );

  it('rebuilds everything the same when several hub processes drain at once', async () => {
    const before = await allFacts();
    assert.ok((await markAllDays(hub.db)) > 30);
    // Two "processes" (workers on their own timers) and a command, all draining the same marks.
    const workers = [1, 2].map(() => startRollup(hub.db, 20, (error) => assert.fail(String(error))));
    try {
      await Promise.all([drainDirtyDays(hub.db), drainDirtyDays(hub.db)]);
      await eventually(
        async () =>
          (await sql<{ n: number }>`SELECT count(*)::int AS n FROM national.dirty_days`.execute(hub.db))
            .rows[0]?.n === 0,
        60_000,
        'marks drained',
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    assert.equal(await allFacts(), before);
  });

  it("re-sorts a site's history when one of its services is mapped to a national type", async () => {
    const service = await sql<{ serviceId: string; n: number }>`
      SELECT service_id, count(*)::int AS n FROM tickets
      WHERE site_id = ${sbyId} AND service_date BETWEEN ${`${month}-01`}::date AND ${today}::date
        AND status = 'done' AND outcome IN ('served', 'submitted')
      GROUP BY 1 ORDER BY 2 DESC LIMIT 1`.execute(site.db);
    const { serviceId, n } = service.rows[0] as { serviceId: string; n: number };
    // A national type none of the hub's services has yet (the demo maps its services; the test moves one).
    const used = await sql<{ code: string }>`
      SELECT DISTINCT service_type_code AS code FROM public.services WHERE service_type_code IS NOT NULL`.execute(
      hub.db,
    );
    const free = serviceTypes.find((t) => t.code !== 'LAINNYA' && !used.rows.some((u) => u.code === t.code));
    assert.ok(free, 'a national type no service has');
    const typeCode = free.code;
    // The mapping arrives as a replicated change would (the site's column comes with the catalogue's migration).
    await hub.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`UPDATE public.services SET service_type_code = ${typeCode} WHERE id = ${serviceId}`.execute(
        tx,
      );
    });
    const marked = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM national.dirty_days WHERE site_id = ${sbyId}`.execute(hub.db);
    assert.ok((marked.rows[0]?.n ?? 0) > 5, "the site's days are marked");
    await drainDirtyDays(hub.db);
    const res = await hubApp.inject({
      url: `/api/national/service-types/${typeCode}/comparison?measure=served&from=${month}&to=${month}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    const sby = (res.json().sites as { site: { code: string }; figure: { value: number } }[]).find(
      (x) => x.site.code === 'SBY',
    );
    assert.equal(sby?.figure.value, n);
  });

  it('ranks, compares by type, rolls up provinces and refuses bad parameters with stable codes', async () => {
    const ranking = await hubApp.inject({
      url: `/api/national/ranking?measure=served&from=${month}&to=${month}`,
    });
    assert.equal(ranking.statusCode, 200, ranking.body);
    const sites = ranking.json().sites as { rank: number | null; site: { code: string; stale: boolean } }[];
    assert.deepEqual(
      sites.map((s) => s.site.code),
      ['SBY', 'TTG', 'LATIHAN'].filter((c) => sites.some((s) => s.site.code === c)),
    );
    assert.equal(sites[0]?.rank, 1);
    assert.equal(sites[0]?.site.stale, false, 'SBY beats every half second: current');

    const types = await hubApp.inject({ url: `/api/national/service-types?from=${month}&to=${month}` });
    assert.equal(types.statusCode, 200, types.body);
    const code = (types.json().types as { code: string }[])[0]?.code as string;
    const comparison = await hubApp.inject({
      url: `/api/national/service-types/${code}/comparison?measure=wait_p50&from=${month}&to=${month}`,
    });
    assert.equal(comparison.statusCode, 200, comparison.body);
    assert.ok((comparison.json().sites as unknown[]).length >= 1);

    const provinces = await hubApp.inject({
      url: `/api/national/provinces?measure=served&from=${month}&to=${month}`,
    });
    assert.equal(provinces.statusCode, 200, provinces.body);
    const jatim = (provinces.json().provinces as { province: string; figure: { value: number } }[]).find(
      (p) => p.province === 'Jawa Timur',
    );
    const own = await siteFigures(`${month}-01`, lastOfMonth(month));
    assert.ok(jatim && jatim.figure.value >= own.served);

    const bad = async (url: string, status: number, code: string) => {
      const res = await hubApp.inject({ url });
      assert.equal(res.statusCode, status, `${url}: ${res.body}`);
      const body = res.json() as { error: { code: string; message: { id: string; en: string } } };
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.id && body.error.message.en);
    };
    await bad('/api/national/ranking?measure=nope', 400, 'request.invalid');
    await bad(
      `/api/national/ranking?measure=served&from=${month}&to=${previousMonth}`,
      400,
      'national.period_invalid',
    );
    await bad('/api/national/ranking?measure=served&from=2020-01&to=2026-01', 400, 'national.period_invalid');
    await bad('/api/national/ranking?measure=served&to=2026-13', 400, 'request.invalid');
    await bad(
      `/api/national/service-types/${code}/comparison?measure=booths_on_time_share`,
      400,
      'national.measure_not_by_type',
    );
    await bad('/api/national/sites/NOWHERE', 404, 'national.site_not_found');
    const measures = await hubApp.inject({ url: '/api/national/measures' });
    assert.equal(measures.statusCode, 200);
    assert.equal((measures.json().measures as unknown[]).length, 12);
  });
});
