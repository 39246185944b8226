import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { localOf, siteByIdOrCode } from '../sites/sites.public.ts';
import { quarterToDate, validRange } from './measures.rules.ts';
import { type Breakdown, complaintMeasures, type MeasureFilter } from './measures.ts';

/**
 * The routes' side of the measures: the site and unit asked for, within the reader's scope (a site manager their
 * site, an agency admin only their agency — no unit named means their agency —, evaluators and the national admin
 * any), the period, then complaintMeasures. And the public statistics of a site: counts and the on-time share only.
 */

interface Site {
  id: string;
  code: string;
  name: string;
  timezone: string;
}

export interface PeriodInput {
  from?: string | undefined;
  to?: string | undefined;
}

export interface UnitInput {
  agency?: string | undefined;
  booth?: string | undefined;
  service?: string | undefined;
}

/** Three years: the longest period a reader may ask for at once. */
const MAX_DAYS = 3 * 366;

async function loadSite(db: Executor, code: string): Promise<Site> {
  const site = await siteByIdOrCode(db, code);
  if (!site.active) throw new AppError('site.not_found');
  return { id: site.id, code: site.code, name: site.name, timezone: site.timezone };
}

/** from–to, both or neither; neither: the quarter up to today at the site. */
function resolvePeriod(input: PeriodInput, site: Site, now: Date): { from: string; to: string } {
  if (input.from === undefined && input.to === undefined)
    return quarterToDate(localOf(now, site.timezone).date);
  if (!input.from || !input.to || !validRange(input.from, input.to, MAX_DAYS))
    throw new AppError('complaint.period_invalid');
  return { from: input.from, to: input.to };
}

interface Unit {
  kind: 'site' | 'agency' | 'booth' | 'service';
  id: string;
  name: string;
  agencyId: string | null;
  boothId: string | null;
  serviceId: string | null;
}

/** The unit at the site: a service (offered at one of its booths), a booth, an agency with a booth there, the site. */
async function resolveUnit(db: Executor, site: Site, input: UnitInput, scopeAgency: string | null) {
  const agencyId = input.agency ?? scopeAgency ?? undefined;
  let unit: Unit = {
    kind: 'site',
    id: site.id,
    name: site.name,
    agencyId: null,
    boothId: null,
    serviceId: null,
  };
  if (input.booth) {
    const b = await db
      .selectFrom('booths')
      .select(['id', 'name', 'agencyId'])
      .where('id', '=', input.booth)
      .where('siteId', '=', site.id)
      .executeTakeFirst();
    if (!b || (agencyId && agencyId !== b.agencyId)) throw new AppError('complaint.unit_not_found');
    unit = { kind: 'booth', id: b.id, name: b.name, agencyId: b.agencyId, boothId: b.id, serviceId: null };
  } else if (agencyId) {
    const a = await db
      .selectFrom('agencies as a')
      .innerJoin('booths as b', 'b.agencyId', 'a.id')
      .select(['a.id', 'a.name'])
      .where('a.id', '=', agencyId)
      .where('b.siteId', '=', site.id)
      .executeTakeFirst();
    if (!a) throw new AppError('complaint.unit_not_found');
    unit = { kind: 'agency', id: a.id, name: a.name, agencyId: a.id, boothId: null, serviceId: null };
  }
  if (input.service) {
    const s = await db
      .selectFrom('services as s')
      .innerJoin('serviceBooths as sb', 'sb.serviceId', 's.id')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .select(['s.id', 's.name', 's.agencyId'])
      .where('s.id', '=', input.service)
      .where('b.siteId', '=', site.id)
      .$if(unit.boothId !== null, (q) => q.where('b.id', '=', unit.boothId as string))
      .executeTakeFirst();
    if (!s || (unit.agencyId && unit.agencyId !== s.agencyId)) throw new AppError('complaint.unit_not_found');
    unit = { ...unit, kind: 'service', id: s.id, name: s.name, agencyId: s.agencyId, serviceId: s.id };
  }
  if (scopeAgency !== null && unit.agencyId !== scopeAgency) throw new AppError('auth.out_of_scope');
  return unit;
}

/** The unit's measures for the period, scoped to the reader; what GET …/measures and the export show. */
export async function measuresFor(
  db: Executor,
  ctx: RequestContext,
  siteCode: string,
  input: PeriodInput & UnitInput & { by?: Breakdown | undefined },
  now: Date,
) {
  const site = await loadSite(db, siteCode);
  const scopeAgency = siteListOf(ctx, 'complaints.read', site.id).agencyId;
  const period = resolvePeriod(input, site, now);
  const unit = await resolveUnit(db, site, input, scopeAgency);
  const filter: MeasureFilter = {
    siteId: site.id,
    ...(unit.agencyId ? { agencyId: unit.agencyId } : {}),
    ...(unit.boothId ? { boothId: unit.boothId } : {}),
    ...(unit.serviceId ? { serviceId: unit.serviceId } : {}),
    ...period,
  };
  const by = input.by ?? (unit.kind === 'site' ? 'agency' : 'service');
  const [measures, agencies] = await Promise.all([
    complaintMeasures(db, filter, now, by),
    db
      .selectFrom('agencies as a')
      .innerJoin('booths as b', 'b.agencyId', 'a.id')
      .select(['a.id', 'a.name'])
      .distinct()
      .where('b.siteId', '=', site.id)
      .$if(scopeAgency !== null, (q) => q.where('a.id', '=', scopeAgency as string))
      .orderBy('a.name')
      .execute(),
  ]);
  return {
    site,
    unit: { kind: unit.kind, id: unit.id, name: unit.name, agencyId: unit.agencyId },
    ...measures,
    at: measures.at.toISOString(),
    agencies,
  };
}

export type MeasuresView = Awaited<ReturnType<typeof measuresFor>>;

/**
 * GET /public/sites/:site/complaints/statistics — what a site publishes: how many complaints it received (by
 * kind), answered, answered on time, and still open; by month. No text, no subject, no agency, nobody's data.
 */
export async function publicStatistics(db: Executor, siteCode: string, input: PeriodInput, now: Date) {
  const site = await loadSite(db, siteCode);
  const period = resolvePeriod(input, site, now);
  const m = await complaintMeasures(db, { siteId: site.id, ...period }, now, 'agency');
  return {
    site: { code: site.code, name: site.name },
    period,
    received: m.received,
    byKind: m.byKind,
    answered: m.answered.count,
    onTime: m.answered.onTime,
    onTimeShare: m.answered.onTimeShare,
    open: m.now.open,
    months: m.months.map((x) => ({
      month: x.month,
      received: x.received,
      answered: x.answered,
      onTime: x.onTime,
    })),
  };
}
