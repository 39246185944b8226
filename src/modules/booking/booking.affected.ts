import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay, assertMayAt, siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { maskPhone } from '../../shared/personal-data/nik.rules.ts';
import { siteDay } from '../sites/sites.public.ts';
import { bookingName } from './booking.names.ts';

/** Enough for a closure of a busy day; beyond it the manager sees the first ones and the total. */
const MAX_LISTED = 1000;

export interface AffectedDeps {
  db: Database;
  personalData: PersonalDataCipher;
}

/**
 * The site's coming bookings that a calendar change left outside the hours (flagged by booking.outside.ts), for
 * the staff who must make it right: whose, when, and whether the `booking.affected` notice reached them. Phones
 * are masked; a citizen whose notice failed is phoned after reading the number through `affectedContact`, which
 * is audited. A site manager sees their site, an agency admin their agency's services.
 */
export async function affectedBookings(
  deps: AffectedDeps,
  ctx: RequestContext,
  siteIdOrCode: string,
  now: Date,
) {
  assertMay(ctx, 'booking.affected.read');
  const day = await siteDay(deps.db, siteIdOrCode, now);
  const { agencyId } = siteListOf(ctx, 'booking.affected.read', day.site.id);
  const agencyOnly = agencyId ? sql`AND s.agency_id = ${agencyId}` : sql``;
  const rows = await sql<{
    id: string;
    code: string;
    serviceId: string;
    serviceName: string;
    date: string;
    starts: string;
    name: string | null;
    nameEncrypted: string | null;
    phoneEncrypted: string;
    notices: { channel: 'email' | 'webhook'; status: 'pending' | 'sent' | 'dead'; sentAt: string | null }[];
    total: string;
  }>`
    SELECT b.id, b.code, b.service_id, s.name AS service_name, b.service_date AS date, b.starts, b.name,
      b.name_encrypted, b.phone_encrypted,
      coalesce((SELECT json_agg(json_build_object('channel', n.channel, 'status', n.status, 'sentAt', n.sent_at)
                  ORDER BY n.channel)
                FROM notifications n
                WHERE n.dedupe_key IN (affected.key || 'email', affected.key || 'webhook')),
        '[]') AS notices,
      count(*) OVER () AS total
    FROM bookings b
    JOIN services s ON s.id = b.service_id
    -- The notice's key for the booking's time, as booking.notify.ts noticeKey makes it.
    CROSS JOIN LATERAL (SELECT 'booking.affected:' || b.id || ':' || to_char(b.service_date, 'YYYY-MM-DD') || ' '
                          || b.starts || ':' AS key) affected
    WHERE b.site_id = ${day.site.id} AND b.status = 'booked' AND b.outside_hours AND b.service_date >= ${day.date}
      ${agencyOnly}
    ORDER BY b.service_date, b.starts, s.name, b.code
    LIMIT ${MAX_LISTED}`.execute(deps.db);
  return {
    site: { id: day.site.id, code: day.site.code, name: day.site.name },
    total: Number(rows.rows[0]?.total ?? 0),
    items: rows.rows.map(({ phoneEncrypted, nameEncrypted, total: _total, ...r }) => ({
      ...r,
      name: bookingName(deps.personalData, { name: r.name, nameEncrypted }),
      phone: maskPhone(deps.personalData.decrypt(phoneEncrypted)),
      // No channel to send on, or every notice given up on: these are the ones to phone. (A pending one is still
      // being retried by the notification worker.)
      unreached: r.notices.every((n) => n.status === 'dead'),
    })),
  };
}

/**
 * An affected booking (one the list shows) for staff acting on it: in their scope, else refused. `lock` holds it
 * for the caller's transaction (a move or a cancel).
 */
export async function affectedBooking(db: Executor, ctx: RequestContext, bookingId: string, lock = false) {
  assertMay(ctx, 'booking.affected.act');
  const booking = await db
    .selectFrom('bookings as b')
    .innerJoin('services as s', 's.id', 'b.serviceId')
    .selectAll('b')
    .select('s.agencyId')
    .where('b.id', '=', bookingId)
    .$if(lock, (q) => q.forUpdate('b'))
    .executeTakeFirst();
  if (!booking) throw new AppError('booking.not_found');
  assertMayAt(ctx, 'booking.affected.act', { siteId: booking.siteId, agencyId: booking.agencyId });
  // Only the bookings the list shows: staff act for a citizen whose time is gone, not on anyone's booking.
  if (!booking.outsideHours) throw new AppError('booking.not_affected');
  return booking;
}

/**
 * The full phone and e-mail of an affected booking, for staff who must reach the citizen themselves. Reading
 * personal data is recorded in the audit log with the reason given, like any change.
 */
export async function affectedContact(
  deps: AffectedDeps,
  ctx: RequestContext,
  bookingId: string,
  reason: string,
): Promise<{ phone: string; email: string | null }> {
  const booking = await affectedBooking(deps.db, ctx, bookingId);
  await recordAudit(deps.db, ctx, {
    action: 'booking.contact_read',
    entityType: 'booking',
    entityId: booking.id,
    siteId: booking.siteId,
    agencyId: booking.agencyId,
    after: { code: booking.code, reason },
  });
  return {
    phone: deps.personalData.decrypt(booking.phoneEncrypted),
    email: booking.emailEncrypted ? deps.personalData.decrypt(booking.emailEncrypted) : null,
  };
}
