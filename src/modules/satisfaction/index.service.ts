import { sql } from 'kysely';
import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import {
  checkMethod,
  computeIndex,
  DEFAULT_METHOD,
  emptyTally,
  type IndexResult,
  type SurveyMethod,
  sampleCheck,
  type Tally,
} from './ikm.rules.ts';
import { presentChild, presentIndex, presentMethod, weakestElements } from './index.presenters.ts';
import { type Period, parsePeriod, rangePeriod, trendMonths } from './period.rules.ts';
import { servedBy, servedPerService } from './population.ts';
import { type TallyGroup, talliesBy, tallyOf, type UnitFilter } from './responses.repository.ts';

/**
 * The satisfaction index (IKM) of any unit — a site, an agency at it, a booth, a service — over any period, read
 * from the rollups kept with every response (responses.repository.ts), computed by ikm.rules.ts under the survey
 * period's stored method when the range is one, else the default; its population and sample check; the weakest
 * elements; the trend by month; the units below it; the suggestions; and the public figures of a site.
 */

export interface PeriodInput {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface UnitInput {
  agency?: string | undefined;
  booth?: string | undefined;
  service?: string | undefined;
}

interface SiteRow {
  id: string;
  code: string;
  name: string;
  timezone: string;
}

type UnitKind = 'site' | 'agency' | 'booth' | 'service';

interface Unit {
  kind: UnitKind;
  id: string;
  name: string;
  agencyId: string | null;
  boothId: string | null;
  serviceId: string | null;
}

/** A unit must have this many responses in a period before its index is published (too few to be fair or anonymous). */
const PUBLISH_MINIMUM = 5;

/** The site by its code (SBY) or id, as the other site routes take it; only an active site is shown. */
async function loadSite(db: Executor, code: string): Promise<SiteRow> {
  const site = await siteByIdOrCode(db, code);
  if (!site.active) throw new AppError('site.not_found');
  return site;
}

/** The period asked for: a named one, a from–to range, or (neither) this year at the site. */
function resolvePeriod(input: PeriodInput, timezone: string, now: Date): Period {
  if (input.period !== undefined && (input.from !== undefined || input.to !== undefined)) {
    throw new AppError('satisfaction.period_invalid');
  }
  if (input.from !== undefined || input.to !== undefined) {
    const range = input.from && input.to ? rangePeriod(input.from, input.to) : null;
    if (!range) throw new AppError('satisfaction.period_invalid');
    return range;
  }
  const spec =
    input.period ?? new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(now).slice(0, 4);
  const period = parsePeriod(spec);
  if (!period) throw new AppError('satisfaction.period_invalid');
  return period;
}

/** The method of a range: the stored one of a survey period with exactly these dates at the site, else the default. */
async function methodFor(db: Executor, siteId: string, period: Period) {
  const stored = await db
    .selectFrom('surveyPeriods')
    .select(['id', 'label', 'method'])
    .where('siteId', '=', siteId)
    .where('startsOn', '=', period.from)
    .where('endsOn', '=', period.to)
    .executeTakeFirst();
  if (!stored) return { method: DEFAULT_METHOD, surveyPeriod: null };
  const method = stored.method as SurveyMethod;
  checkMethod(method);
  return { method, surveyPeriod: { id: stored.id, label: stored.label } };
}

/**
 * The unit asked for at the site. An agency admin (scope narrowed to an agency) reads their agency and what is
 * under it: no unit named means their agency, another agency's unit is refused.
 */
async function resolveUnit(
  db: Executor,
  site: SiteRow,
  input: UnitInput,
  scopeAgency: string | null,
): Promise<Unit> {
  let unit: Unit;
  if (input.service) {
    const row = await db
      .selectFrom('services as s')
      .select(['s.id', 's.name', 's.agencyId'])
      .where('s.id', '=', input.service)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('serviceBooths as sb')
            .innerJoin('booths as b', 'b.id', 'sb.boothId')
            .select('sb.boothId')
            .whereRef('sb.serviceId', '=', 's.id')
            .where('b.siteId', '=', site.id)
            .$if(input.booth !== undefined, (q) => q.where('b.id', '=', input.booth as string)),
        ),
      )
      .executeTakeFirst();
    if (!row || (input.agency && input.agency !== row.agencyId))
      throw new AppError('satisfaction.unit_not_found');
    unit = { kind: 'service', ...row, boothId: input.booth ?? null, serviceId: row.id };
  } else if (input.booth) {
    const row = await db
      .selectFrom('booths')
      .select(['id', 'name', 'agencyId'])
      .where('id', '=', input.booth)
      .where('siteId', '=', site.id)
      .executeTakeFirst();
    if (!row || (input.agency && input.agency !== row.agencyId))
      throw new AppError('satisfaction.unit_not_found');
    unit = { kind: 'booth', ...row, boothId: row.id, serviceId: null };
  } else {
    const agencyId = input.agency ?? scopeAgency;
    if (agencyId) {
      const row = await db
        .selectFrom('agencies as a')
        .select(['a.id', 'a.name'])
        .where('a.id', '=', agencyId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('booths as b')
              .select('b.id')
              .whereRef('b.agencyId', '=', 'a.id')
              .where('b.siteId', '=', site.id),
          ),
        )
        .executeTakeFirst();
      if (!row) throw new AppError('satisfaction.unit_not_found');
      unit = { kind: 'agency', ...row, agencyId: row.id, boothId: null, serviceId: null };
    } else {
      unit = { kind: 'site', id: site.id, name: site.name, agencyId: null, boothId: null, serviceId: null };
    }
  }
  if (scopeAgency !== null && unit.agencyId !== scopeAgency) throw new AppError('auth.out_of_scope');
  return unit;
}

function filterOf(site: SiteRow, unit: Unit, range: { from: string; to: string }): UnitFilter {
  return {
    siteId: site.id,
    ...(unit.agencyId ? { agencyId: unit.agencyId } : {}),
    ...(unit.boothId ? { boothId: unit.boothId } : {}),
    ...(unit.serviceId ? { serviceId: unit.serviceId } : {}),
    ...range,
  };
}

async function populationOf(db: Executor, site: SiteRow, unit: Unit, period: Period): Promise<number> {
  if (unit.serviceId) {
    const served = await servedPerService(db, site, [unit.serviceId], {
      from: period.from,
      to: period.to,
      ...(unit.boothId ? { boothId: unit.boothId } : {}),
    });
    return served.get(unit.serviceId) ?? 0;
  }
  const served = await servedBy(
    db,
    {
      siteId: site.id,
      ...(unit.agencyId ? { agencyId: unit.agencyId } : {}),
      ...(unit.boothId ? { boothId: unit.boothId } : {}),
      from: period.from,
      to: period.to,
    },
    null,
  );
  return served.get('') ?? 0;
}

/** The units one level down: a site's agencies, an agency's or a booth's services. */
async function childrenOf(db: Executor, site: SiteRow, unit: Unit, period: Period, method: SurveyMethod) {
  if (unit.kind === 'service') return [];
  const by: TallyGroup = unit.kind === 'site' ? 'agency' : 'service';
  const tallies = await talliesBy(db, filterOf(site, unit, period), by);
  const ids = [...tallies.keys()];
  if (ids.length === 0) return [];
  const [names, served] = await Promise.all([
    by === 'agency'
      ? db.selectFrom('agencies').select(['id', 'name', 'shortName']).where('id', 'in', ids).execute()
      : db
          .selectFrom('services')
          .select(['id', 'name', sql<string | null>`null`.as('shortName')])
          .where('id', 'in', ids)
          .execute(),
    by === 'agency'
      ? servedBy(db, { siteId: site.id, from: period.from, to: period.to }, 'agency')
      : servedPerService(db, site, ids, {
          from: period.from,
          to: period.to,
          ...(unit.boothId ? { boothId: unit.boothId } : {}),
        }),
  ]);
  const kind = by === 'agency' ? ('agency' as const) : ('service' as const);
  return names
    .map((n) => {
      const tally = tallies.get(n.id) ?? emptyTally();
      return presentChild(
        { kind, id: n.id, name: n.name, shortName: n.shortName },
        computeIndex(tally, method),
        sampleCheck(served.get(n.id) ?? 0, tally.respondents),
      );
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

async function trendOf(db: Executor, site: SiteRow, unit: Unit, period: Period, method: SurveyMethod) {
  const months = trendMonths(period);
  const first = months[0] ?? period.from;
  const tallies = await talliesBy(db, filterOf(site, unit, { from: first, to: period.to }), 'month');
  return months.map((month) => {
    const tally = tallies.get(month);
    const result: IndexResult | null = tally ? computeIndex(tally, method) : null;
    return {
      month: month.slice(0, 7),
      respondents: tally?.respondents ?? 0,
      converted: result?.converted ?? null,
      convertedText: result?.convertedText ?? null,
      grade: result?.grade ?? null,
    };
  });
}

/** The way back up the drill-down: the site, then the unit's agency when the unit is below it. */
async function pathOf(db: Executor, site: SiteRow, unit: Unit) {
  const top = { kind: 'site' as const, id: site.id, name: site.name, agencyId: null };
  if (unit.kind === 'site') return [top];
  if (unit.kind === 'agency' || !unit.agencyId) return [top, unitOut(unit)];
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('id', '=', unit.agencyId)
    .executeTakeFirstOrThrow();
  return [
    top,
    { kind: 'agency' as const, id: agency.id, name: agency.name, agencyId: agency.id },
    unitOut(unit),
  ];
}

const unitOut = (unit: Unit) => ({ kind: unit.kind, id: unit.id, name: unit.name, agencyId: unit.agencyId });

/** Who may read: site managers their site, agency admins their agency, evaluators and the national admin any. */
function readScope(ctx: RequestContext, siteId: string): string | null {
  return siteListOf(ctx, 'satisfaction.read', siteId).agencyId;
}

/** GET /satisfaction/sites/:site/index — a unit's index for a period, with everything the manager's page shows. */
export async function unitIndex(
  db: Executor,
  ctx: RequestContext,
  siteCode: string,
  input: PeriodInput & UnitInput,
  now: Date,
) {
  const site = await loadSite(db, siteCode);
  const scopeAgency = readScope(ctx, site.id);
  const period = resolvePeriod(input, site.timezone, now);
  const unit = await resolveUnit(db, site, input, scopeAgency);
  const { method, surveyPeriod } = await methodFor(db, site.id, period);
  const [tally, population, trend, children, path] = await Promise.all([
    tallyOf(db, filterOf(site, unit, period)),
    populationOf(db, site, unit, period),
    trendOf(db, site, unit, period, method),
    childrenOf(db, site, unit, period, method),
    pathOf(db, site, unit),
  ]);
  const result = computeIndex(tally, method);
  return {
    site,
    unit: unitOut(unit),
    path,
    period,
    method: presentMethod(method, surveyPeriod),
    index: presentIndex(result),
    sample: sampleCheck(population, tally.respondents),
    weakest: weakestElements(result),
    trend,
    children,
  };
}

/**
 * A unit's index and grade for a period (inclusive site-local days), unscoped: the caller checks who may read (the
 * evaluation's prefill of "the IKM and grade" reads it through satisfaction.public.ts).
 */
export async function unitIkm(
  db: Executor,
  siteId: string,
  input: UnitInput,
  from: string,
  to: string,
  now: Date,
) {
  const site = await loadSite(db, siteId);
  const period = resolvePeriod({ from, to }, site.timezone, now);
  const unit = await resolveUnit(db, site, input, null);
  const { method } = await methodFor(db, site.id, period);
  const tally = await tallyOf(db, filterOf(site, unit, period));
  return { period, index: presentIndex(computeIndex(tally, method)) };
}

/** The page marker of the suggestions: the last one's submission time and id. */
function readCursor(text: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const when = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(when.getTime())) {
    throw new AppError('satisfaction.cursor_invalid');
  }
  return { at: when, id };
}

const writeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

/**
 * GET /satisfaction/sites/:site/suggestions — the written suggestions of a unit's responses in the period, newest
 * first, a page at a time. Responses hold no personal data: the text, the day, the channel and the service.
 */
export async function suggestions(
  db: Executor,
  ctx: RequestContext,
  siteCode: string,
  input: PeriodInput & UnitInput & { before?: string | undefined; limit: number },
  now: Date,
) {
  const site = await loadSite(db, siteCode);
  const scopeAgency = readScope(ctx, site.id);
  const period = resolvePeriod(input, site.timezone, now);
  const unit = await resolveUnit(db, site, input, scopeAgency);
  const cursor = input.before ? readCursor(input.before) : null;
  const rows = await db
    .selectFrom('surveyResponses as r')
    .leftJoin('agencies as a', 'a.id', 'r.agencyId')
    .leftJoin('services as s', 's.id', 'r.serviceId')
    .select([
      'r.id',
      'r.suggestion',
      'r.servedOn',
      'r.submittedAt',
      'r.channel',
      'a.shortName as agency',
      's.name as service',
    ])
    .where('r.siteId', '=', site.id)
    .where('r.suggestion', 'is not', null)
    .where('r.servedOn', '>=', period.from)
    .where('r.servedOn', '<=', period.to)
    .$if(unit.agencyId !== null, (q) => q.where('r.agencyId', '=', unit.agencyId as string))
    .$if(unit.boothId !== null, (q) => q.where('r.boothId', '=', unit.boothId as string))
    .$if(unit.serviceId !== null, (q) => q.where('r.serviceId', '=', unit.serviceId as string))
    .$if(cursor !== null, (q) =>
      q.where(sql<boolean>`(r.submitted_at, r.id) < (${cursor?.at}::timestamptz, ${cursor?.id}::uuid)`),
    )
    .orderBy('r.submittedAt', 'desc')
    .orderBy('r.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      text: r.suggestion ?? '',
      servedOn: r.servedOn,
      submittedAt: r.submittedAt.toISOString(),
      channel: r.channel,
      agency: r.agency,
      service: r.service,
    })),
    next: rows.length > input.limit && last ? writeCursor(last.submittedAt, last.id) : null,
  };
}

/** A published figure: the index of a unit with enough responses, nothing (not even the count) below that. */
function published(id: string, name: string, tally: Tally | undefined, method: SurveyMethod) {
  const respondents = tally?.respondents ?? 0;
  if (!tally || respondents < PUBLISH_MINIMUM) {
    return { id, name, respondents: null, tooFew: true, convertedText: null, grade: null, label: null };
  }
  const result = computeIndex(tally, method);
  return {
    id,
    name,
    respondents,
    tooFew: false,
    convertedText: result.convertedText,
    grade: result.grade,
    label: result.label,
  };
}

/**
 * GET /public/sites/:site/satisfaction — what the regulation requires to be published: the index and grade of the
 * site, of each agency at it and of each service, for a period. Units under PUBLISH_MINIMUM responses show none.
 */
export async function publicIndex(db: Executor, siteCode: string, input: PeriodInput, now: Date) {
  const site = await loadSite(db, siteCode);
  const period = resolvePeriod(input, site.timezone, now);
  const { method } = await methodFor(db, site.id, period);
  const filter = { siteId: site.id, from: period.from, to: period.to };
  const [total, byAgency, byService, agencies] = await Promise.all([
    tallyOf(db, filter),
    talliesBy(db, filter, 'agency'),
    talliesBy(db, filter, 'service'),
    db
      .selectFrom('agencies as a')
      .innerJoin('booths as b', 'b.agencyId', 'a.id')
      .select(['a.id', 'a.name', 'a.shortName'])
      .where('b.siteId', '=', site.id)
      .where('b.active', '=', true)
      .distinct()
      .execute(),
  ]);
  const serviceIds = [...byService.keys()];
  const services =
    serviceIds.length === 0
      ? []
      : await db
          .selectFrom('services')
          .select(['id', 'name', 'agencyId'])
          .where('id', 'in', serviceIds)
          .orderBy('name')
          .execute();
  return {
    site: { code: site.code, name: site.name },
    period,
    method: { version: method.version, regulation: method.regulation },
    minimumResponses: PUBLISH_MINIMUM,
    total: published(site.id, site.name, total, method),
    agencies: agencies
      .sort((a, b) => a.name.localeCompare(b.name, 'id'))
      .map((a) => ({
        ...published(a.id, a.name, byAgency.get(a.id), method),
        shortName: a.shortName,
        services: services
          .filter((s) => s.agencyId === a.id)
          .map((s) => published(s.id, s.name, byService.get(s.id), method)),
      })),
  };
}
