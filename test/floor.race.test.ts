import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { systemContext } from '../src/shared/context.ts';
import { buildTestApp, type TestApp } from './support/app.ts';
import { eventsNumbered } from './support/events.ts';
import { dukcapil, openAllDay, pairKiosk, siteId } from './support/floor.ts';
import { httpClient } from './support/http-client.ts';
import { type AppProcess, startAppProcess } from './support/processes.ts';
import { connectSse } from './support/sse-client.ts';

/**
 * Races over real connections: many kiosks at once, many counters calling at once, the same through two
 * separate app processes, and transfers, no-shows and pauses in the middle of a burst.
 */

let t: TestApp;
let local: ReturnType<typeof httpClient>;
let localUrl: string;
let kiosk: Record<string, string>;
let d: Awaited<ReturnType<typeof dukcapil>>;
let processes: AppProcess[] = [];
const OFFICERS = 8;

before(async () => {
  t = await buildTestApp();
  await openAllDay(t.db, 'SBY');
  kiosk = await pairKiosk(t.app, t.db);
  d = await dukcapil(t.db);
  // Quotas are tested elsewhere; here every request must get a number.
  await t.db
    .updateTable('services')
    .set({ dailyQuota: null })
    .where(
      'id',
      'in',
      d.services.map((s) => s.id),
    )
    .execute();
  const site = await siteId(t.db);
  for (let i = 1; i <= OFFICERS; i++) {
    await createUser(t.db, systemContext, {
      username: `race.officer${i}`,
      displayName: `Officer ${i}`,
      password: `race-officer-${i}`,
      role: 'officer',
      siteId: site,
      agencyId: null,
      boothId: d.boothId,
    } as never);
  }
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = (t.app.server as Server).address();
  localUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  local = httpClient(localUrl);
});
after(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await local.close();
  await t.close();
});

async function reset() {
  await sql`UPDATE tickets SET status = 'cancelled' WHERE status IN ('waiting', 'called', 'serving', 'pending')`.execute(
    t.db,
  );
  await sql`UPDATE counter_sessions SET ended_at = now(), end_reason = 'signed_out' WHERE ended_at IS NULL`.execute(
    t.db,
  );
}

const issuedNumbers = async () =>
  await t.db
    .selectFrom('tickets')
    .select(['sequence', 'number'])
    .where('issuedBoothId', '=', d.boothId)
    .orderBy('sequence')
    .execute();

function assertGapFree(sequences: number[]) {
  const sorted = [...sequences].sort((a, b) => a - b);
  assert.equal(new Set(sorted).size, sorted.length, 'no duplicate number');
  assert.deepEqual(
    sorted,
    Array.from({ length: sorted.length }, (_, i) => i + 1),
    'no gap in the daily sequence',
  );
}

/** Every counter calls and finishes until its queue is empty; optional disruptions in the middle. */
async function drainWithCounters(
  clients: ReturnType<typeof httpClient>[],
  opts: { disrupt?: boolean } = {},
): Promise<{ calls: string[]; statuses: number[] }> {
  const calls: string[] = [];
  const statuses: number[] = [];
  await Promise.all(
    d.counters.slice(0, OFFICERS).map(async (counter, i) => {
      const client = clients[i % clients.length] as ReturnType<typeof httpClient>;
      const headers = await client.login(`race.officer${i + 1}`, `race-officer-${i + 1}`);
      const post = async (action: string, body: object = {}) => {
        const res = await client.call('POST', `/api/floor/counters/${counter.id}/${action}`, headers, body);
        statuses.push(res.status);
        return res;
      };
      assert.equal((await post('open')).status, 200);
      for (let round = 0; ; round++) {
        const res = await post('call-next');
        if (res.status === 409 && res.json.error.code === 'floor.queue_empty') break;
        assert.equal(res.status, 200, JSON.stringify(res.json));
        calls.push(res.json.ticketId);
        if (opts.disrupt && i === 0 && round === 3) {
          // A transfer in the middle of the burst: back into the same booth's queue under another service.
          assert.equal(
            (await post('transfer', { serviceId: d.services[1]?.id, reason: 'salah layanan' })).status,
            200,
          );
          continue;
        }
        if (opts.disrupt && i === 1 && round % 5 === 2) {
          assert.equal((await post('recall')).status, 200);
          assert.equal((await post('no-show')).status, 200);
          continue;
        }
        if (opts.disrupt && i === 2 && round === 2) {
          assert.equal((await post('finish', { outcome: 'served' })).status, 200);
          assert.equal((await post('pause', { reason: 'istirahat' })).status, 200);
          await new Promise((r) => setTimeout(r, 50));
          assert.equal((await post('resume')).status, 200);
          continue;
        }
        assert.equal((await post('finish', { outcome: 'served' })).status, 200);
      }
      assert.equal((await post('close')).status, 200);
    }),
  );
  return { calls, statuses };
}

async function issueMany(clients: ReturnType<typeof httpClient>[], n: number) {
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      (clients[i % clients.length] as ReturnType<typeof httpClient>).call(
        'POST',
        '/api/floor/sites/SBY/visits',
        kiosk,
        {
          serviceIds: [d.services[i % 3]?.id],
          priority: i % 7 === 0 ? 'elderly' : 'none',
        },
      ),
    ),
  );
  for (const r of results) assert.equal(r.status, 201, JSON.stringify(r.json));
  return results.map((r) => r.json.tickets[0].ticketId as string);
}

async function assertConsistent() {
  const open = await t.db
    .selectFrom('tickets')
    .select(['id', 'status'])
    .where('status', 'in', ['waiting', 'called', 'serving'])
    .execute();
  assert.deepEqual(open, [], 'nothing left waiting or stuck at a counter');
  const doubleCalled = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (
      SELECT entity_id,
        count(*) FILTER (WHERE action IN ('ticket.call', 'ticket.call_specific')) AS calls,
        count(*) FILTER (WHERE action IN ('ticket.return', 'ticket.transfer')) AS requeues
      FROM audit_log WHERE entity_type = 'ticket' GROUP BY entity_id
    ) x WHERE calls > 1 + requeues`.execute(t.db);
  assert.equal(
    Number(doubleCalled.rows[0]?.n),
    0,
    'no ticket called twice (except after a return or transfer)',
  );
  await eventsNumbered(t.db);
  const events = await sql<{
    n: number;
    max: number;
  }>`SELECT count(*) AS n, max(seq) AS max FROM floor_events WHERE site_id = ${await siteId(t.db)}`.execute(
    t.db,
  );
  assert.equal(Number(events.rows[0]?.n), Number(events.rows[0]?.max), 'the outbox sequence has no gap');
}

describe('races in one process', () => {
  it('N concurrent kiosk requests for one booth: numbers unique and gap-free', async () => {
    await issueMany([local], 300);
    assertGapFree((await issuedNumbers()).map((r) => r.sequence));
    const numbers = (await issuedNumbers()).map((r) => r.number);
    assert.equal(new Set(numbers).size, numbers.length);
  });

  it('M counters calling next at once on shared services: none called twice, none skipped', async () => {
    const { calls, statuses } = await drainWithCounters([local]);
    assert.ok(!statuses.includes(500));
    assert.equal(new Set(calls).size, calls.length, 'no ticket called twice');
    const done = await t.db
      .selectFrom('tickets')
      .select('id')
      .where('status', '=', 'done')
      .where('boothId', '=', d.boothId)
      .execute();
    assert.equal(done.length, 300, 'every ticket was called and finished');
    await assertConsistent();
  });

  it('a transfer, no-shows and a pause in the middle of a burst leave the queue consistent', async () => {
    await reset();
    const [, ids] = await Promise.all([
      drainWithCounters([local], { disrupt: true }).then(() => undefined),
      issueMany([local], 150),
    ]);
    // Tickets issued after every counter drained and closed stay waiting; serve them to finish the check.
    const { statuses } = await drainWithCounters([local], { disrupt: true });
    assert.ok(!statuses.includes(500));
    const rows = await t.db.selectFrom('tickets').select(['id', 'status']).where('id', 'in', ids).execute();
    assert.equal(rows.length, 150);
    for (const r of rows) assert.ok(['done', 'no_show'].includes(r.status), `ticket ${r.id} is ${r.status}`);
    await assertConsistent();
  });
  it('N concurrent kiosk requests past a daily quota: exactly the quota issued, the refused leave no gap', async () => {
    const service = d.services[0]?.id as string;
    const used = await sql<{ issued: number }>`
      SELECT coalesce(sum(issued), 0)::int AS issued FROM service_day_usage WHERE service_id = ${service}`.execute(
      t.db,
    );
    const quota = Number(used.rows[0]?.issued) + 20;
    await t.db.updateTable('services').set({ dailyQuota: quota }).where('id', '=', service).execute();
    try {
      const results = await Promise.all(
        Array.from({ length: 60 }, () =>
          local.call('POST', '/api/floor/sites/SBY/visits', kiosk, {
            serviceIds: [service],
            priority: 'none',
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 20, 'the quota, no more, no less');
      for (const r of results.filter((r) => r.status !== 201))
        assert.equal(r.json.error.code, 'floor.quota_exhausted');
      assertGapFree((await issuedNumbers()).map((r) => r.sequence));
    } finally {
      await t.db.updateTable('services').set({ dailyQuota: null }).where('id', '=', service).execute();
    }
  });
});

describe('two app processes on one database', () => {
  it('numbers stay gap-free, calls never collide, and a call made through one reaches a display on the other', async () => {
    await reset();
    processes = await Promise.all([startAppProcess(t.url), startAppProcess(t.url)]);
    const [a, b] = processes.map((p) => httpClient(p.baseUrl)) as [
      ReturnType<typeof httpClient>,
      ReturnType<typeof httpClient>,
    ];
    try {
      const display = await connectSse(`${(processes[1] as AppProcess).baseUrl}/api/floor/sites/SBY/stream`);
      const before = Number(
        (
          await sql<{
            last: number;
          }>`SELECT last_seq AS last FROM site_event_sequences WHERE site_id = ${await siteId(t.db)}`.execute(
            t.db,
          )
        ).rows[0]?.last ?? 0,
      );
      await issueMany([a, b], 200);
      const { calls, statuses } = await drainWithCounters([a, b], { disrupt: true });
      assert.ok(!statuses.includes(500));
      assert.equal(calls.length >= 200, true);
      assertGapFree((await issuedNumbers()).map((r) => r.sequence));
      await assertConsistent();
      // Every event reached the display on process B, in order, whichever process wrote it.
      await eventsNumbered(t.db);
      const after = Number(
        (
          await sql<{
            last: number;
          }>`SELECT last_seq AS last FROM site_event_sequences WHERE site_id = ${await siteId(t.db)}`.execute(
            t.db,
          )
        ).rows[0]?.last ?? 0,
      );
      await display.waitFor((e) => e.id === after, 10_000);
      const ids = display.events.map((e) => e.id as number);
      assert.deepEqual(
        ids,
        Array.from({ length: after - before }, (_, i) => before + 1 + i),
      );
      display.close();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('events numbered after their change commits (migration 0029)', () => {
  const draft = async (db: typeof t.db, site: string) =>
    await sql`INSERT INTO floor_events (site_id, seq, type, booth_id, payload)
      SELECT site_id, -nextval('floor_event_drafts'), 'ticket.recalled', booth_id, payload FROM floor_events
      WHERE site_id = ${site} AND type = 'ticket.called' AND seq > 0 ORDER BY seq DESC LIMIT 1`.execute(db);

  it('a draft not yet committed is not numbered; once committed it gets the next number', async () => {
    const site = await siteId(t.db);
    await eventsNumbered(t.db);
    const last = async () =>
      Number(
        (
          await sql<{
            last: number;
          }>`SELECT last_seq AS last FROM site_event_sequences WHERE site_id = ${site}`.execute(t.db)
        ).rows[0]?.last,
      );
    const before = await last();
    await t.db.transaction().execute(async (tx) => {
      await draft(tx, site);
      const numbered = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM floor_number_events(ARRAY[${site}]::uuid[])`.execute(t.db);
      assert.equal(numbered.rows[0]?.n, 0, 'another transaction cannot see the draft, so cannot number it');
      assert.equal(await last(), before);
    });
    const numbered = await sql<{ oNumbered: number; oLastSeq: number }>`
      SELECT o_numbered, o_last_seq FROM floor_number_events(ARRAY[${site}]::uuid[])`.execute(t.db);
    assert.equal(numbered.rows[0]?.oNumbered, 1);
    assert.equal(Number(numbered.rows[0]?.oLastSeq), before + 1);
    const rows = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM floor_events WHERE site_id = ${site} AND seq = ${before + 1}`.execute(
      t.db,
    );
    assert.equal(rows.rows[0]?.n, 1);
  });

  it('numberers racing on one site number every draft once, without a gap, in the order the drafts were made', async () => {
    const site = await siteId(t.db);
    await eventsNumbered(t.db);
    const before = Number(
      (
        await sql<{
          last: number;
        }>`SELECT last_seq AS last FROM site_event_sequences WHERE site_id = ${site}`.execute(t.db)
      ).rows[0]?.last,
    );
    // 200 drafts committed one by one while 8 connections keep numbering the site.
    let writing = true;
    const numberers = Array.from({ length: 8 }, async () => {
      while (writing) await sql`SELECT * FROM floor_number_events(ARRAY[${site}]::uuid[])`.execute(t.db);
    });
    for (let i = 0; i < 200; i++) await draft(t.db, site);
    writing = false;
    await Promise.all(numberers);
    await eventsNumbered(t.db);
    const after = await sql<{ n: number; first: number; last: number; drafts: number }>`
      SELECT count(*)::int AS n, min(seq) AS first, max(seq) AS last FROM floor_events
      WHERE site_id = ${site} AND seq > ${before}`.execute(t.db);
    assert.equal(after.rows[0]?.n, 200);
    assert.equal(Number(after.rows[0]?.first), before + 1);
    assert.equal(Number(after.rows[0]?.last), before + 200, 'no gap, nothing numbered twice');
    // The drafts were made one after another, so their creation times rise with their numbers.
    const disorder = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT created_at < lag(created_at) OVER (ORDER BY seq) AS out_of_order FROM floor_events
        WHERE site_id = ${site} AND seq > ${before}) x WHERE out_of_order`.execute(t.db);
    assert.equal(disorder.rows[0]?.n, 0);
  });

  it('a draft a stopped process left behind is numbered within seconds and reaches a display', async () => {
    const site = await siteId(t.db);
    await eventsNumbered(t.db);
    const display = await connectSse(`${localUrl}/api/floor/sites/SBY/stream`);
    // Written as a process would that committed its change and stopped before numbering: nobody tells the notifier.
    await draft(t.db, site);
    const recalled = await display.waitFor((e) => e.event === 'ticket.recalled', 10_000);
    assert.ok((recalled.id as number) > 0);
    await eventsNumbered(t.db);
    display.close();
  });
});
