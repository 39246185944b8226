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
 * - lost: a ticket, call or finish the driver was answered 2xx for, missing from the database.
 */
export async function checkFloor(db: Database, acknowledged: FloorRun['acknowledged']) {
  const one = async (query: RawBuilder<unknown>) =>
    Number(((await query.execute(db)).rows[0] as { n?: unknown } | undefined)?.n ?? 0);
  const perDay = sql`SELECT issued_booth_id, service_date, count(DISTINCT sequence) AS n, max(sequence) AS last
    FROM tickets GROUP BY 1, 2`;
  const hasSequences = await one(sql`SELECT (to_regclass('queue_sequences') IS NOT NULL)::int AS n`);
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
    lostCalls: await one(sql`SELECT count(*) AS n FROM unnest(${acknowledged.called}::text[]) AS a(id)
      LEFT JOIN (SELECT DISTINCT payload->>'ticketId' AS id FROM floor_events WHERE type = 'ticket.called') e
      USING (id) WHERE e.id IS NULL`),
    lostFinishes: await one(sql`SELECT cardinality(${acknowledged.finished}::uuid[])
      - (SELECT count(*) FROM tickets WHERE status = 'done' AND id = ANY(${acknowledged.finished}::uuid[])) AS n`),
  };
}

/** "duplicates 0, gaps 0, … → all 0: MET". */
export function formatChecks(checks: Record<string, number>): string {
  const parts = Object.entries(checks).map(([k, v]) => `${k} ${v}`);
  const ok = Object.values(checks).every((v) => v === 0);
  return `correctness: ${parts.join(', ')} (target all 0: ${ok ? 'MET' : 'NOT MET'})`;
}
