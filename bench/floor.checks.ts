import { setTimeout as sleep } from 'node:timers/promises';
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../src/shared/db/database.ts';
import type { FloorRun } from './floor.drive.ts';

/**
 * Atap's floor after a phase, by SQL over every ticket of the bench's database (all must be 0):
 * - duplicates: a number given twice at a booth on a day;
 * - gaps: numbers of a booth's day not running 1..n (and, where the daily counter is kept in queue_sequences, a
 *   number taken and never given);
 * - double calls: a ticket called more than once without a recall (the bench never recalls): by its events, by
 *   the audit log and by its call count;
 * - lost: a ticket, call or finish the driver was answered 2xx for, missing from the database; or its event
 *   (ticket.issued, ticket.called) or its audit row (ticket.call, ticket.finish) missing;
 * - event gaps: a hole in a site's floor event numbers;
 * - unnumbered events: drafts still waiting for their number 2 s after the phase ended (the app numbers them just
 *   after each commit, migration 0029; the last numbering of a phase may still be running when it ends).
 */
export async function checkFloor(db: Database, acknowledged: FloorRun['acknowledged']) {
  const one = async (query: RawBuilder<unknown>) =>
    Number(((await query.execute(db)).rows[0] as { n?: unknown } | undefined)?.n ?? 0);
  const perDay = sql`SELECT issued_booth_id, service_date, count(DISTINCT sequence) AS n, max(sequence) AS last
    FROM tickets GROUP BY 1, 2`;
  const hasSequences = await one(sql`SELECT (to_regclass('queue_sequences') IS NOT NULL)::int AS n`);
  const eventsOf = (type: string) =>
    sql`SELECT DISTINCT payload->>'ticketId' AS id FROM floor_events WHERE type = ${type}`;
  const auditOf = (action: string) =>
    sql`SELECT DISTINCT entity_id AS id FROM audit_log WHERE action = ${action} AND entity_type = 'ticket'`;
  /** How many of `ids` the set of ids `found` lacks (one hash join, not a scan per id). */
  const missing = (ids: string[], found: RawBuilder<unknown>) =>
    one(sql`SELECT count(*) AS n FROM unnest(${ids}::text[]) AS a(id) LEFT JOIN (${found}) f USING (id)
      WHERE f.id IS NULL`);
  const drafts = sql`SELECT count(*) AS n FROM floor_events WHERE seq < 0`;
  for (let waited = 0; waited < 2000 && (await one(drafts)) > 0; waited += 20) await sleep(20);
  return {
    duplicates: await one(sql`SELECT coalesce(sum(n - 1), 0) AS n FROM (
      SELECT count(*) AS n FROM tickets GROUP BY issued_booth_id, service_date, number HAVING count(*) > 1) d`),
    gaps:
      (await one(sql`SELECT coalesce(sum(last - n), 0) AS n FROM (${perDay}) d`)) +
      (hasSequences
        ? await one(sql`SELECT coalesce(sum(q.last_sequence - d.last), 0) AS n FROM queue_sequences q
            JOIN (${perDay}) d ON d.issued_booth_id = q.booth_id AND d.service_date = q.service_date`)
        : 0),
    doubleCallsByEvents:
      await one(sql`SELECT count(*) AS n FROM (SELECT payload->>'ticketId' FROM floor_events
      WHERE type = 'ticket.called' GROUP BY 1 HAVING count(*) > 1) d`),
    doubleCallsByAudit: await one(sql`SELECT count(*) AS n FROM (SELECT entity_id FROM audit_log
      WHERE action IN ('ticket.call', 'ticket.call_specific') GROUP BY 1 HAVING count(*) > 1) d`),
    doubleCallsByCount: await one(sql`SELECT count(*) AS n FROM tickets WHERE call_count > 1`),
    lostTickets: await one(sql`SELECT cardinality(${acknowledged.issued}::uuid[])
      - (SELECT count(*) FROM tickets WHERE id = ANY(${acknowledged.issued}::uuid[])) AS n`),
    lostCalls: await missing(acknowledged.called, eventsOf('ticket.called')),
    lostFinishes: await one(sql`SELECT cardinality(${acknowledged.finished}::uuid[])
      - (SELECT count(*) FROM tickets WHERE status = 'done' AND id = ANY(${acknowledged.finished}::uuid[])) AS n`),
    issuedWithoutEvent: await missing(acknowledged.issued, eventsOf('ticket.issued')),
    callsWithoutAudit: await missing(acknowledged.called, auditOf('ticket.call')),
    finishesWithoutAudit: await missing(acknowledged.finished, auditOf('ticket.finish')),
    eventGaps: await one(sql`SELECT coalesce(sum(last - first + 1 - n), 0) AS n
      FROM (SELECT max(seq) AS last, count(*) AS n, min(seq) AS first FROM floor_events WHERE seq > 0
            GROUP BY site_id) d`),
    unnumberedEvents: await one(drafts),
  };
}

/** "duplicates 0, gaps 0, … → all 0: MET". */
export function formatChecks(checks: Record<string, number>): string {
  const parts = Object.entries(checks).map(([k, v]) => `${k} ${v}`);
  const ok = Object.values(checks).every((v) => v === 0);
  return `correctness: ${parts.join(', ')} (target all 0: ${ok ? 'MET' : 'NOT MET'})`;
}
