import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { forgetSiteCalendars } from '../../src/modules/sites/sites.calendar.ts';
import type { Database } from '../../src/shared/db/database.ts';
import { login } from './app.ts';

/**
 * Floor tests run at any hour: open the site all day, every day, with no closures or special periods, and no
 * cut-off before closing (late in the evening a long queue would otherwise be refused).
 */
export async function openAllDay(db: Database, siteCode = 'SBY'): Promise<void> {
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opens: '00:00',
    // Not 23:59: a test in the day's last minute would be refused. (The hours editor stops at 23:59; the rules
    // compare times as text and minutes, so 24:00 is simply the end of the day.)
    closes: '24:00',
    breaks: [],
  }));
  await sql`UPDATE sites SET weekly_hours = ${JSON.stringify(hours)}::jsonb,
    floor_settings = floor_settings || '{"cutoffBeforeClosing": false}'::jsonb
    WHERE code = ${siteCode}`.execute(db);
  await sql`DELETE FROM site_closures WHERE site_id = (SELECT id FROM sites WHERE code = ${siteCode})`.execute(
    db,
  );
  await sql`DELETE FROM site_special_periods WHERE site_id = (SELECT id FROM sites WHERE code = ${siteCode})`.execute(
    db,
  );
  forgetSiteCalendars();
}

export async function siteId(db: Database, code = 'SBY'): Promise<string> {
  const site = await db.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return site.id;
}

/** Pairs a kiosk as the site's manager; returns the header a kiosk sends. */
export async function pairKiosk(app: FastifyInstance, db: Database, code = 'SBY') {
  const manager = await login(
    app,
    code === 'SBY' ? 'manajer.sby' : 'manajer.ttg',
    code === 'SBY' ? 'manajer-sby-2026' : 'manajer-ttg-2026',
  );
  const res = await app.inject({
    method: 'POST',
    url: '/api/floor/kiosks',
    headers: manager,
    payload: { siteId: await siteId(db, code), name: 'Kiosk lobi' },
  });
  if (res.statusCode !== 201) throw new Error(`pairing failed: ${res.body}`);
  return { 'x-kiosk-token': (res.json() as { token: string }).token };
}

/** The Dispendukcapil booth of a site, its counters and a few of its services. */
export async function dukcapil(db: Database, code = 'SBY') {
  const booth = await db
    .selectFrom('booths as b')
    .innerJoin('sites as s', 's.id', 'b.siteId')
    .innerJoin('agencies as a', 'a.id', 'b.agencyId')
    .select(['b.id', 'b.queuePrefix'])
    .where('s.code', '=', code)
    .where('a.code', '=', 'DISPENDUKCAPIL')
    .executeTakeFirstOrThrow();
  const counters = await db
    .selectFrom('counters')
    .select(['id', 'number'])
    .where('boothId', '=', booth.id)
    .orderBy('number')
    .execute();
  const services = await db
    .selectFrom('serviceBooths as sb')
    .innerJoin('services as s', 's.id', 'sb.serviceId')
    .select(['s.id', 's.code'])
    .where('sb.boothId', '=', booth.id)
    .orderBy('s.code')
    .execute();
  return { boothId: booth.id, prefix: booth.queuePrefix, counters, services };
}

export async function boothOf(db: Database, agencyCode: string, code = 'SBY') {
  const booth = await db
    .selectFrom('booths as b')
    .innerJoin('sites as s', 's.id', 'b.siteId')
    .innerJoin('agencies as a', 'a.id', 'b.agencyId')
    .select(['b.id'])
    .where('s.code', '=', code)
    .where('a.code', '=', agencyCode)
    .executeTakeFirstOrThrow();
  const services = await db
    .selectFrom('serviceBooths as sb')
    .innerJoin('services as s', 's.id', 'sb.serviceId')
    .select(['s.id', 's.code', 's.dailyQuota'])
    .where('sb.boothId', '=', booth.id)
    .orderBy('s.code')
    .execute();
  return { boothId: booth.id, services };
}
