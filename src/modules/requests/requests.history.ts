import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { rebuildRollups } from './requests.rollups.ts';

/**
 * Generates a past of a site's floor and files, set-based in SQL: served tickets on every working day, and for
 * services measured in working days a share of them taken in as requests that then moved along — most done in
 * time, some late, some still open, a few rejected. The demo uses a month of it; the monitor benchmark a year of
 * a large site (≈1.5 million tickets, ≈600,000 requests).
 *
 * Deadlines follow the real working-day rule (weekends, holidays, the site's closures) through a numbered table
 * of working days; the at-risk point is approximated as 75% of the wall-clock time to the deadline. Citizens are
 * a small pool of fake people whose data is encrypted like real data.
 */
export interface HistoryOptions {
  siteId: string;
  /** Inclusive site-local dates; days from `now`'s date on are skipped (today belongs to the live floor). */
  from: string;
  to: string;
  now: Date;
  /** Average tickets per booth and working day. */
  ticketsPerBoothDay: number;
  /** Share of tickets of day-measured services whose file is taken in. */
  requestShare: number;
  /** Write each request's step history (the demo does; the benchmark, for speed, does not). */
  transitions: boolean;
  progress?: (line: string) => void;
}

const FIRST_NAMES = [
  'Siti',
  'Budi',
  'Ani',
  'Agus',
  'Dewi',
  'Rudi',
  'Wati',
  'Joko',
  'Rina',
  'Hendra',
  'Ayu',
  'Bambang',
];
const LAST_NAMES = [
  'Rahayu',
  'Santoso',
  'Wijaya',
  'Lestari',
  'Hidayat',
  'Kusuma',
  'Pratama',
  'Susanti',
  'Saputra',
];

function fakeCitizens(cipher: PersonalDataCipher, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const nik =
      `3578${String(10 + (i % 20)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}0${1 + (i % 9)}9${String(i % 100).padStart(2, '0')}${String(1 + i).padStart(4, '0')}`.slice(
        0,
        16,
      );
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const phone = `0812${String(30_000_000 + i * 7919).slice(0, 8)}`;
    return {
      n: i + 1,
      name: cipher.encrypt(name),
      nik: cipher.encrypt(nik),
      match: cipher.matchKey(nik),
      phone: cipher.encrypt(phone),
    };
  });
}

export async function generateHistory(
  db: Database,
  cipher: PersonalDataCipher,
  o: HistoryOptions,
): Promise<{ tickets: number; requests: number }> {
  const say = o.progress ?? (() => {});
  const citizens = fakeCitizens(cipher, 500);
  return db.connection().execute(async (c) => {
    await sql`CREATE TEMP TABLE IF NOT EXISTS gen_citizens (n int PRIMARY KEY, name text, nik text, match bytea, phone text)`.execute(
      c,
    );
    await sql`TRUNCATE gen_citizens`.execute(c);
    await sql`INSERT INTO gen_citizens SELECT * FROM unnest(${citizens.map((x) => x.n)}::int[], ${citizens.map((x) => x.name)}::text[],
      ${citizens.map((x) => x.nik)}::text[], ${citizens.map((x) => x.match)}::bytea[], ${citizens.map((x) => x.phone)}::text[])`.execute(
      c,
    );
    // Working days of the period and a little after (deadlines run past its end), numbered.
    await sql`DROP TABLE IF EXISTS gen_days`.execute(c);
    await sql`
      CREATE TEMP TABLE gen_days AS
      SELECT d::date AS day, row_number() OVER (ORDER BY d) AS n FROM generate_series(${o.from}::date, ${o.to}::date + 120, '1 day') d
      WHERE extract(isodow FROM d) <= 5
        AND d::date NOT IN (SELECT date FROM holidays)
        AND d::date NOT IN (SELECT date FROM site_closures WHERE site_id = ${o.siteId})`.execute(c);
    await sql`CREATE INDEX ON gen_days (day)`.execute(c);
    await sql`CREATE INDEX ON gen_days (n)`.execute(c);
    const tz = (
      await db.selectFrom('sites').select('timezone').where('id', '=', o.siteId).executeTakeFirstOrThrow()
    ).timezone;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(o.now);
    // One ticket per visit; each booth-day gets a random number of tickets around the average.
    await sql`DROP TABLE IF EXISTS gen_tickets`.execute(c);
    await sql`
      CREATE TEMP TABLE gen_tickets AS
      WITH offers AS (
        SELECT b.id AS booth_id, b.queue_prefix, array_agg(s.id ORDER BY s.code) AS services
        FROM booths b JOIN service_booths sb ON sb.booth_id = b.id JOIN services s ON s.id = sb.service_id AND s.active
        WHERE b.site_id = ${o.siteId} AND b.active GROUP BY b.id, b.queue_prefix
      ), booth_days AS (
        SELECT o.*, d.day, greatest(1, round(${o.ticketsPerBoothDay} * (0.5 + random())))::int AS count
        FROM offers o CROSS JOIN gen_days d WHERE d.day BETWEEN ${o.from}::date AND ${o.to}::date AND d.day < ${today}::date
      )
      SELECT gen_random_uuid() AS visit_id, gen_random_uuid() AS ticket_id, bd.booth_id, bd.queue_prefix, bd.day, g.seq,
        bd.services[1 + floor(random() * array_length(bd.services, 1))::int] AS service_id,
        -- Arrivals spread over 08:00–15:00 site time; served within the hour.
        (bd.day + time '08:00' + random() * interval '7 hours') AT TIME ZONE ${tz} AS arrived_at
      FROM booth_days bd CROSS JOIN LATERAL generate_series(1, bd.count) AS g (seq)`.execute(c);
    const tickets = Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM gen_tickets`.execute(c)).rows[0]?.n ?? 0,
    );
    say(`  history: ${tickets} tickets`);
    await sql`
      INSERT INTO visits (id, site_id, service_date, tracking_code, priority, arrived_at)
      SELECT visit_id, ${o.siteId}, day, substr(md5(visit_id::text), 1, 16), 'none', arrived_at FROM gen_tickets`.execute(
      c,
    );
    // Which tickets had their file taken in: day-measured services only (the others finish at the counter).
    await sql`ALTER TABLE gen_tickets ADD COLUMN submitted boolean`.execute(c);
    await sql`
      UPDATE gen_tickets g SET submitted = v.completion_time_unit = 'working_days' AND random() < ${o.requestShare}
      FROM services s JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
      WHERE s.id = g.service_id`.execute(c);
    await sql`
      INSERT INTO tickets (id, site_id, visit_id, step, issued_booth_id, sequence, number, service_date, booth_id,
        service_id, priority, arrived_at, issued_at, queued_at, status, called_at, call_count, serving_started_at,
        finished_at, outcome)
      SELECT ticket_id, ${o.siteId}, visit_id, 1, booth_id, seq, queue_prefix || lpad(seq::text, 3, '0'), day, booth_id,
        service_id, 'none', arrived_at, arrived_at, arrived_at, 'done', arrived_at + interval '20 minutes', 1,
        arrived_at + interval '21 minutes', arrived_at + interval '35 minutes',
        CASE WHEN submitted THEN 'submitted' ELSE 'served' END
      FROM gen_tickets`.execute(c);
    // The requests: deadline by the working-day table; outcome drawn per file.
    await sql`
      INSERT INTO requests (id, site_id, agency_id, booth_id, service_id, standard_version, ticket_id, tracking_code,
        name_encrypted, nik_encrypted, nik_match, phone_encrypted, state, checklist, opened_at, opened_on,
        completion_amount, completion_unit, pauses_when_returned, due_at, at_risk_at, done_at, handed_over_at,
        rejected_at)
      SELECT r.id, ${o.siteId}, b.agency_id, r.booth_id, r.service_id, s.current_standard_version, r.ticket_id,
        upper(translate(substr(md5(r.id::text), 1, 12), 'abcdef', 'hjkmnp')),
        p.name, p.nik, p.match, p.phone,
        CASE WHEN r.rejected THEN 'rejected'
             WHEN r.done_at IS NULL OR r.done_at > ${o.now} THEN
               (ARRAY['received', 'verification', 'processing'])[1 + floor(random() * 3)::int]
             WHEN r.done_at + r.collect_after < ${o.now} THEN 'handed_over' ELSE 'done' END,
        (SELECT coalesce(jsonb_agg(jsonb_build_object('name', q->>'name', 'mandatory', coalesce((q->>'mandatory')::boolean, true),
            'state', 'verified', 'note', '')), '[]'::jsonb)
         FROM jsonb_array_elements(v.requirements) q WHERE coalesce((q->>'isDocument')::boolean, true)),
        r.opened_at, r.day, v.completion_time_amount, 'working_days', v.completion_time_pauses_when_returned,
        r.due_at, r.opened_at + (r.due_at - r.opened_at) * 0.75,
        CASE WHEN NOT r.rejected AND r.done_at <= ${o.now} THEN r.done_at END,
        CASE WHEN NOT r.rejected AND r.done_at + r.collect_after < ${o.now} THEN r.done_at + r.collect_after END,
        CASE WHEN r.rejected THEN r.opened_at + interval '1 day' END
      FROM (
        SELECT gen_random_uuid() AS id, t.ticket_id, t.booth_id, t.service_id, t.day,
          t.arrived_at + interval '35 minutes' AS opened_at,
          (due.day + 1 + time '00:00') AT TIME ZONE ${tz} - interval '1 second' AS due_at,
          -- Most files take 30–110% of the promised time (in calendar days, weekends included); one in eight runs over.
          t.arrived_at + interval '35 minutes' + (v.completion_time_amount * 1.4) * interval '1 day' *
            CASE WHEN random() < 0.875 THEN 0.3 + random() * 0.8 ELSE 1.1 + random() * 0.9 END AS done_at,
          random() < 0.03 AS rejected,
          random() * interval '4 days' AS collect_after,
          1 + floor(random() * 500)::int AS citizen
        FROM gen_tickets t
        JOIN services s ON s.id = t.service_id
        JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
        JOIN gen_days d ON d.day = t.day
        JOIN gen_days due ON due.n = d.n + v.completion_time_amount
        WHERE t.submitted
      ) r
      JOIN booths b ON b.id = r.booth_id
      JOIN services s ON s.id = r.service_id
      JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
      JOIN gen_citizens p ON p.n = r.citizen`.execute(c);
    const requests = Number(
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM requests WHERE site_id = ${o.siteId} AND opened_on BETWEEN ${o.from}::date AND ${o.to}::date`.execute(
          c,
        )
      ).rows[0]?.n ?? 0,
    );
    say(`  history: ${requests} requests`);
    if (o.transitions) {
      // received → verification → processing → done → handed over (as far as each got), spaced in time.
      await sql`
        INSERT INTO request_transitions (request_id, from_state, to_state, note, actor_name, at)
        SELECT r.id, st.prev, st.code, '', 'Petugas (data demo)',
          CASE WHEN st.code = 'done' THEN r.done_at WHEN st.code = 'handed_over' THEN r.handed_over_at
               WHEN st.code = 'rejected' THEN r.rejected_at
               ELSE r.opened_at + (st.i - 1) * least(interval '1 day', (coalesce(r.done_at, ${o.now}) - r.opened_at) / 4) END
        FROM requests r
        JOIN LATERAL (
          SELECT * FROM (VALUES (1, NULL, 'received'), (2, 'received', 'verification'), (3, 'verification', 'processing'),
            (4, 'processing', 'done'), (5, 'done', 'handed_over')) AS x (i, prev, code)
          WHERE x.i <= CASE r.state WHEN 'received' THEN 1 WHEN 'verification' THEN 2 WHEN 'processing' THEN 3
            WHEN 'done' THEN 4 WHEN 'handed_over' THEN 5 ELSE 1 END
          UNION ALL SELECT 2, 'received', 'rejected' WHERE r.state = 'rejected'
        ) st ON true
        WHERE r.site_id = ${o.siteId} AND r.opened_on BETWEEN ${o.from}::date AND ${o.to}::date
          AND r.ticket_id IN (SELECT ticket_id FROM gen_tickets)`.execute(c);
    }
    await rebuildRollups(c, o.siteId);
    for (const table of ['visits', 'tickets', 'requests', 'monitor_rollups'])
      await sql`ANALYZE ${sql.table(table)}`.execute(c);
    await sql`DROP TABLE IF EXISTS gen_tickets, gen_days, gen_citizens`.execute(c);
    say('  history: rollups rebuilt');
    return { tickets, requests };
  });
}
