import { sql } from 'kysely';
import type { Executor, Tx } from '../../shared/db/database.ts';

/** SQL of the citizen's survey: an invitation with what its page shows, claiming it once, a visit's surveys. */

export interface InvitationRow {
  id: string;
  token: string;
  siteId: string;
  agencyId: string;
  boothId: string;
  serviceId: string;
  servedBy: string | null;
  servedOn: string;
  expiresAt: Date;
  answeredAt: Date | null;
  serviceName: string;
  agencyName: string;
  agencyShortName: string;
  boothName: string;
  siteCode: string;
  siteName: string;
  /** Whether the standard in force on the day of service says the service is free. */
  feeFree: boolean;
}

export async function invitationByToken(db: Executor, token: string): Promise<InvitationRow | undefined> {
  return (await invitationsByTokens(db, [token])).get(token);
}

/** Several invitations in one query (a batch of answers), by token. */
export async function invitationsByTokens(
  db: Executor,
  tokens: string[],
): Promise<Map<string, InvitationRow>> {
  const result = await sql<InvitationRow>`
    SELECT i.id, i.token, i.site_id AS "siteId", i.agency_id AS "agencyId", i.booth_id AS "boothId",
      i.service_id AS "serviceId", i.served_by AS "servedBy", to_char(i.served_on, 'YYYY-MM-DD') AS "servedOn",
      i.expires_at AS "expiresAt", i.answered_at AS "answeredAt", s.name AS "serviceName", a.name AS "agencyName",
      a.short_name AS "agencyShortName", b.name AS "boothName", si.code AS "siteCode", si.name AS "siteName",
      coalesce((SELECT v.fee_is_free FROM service_standard_versions v
        WHERE v.service_id = i.service_id AND v.effective_from <= i.served_on
        ORDER BY v.effective_from DESC, v.version DESC LIMIT 1), false) AS "feeFree"
    FROM survey_invitations i
    JOIN services s ON s.id = i.service_id
    JOIN agencies a ON a.id = i.agency_id
    JOIN booths b ON b.id = i.booth_id
    JOIN sites si ON si.id = i.site_id
    WHERE i.token = ANY(${tokens}::text[])`.execute(db);
  return new Map(result.rows.map((r) => [r.token, r]));
}

/**
 * Marks the invitations answered that are still open; returns those it marked. Row locks order two transactions
 * claiming one token: the second finds answered_at set and gets nothing back (survey_responses' UNIQUE
 * invitation_id backs it). In id order, so two batches never wait on each other in a cycle.
 */
export async function claimInvitations(tx: Tx, ids: string[], now: Date): Promise<string[]> {
  const claimed = await sql<{ id: string }>`
    UPDATE survey_invitations i SET answered_at = ${now}
    FROM (SELECT id FROM survey_invitations WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR NO KEY UPDATE) o
    WHERE i.id = o.id AND i.answered_at IS NULL AND i.expires_at > ${now}
    RETURNING i.id`.execute(tx);
  return claimed.rows.map((r) => r.id);
}

export async function surveysOfVisit(db: Executor, trackingCode: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('tickets as t', 't.visitId', 'v.id')
    .innerJoin('surveyInvitations as i', 'i.ticketId', 't.id')
    .innerJoin('services as s', 's.id', 'i.serviceId')
    .select(['i.token', 'i.answeredAt', 'i.expiresAt', 's.name as serviceName', 't.number', 't.step'])
    .where('v.trackingCode', '=', trackingCode)
    .orderBy('t.step')
    .execute();
}

/**
 * The survey of the ticket this counter finished last, if that was since `since`, served, and its survey is still
 * open: never an earlier citizen's survey when the last ticket was not served or was answered meanwhile.
 */
export async function latestAtCounter(db: Executor, counterId: string, since: Date, now: Date) {
  const last = await db
    .selectFrom('tickets as t')
    .leftJoin('surveyInvitations as i', 'i.ticketId', 't.id')
    .select(['i.token', 'i.answeredAt', 'i.expiresAt', 't.number'])
    .where('t.counterId', '=', counterId)
    .where('t.status', '=', 'done')
    .where('t.finishedAt', '>=', since)
    .orderBy('t.finishedAt', 'desc')
    .orderBy('t.sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last?.token || last.answeredAt !== null || (last.expiresAt && last.expiresAt <= now)) return undefined;
  return { token: last.token, number: last.number };
}

export async function counterOf(db: Executor, counterId: string) {
  return db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .select(['c.number', 'c.label', 'b.name as boothName'])
    .where('c.id', '=', counterId)
    .executeTakeFirst();
}
