import { sql } from 'kysely';
import { mayAt } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteDay } from '../sites/sites.public.ts';
import { deviceByToken } from './devices.service.ts';
import { nextIssuing } from './floor.clock.ts';

/**
 * Kiosk machines. Issuing numbers is open to the public standing at the kiosk, not to the internet: a site
 * manager pairs each kiosk once (devices.service.ts), and the device sends its token with every number.
 */

/**
 * Kiosks this process has seen, by token: every number a kiosk prints would otherwise look its token up first.
 * floor_issue.sql checks, in the issuing statement, that the kiosk is still paired to the site (a revoked one is
 * refused there, and forgotten here: tickets.service.ts); an entry also lapses after KIOSK_TTL_MS.
 */
const KIOSK_TTL_MS = 60_000;
const kiosks = new Map<string, { loadedAt: number; id: string; siteId: string }>();

/** Drops a kiosk this process holds: the database refused it. */
export function forgetKiosk(kioskId: string): void {
  for (const [token, kiosk] of kiosks) if (kiosk.id === kioskId) kiosks.delete(token);
}

async function pairedKiosk(db: Executor, token: string): Promise<{ id: string; siteId: string } | null> {
  const hit = kiosks.get(token);
  if (hit && Date.now() - hit.loadedAt < KIOSK_TTL_MS) return hit;
  const kiosk = await deviceByToken(db, token, 'kiosk', new Date());
  if (!kiosk) return null;
  if (kiosks.size >= 10_000) kiosks.clear();
  kiosks.set(token, { loadedAt: Date.now(), id: kiosk.id, siteId: kiosk.siteId });
  return kiosk;
}

/** Resolves who issues: a paired kiosk of this site, or a staff member in scope; otherwise refuses. */
export async function issuer(
  db: Executor,
  ctx: RequestContext,
  siteIdOrCode: string,
  kioskToken: string | undefined,
) {
  const day = await siteDay(db, siteIdOrCode, new Date());
  if (kioskToken) {
    // A revoked kiosk is refused at once (floor.device_revoked), whoever else is signed in on it: here when its
    // token is looked up, or by the issuing statement when this process had it cached.
    const kiosk = await pairedKiosk(db, kioskToken);
    if (kiosk && kiosk.siteId === day.site.id) return { kioskId: kiosk.id, siteId: day.site.id };
  }
  // Staff at their desk for a walk-in (policy.rules.ts, floor.issue-at-desk).
  if (ctx.actor && mayAt(ctx.actor, 'floor.issue-at-desk', { siteId: day.site.id }))
    return { kioskId: null, siteId: day.site.id };
  throw new AppError('floor.kiosk_required');
}

/** What a kiosk offers: booths by agency, each with its services and today's remaining quota. */
export async function kioskMenu(db: Executor, siteIdOrCode: string, now: Date) {
  const day = await siteDay(db, siteIdOrCode, now);
  const rows = await sql<{
    boothId: string;
    boothName: string;
    agencyName: string;
    agencyShortName: string;
    zone: string;
    floor: number;
    serviceId: string;
    serviceName: string;
    category: string;
    keywords: string[];
    dailyQuota: number | null;
    issued: number;
  }>`
    SELECT b.id AS booth_id, b.name AS booth_name, a.name AS agency_name, a.short_name AS agency_short_name, b.zone, b.floor,
      s.id AS service_id, s.name AS service_name, s.category, s.keywords, s.daily_quota, coalesce(u.issued, 0) AS issued
    FROM booths b
    JOIN agencies a ON a.id = b.agency_id AND a.active
    JOIN service_booths sb ON sb.booth_id = b.id
    JOIN services s ON s.id = sb.service_id AND s.active
    LEFT JOIN service_day_usage u ON u.service_id = s.id AND u.site_id = b.site_id AND u.service_date = ${day.date}
    WHERE b.site_id = ${day.site.id} AND b.active
      AND EXISTS (SELECT 1 FROM counter_services cs JOIN counters c ON c.id = cs.counter_id
                  WHERE cs.service_id = s.id AND c.booth_id = b.id AND c.active)
    ORDER BY a.short_name, s.name`.execute(db);
  const booths = new Map<
    string,
    {
      boothId: string;
      boothName: string;
      agencyName: string;
      agencyShortName: string;
      zone: string;
      floor: number;
      services: {
        id: string;
        name: string;
        category: string;
        keywords: string[];
        remainingToday: number | null;
      }[];
    }
  >();
  for (const r of rows.rows) {
    let booth = booths.get(r.boothId);
    if (!booth) {
      booth = {
        boothId: r.boothId,
        boothName: r.boothName,
        agencyName: r.agencyName,
        agencyShortName: r.agencyShortName,
        zone: r.zone,
        floor: r.floor,
        services: [],
      };
      booths.set(r.boothId, booth);
    }
    booth.services.push({
      id: r.serviceId,
      name: r.serviceName,
      category: r.category,
      keywords: r.keywords,
      remainingToday: r.dailyQuota === null ? null : Math.max(0, r.dailyQuota - Number(r.issued)),
    });
  }
  return {
    site: { id: day.site.id, code: day.site.code, name: day.site.name, timezone: day.site.timezone },
    state: day.state,
    opens: day.schedule.opens,
    closes: day.schedule.closes,
    breakLabel: day.currentBreak?.label ?? null,
    breakEnds: day.currentBreak?.ends ?? null,
    issueLeadMinutes: day.settings.issueLeadMinutes,
    // Outside issuing hours: when numbers can next be taken (the kiosk says so instead of a bare "closed").
    nextOpening: await nextIssuing(db, day),
    booths: [...booths.values()],
  };
}
