import type { z } from 'zod';
import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay, assertMayAt, assertMayAtBooth } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor, Tx } from '../../shared/db/database.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { hoursProblems, localDateTime, scheduleFor, stateAt } from './hours.rules.ts';
import { forgetSiteCalendars } from './sites.calendar.ts';
import { type CalendarNotices, runCalendarChangeHooks } from './sites.hooks.ts';
import type {
  boothInput,
  boothPatch,
  closureInput,
  counterInput,
  counterPatch,
  siteInput,
  sitePatch,
  specialPeriodInput,
} from './sites.schemas.ts';

/** Sites, their calendar, booths and counters. */

function assertHours(
  weekly: z.infer<typeof siteInput>['weeklyHours'] | undefined,
  field = 'weeklyHours',
): void {
  if (!weekly) return;
  const problems = hoursProblems(weekly);
  if (problems.length === 0) return;
  const details: FieldIssue[] = problems.map((p) => ({
    field: `${field}.${p.index}`,
    message: { id: p.id, en: p.en },
  }));
  throw new AppError('request.invalid', details);
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === constraint;
}

export async function listSites(db: Executor) {
  return db
    .selectFrom('sites')
    .select(['id', 'code', 'name', 'province', 'city', 'address', 'timezone', 'active'])
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A site by its id or its code (SBY), as every site route takes it; 404 site.not_found. */
export async function siteByIdOrCode(db: Executor, idOrCode: string) {
  const isUuid = UUID.test(idOrCode);
  const row = await db
    .selectFrom('sites')
    .select(['id', 'code', 'name', 'city', 'province', 'timezone', 'active'])
    .where(isUuid ? 'id' : 'code', '=', isUuid ? idOrCode : idOrCode.toUpperCase())
    .executeTakeFirst();
  if (!row) throw new AppError('site.not_found');
  return row;
}

async function findSiteId(db: Executor, idOrCode: string): Promise<string> {
  return (await siteByIdOrCode(db, idOrCode)).id;
}

export async function getSiteDetail(db: Executor, idOrCode: string, now = new Date()) {
  const id = await findSiteId(db, idOrCode);
  const [site, specialPeriods, closures, booths, counters, serviceCounts] = await Promise.all([
    db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('siteSpecialPeriods').selectAll().where('siteId', '=', id).orderBy('startsOn').execute(),
    db.selectFrom('siteClosures').selectAll().where('siteId', '=', id).orderBy('date').execute(),
    db
      .selectFrom('booths as b')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select([
        'b.id',
        'b.name',
        'b.zone',
        'b.floor',
        'b.queuePrefix',
        'b.active',
        'a.id as agencyId',
        'a.code as agencyCode',
        'a.name as agencyName',
        'a.shortName as agencyShortName',
      ])
      .where('b.siteId', '=', id)
      .orderBy('b.floor')
      .orderBy('b.zone')
      .orderBy('b.queuePrefix')
      .execute(),
    db
      .selectFrom('counters as c')
      .innerJoin('booths as b', 'b.id', 'c.boothId')
      .leftJoin('counterServices as cs', 'cs.counterId', 'c.id')
      .select((eb) => [
        'c.id',
        'c.boothId',
        'c.number',
        'c.label',
        'c.active',
        eb.fn
          .coalesce(
            eb.fn.agg<string[]>('array_agg', ['cs.serviceId']).filterWhere('cs.serviceId', 'is not', null),
            eb.val([] as string[]),
          )
          .as('serviceIds'),
      ])
      .where('b.siteId', '=', id)
      .groupBy(['c.id', 'c.boothId', 'c.number', 'c.label', 'c.active'])
      .orderBy('c.number')
      .execute(),
    db
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .select((eb) => ['sb.boothId', eb.fn.countAll<number>().as('n')])
      .where('b.siteId', '=', id)
      .groupBy('sb.boothId')
      .execute(),
  ]);
  const local = localDateTime(now, site.timezone);
  const specials = specialPeriods.map((p) => ({ ...p, weeklyHours: p.weeklyHours }));
  const today = scheduleFor(local.date, site.weeklyHours, specials, closures);
  const state = stateAt(today, local.time);
  const countByBooth = new Map(serviceCounts.map((s) => [s.boothId, Number(s.n)]));
  return {
    id: site.id,
    code: site.code,
    name: site.name,
    province: site.province,
    city: site.city,
    address: site.address,
    timezone: site.timezone,
    active: site.active,
    phone: site.phone,
    email: site.email,
    weeklyHours: site.weeklyHours,
    specialPeriods: specials.map(({ id, name, startsOn, endsOn, weeklyHours }) => ({
      id,
      name,
      startsOn,
      endsOn,
      weeklyHours,
    })),
    closures: closures.map(({ id, date, reason }) => ({ id, date, reason })),
    today,
    now: { time: local.time, state: state.state, breakLabel: state.break?.label ?? null },
    booths: booths.map((b) => ({
      id: b.id,
      name: b.name,
      zone: b.zone,
      floor: b.floor,
      queuePrefix: b.queuePrefix,
      active: b.active,
      agency: { id: b.agencyId, code: b.agencyCode, name: b.agencyName, shortName: b.agencyShortName },
      counters: counters.filter((c) => c.boothId === b.id).map(({ boothId: _, ...c }) => c),
      serviceCount: countByBooth.get(b.id) ?? 0,
    })),
  };
}

/**
 * After a change of a site's calendar (hours, timezone, a closure, a special period, floor settings) has
 * committed: this process's kiosks and booking see it at once, other processes within their caches' few seconds.
 */
function calendarChanged(): void {
  // One invalidation: the floor, booking (subscribed to it) and request deadlines all read the new calendar.
  forgetSiteCalendars();
}

export async function createSite(db: Database, ctx: RequestContext, input: z.infer<typeof siteInput>) {
  assertMay(ctx, 'sites.create');
  assertHours(input.weeklyHours);
  try {
    return await db.transaction().execute(async (tx) => {
      const site = await tx
        .insertInto('sites')
        .values({ ...input, weeklyHours: JSON.stringify(input.weeklyHours) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: 'site.create',
        entityType: 'site',
        entityId: site.id,
        siteId: site.id,
        after: site,
      });
      return site.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'sites_code_key')) {
      throw new AppError('request.invalid', [
        { field: 'code', message: { id: 'Kode MPP sudah dipakai.', en: 'Site code already in use.' } },
      ]);
    }
    throw error;
  }
}

export async function updateSite(
  db: Database,
  ctx: RequestContext,
  id: string,
  patch: z.infer<typeof sitePatch>,
  now: Date,
  notices: CalendarNotices,
) {
  assertMayAt(ctx, 'sites.configure', { siteId: id });
  assertHours(patch.weeklyHours);
  const updated = await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('sites')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('site.not_found');
    const { weeklyHours, ...rest } = patch;
    const after = await tx
      .updateTable('sites')
      .set({
        ...rest,
        ...(weeklyHours ? { weeklyHours: JSON.stringify(weeklyHours) } : {}),
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // New hours or another timezone: bookings the site no longer opens for are flagged for the manager.
    if (weeklyHours || rest.timezone) await runCalendarChangeHooks(tx, { siteId: id, now, notices });
    await recordAudit(tx, ctx, {
      action: 'site.update',
      entityType: 'site',
      entityId: id,
      siteId: id,
      before,
      after,
    });
    return id;
  });
  calendarChanged();
  return updated;
}

export async function addClosure(
  db: Database,
  ctx: RequestContext,
  siteId: string,
  input: z.infer<typeof closureInput>,
  now: Date,
  notices: CalendarNotices,
) {
  assertMayAt(ctx, 'sites.configure', { siteId });
  try {
    const added = await db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('siteClosures')
        .values({ siteId, ...input })
        .returningAll()
        .executeTakeFirstOrThrow();
      await runCalendarChangeHooks(tx, { siteId, now, notices });
      await recordAudit(tx, ctx, {
        action: 'site.closure.add',
        entityType: 'site_closure',
        entityId: row.id,
        siteId,
        after: row,
      });
      return row.id;
    });
    calendarChanged();
    return added;
  } catch (error) {
    if (isUniqueViolation(error, 'site_closures_site_id_date_key')) {
      throw new AppError('request.invalid', [
        { field: 'date', message: { id: 'Tanggal ini sudah ditutup.', en: 'This date is already closed.' } },
      ]);
    }
    if ((error as { code?: string }).code === '23503') throw new AppError('site.not_found');
    throw error;
  }
}

export async function addSpecialPeriod(
  db: Database,
  ctx: RequestContext,
  siteId: string,
  input: z.infer<typeof specialPeriodInput>,
  now: Date,
  notices: CalendarNotices,
) {
  assertMayAt(ctx, 'sites.configure', { siteId });
  assertHours(input.weeklyHours);
  if (input.endsOn < input.startsOn) {
    throw new AppError('request.invalid', [
      {
        field: 'endsOn',
        message: { id: 'Tanggal selesai sebelum tanggal mulai.', en: 'Ends before it starts.' },
      },
    ]);
  }
  const added = await db.transaction().execute(async (tx) => {
    const site = await tx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst();
    if (!site) throw new AppError('site.not_found');
    const row = await tx
      .insertInto('siteSpecialPeriods')
      .values({ siteId, ...input, weeklyHours: JSON.stringify(input.weeklyHours) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await runCalendarChangeHooks(tx, { siteId, now, notices });
    await recordAudit(tx, ctx, {
      action: 'site.special_period.add',
      entityType: 'site_special_period',
      entityId: row.id,
      siteId,
      after: row,
    });
    return row.id;
  });
  calendarChanged();
  return added;
}

// ---------- booths ----------

export async function createBooth(
  db: Database,
  ctx: RequestContext,
  siteId: string,
  input: z.infer<typeof boothInput>,
) {
  assertMayAt(ctx, 'sites.configure', { siteId });
  try {
    return await db.transaction().execute(async (tx) => {
      const [site, agency] = await Promise.all([
        tx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst(),
        tx.selectFrom('agencies').select('id').where('id', '=', input.agencyId).executeTakeFirst(),
      ]);
      if (!site) throw new AppError('site.not_found');
      if (!agency) throw new AppError('agency.not_found');
      const booth = await tx
        .insertInto('booths')
        .values({ siteId, ...input })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: 'booth.create',
        entityType: 'booth',
        entityId: booth.id,
        siteId,
        agencyId: input.agencyId,
        after: booth,
      });
      return booth.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'booths_site_prefix')) throw new AppError('booth.prefix_taken');
    throw error;
  }
}

export async function updateBooth(
  db: Database,
  ctx: RequestContext,
  id: string,
  patch: z.infer<typeof boothPatch>,
) {
  assertMay(ctx, 'sites.configure');
  try {
    return await db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('booths')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new AppError('booth.not_found');
      assertMayAt(ctx, 'sites.configure', { siteId: before.siteId });
      const after = await tx
        .updateTable('booths')
        .set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: patch.active === false ? 'booth.deactivate' : 'booth.update',
        entityType: 'booth',
        entityId: id,
        siteId: before.siteId,
        agencyId: before.agencyId,
        before,
        after,
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'booths_site_prefix')) throw new AppError('booth.prefix_taken');
    throw error;
  }
}

// ---------- counters ----------

async function setCounterServices(
  tx: Tx,
  counterId: string,
  boothId: string,
  serviceIds: string[],
): Promise<void> {
  const unique = [...new Set(serviceIds)];
  if (unique.length > 0) {
    const offered = await tx
      .selectFrom('serviceBooths')
      .select('serviceId')
      .where('boothId', '=', boothId)
      .where('serviceId', 'in', unique)
      .execute();
    if (offered.length !== unique.length) throw new AppError('counter.service_not_in_booth');
  }
  await tx.deleteFrom('counterServices').where('counterId', '=', counterId).execute();
  if (unique.length > 0) {
    await tx
      .insertInto('counterServices')
      .values(unique.map((serviceId) => ({ counterId, serviceId })))
      .execute();
  }
}

export async function createCounter(
  db: Database,
  ctx: RequestContext,
  boothId: string,
  input: z.infer<typeof counterInput>,
) {
  assertMay(ctx, 'sites.booth-layout');
  try {
    return await db.transaction().execute(async (tx) => {
      await assertMayAtBooth(tx, ctx, 'sites.booth-layout', boothId);
      const booth = await tx
        .selectFrom('booths')
        .select(['siteId', 'agencyId'])
        .where('id', '=', boothId)
        .executeTakeFirst();
      if (!booth) throw new AppError('booth.not_found');
      const { serviceIds, ...fields } = input;
      const counter = await tx
        .insertInto('counters')
        .values({ boothId, ...fields })
        .returningAll()
        .executeTakeFirstOrThrow();
      await setCounterServices(tx, counter.id, boothId, serviceIds);
      await recordAudit(tx, ctx, {
        action: 'counter.create',
        entityType: 'counter',
        entityId: counter.id,
        siteId: booth.siteId,
        agencyId: booth.agencyId,
        after: { ...counter, serviceIds },
      });
      return counter.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'counters_booth_number')) throw new AppError('counter.number_taken');
    throw error;
  }
}

export async function updateCounter(
  db: Database,
  ctx: RequestContext,
  id: string,
  patch: z.infer<typeof counterPatch>,
) {
  assertMay(ctx, 'sites.booth-layout');
  try {
    return await db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('counters')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new AppError('counter.not_found');
      await assertMayAtBooth(tx, ctx, 'sites.booth-layout', before.boothId);
      const booth = await tx
        .selectFrom('booths')
        .select(['siteId', 'agencyId'])
        .where('id', '=', before.boothId)
        .executeTakeFirstOrThrow();
      const { serviceIds, ...fields } = patch;
      const after = await tx
        .updateTable('counters')
        .set({ ...fields, updatedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (serviceIds) await setCounterServices(tx, id, before.boothId, serviceIds);
      await recordAudit(tx, ctx, {
        action: patch.active === false ? 'counter.deactivate' : 'counter.update',
        entityType: 'counter',
        entityId: id,
        siteId: booth.siteId,
        agencyId: booth.agencyId,
        before,
        after: { ...after, ...(serviceIds ? { serviceIds } : {}) },
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'counters_booth_number')) throw new AppError('counter.number_taken');
    throw error;
  }
}
