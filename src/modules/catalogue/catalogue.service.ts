import { isDeepStrictEqual } from 'node:util';
import { recordAudit } from '../../shared/audit/audit.ts';
import {
  assertMay,
  assertMayAgency,
  assertOwnSiteBooths,
  assertSharedAgencyData,
  assertSharedServiceData,
  boundSiteOf,
} from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import {
  insertStandardVersion,
  listServices,
  refreshSearchDocuments,
  rowToStandard,
  searchServices,
  serviceSiteTimezones,
  standardColumns,
} from './catalogue.repository.ts';
import type {
  AgencyInput,
  AgencyPatch,
  agencyTypes,
  ServiceCreateInput,
  ServiceListQuery,
  ServicePatch,
  StandardChangeInput,
} from './catalogue.schemas.ts';
import { presentServiceSummary } from './catalogue.summary.ts';
import { ResultCache } from './search.cache.ts';
import { parseQuery } from './search.rules.ts';
import { effectiveDate } from './standard.rules.ts';

type AgencyType = (typeof agencyTypes)[number];

/** Commands and queries of the catalogue. Each command: authorize → validate against data → write + audit. */

function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && (!constraint || e.constraint === constraint);
}

// ---------- agencies ----------

export async function listAgencies(
  db: Executor,
  filter: { siteId?: string | undefined; includeInactive: boolean },
) {
  let q = db
    .selectFrom('agencies')
    .select((eb) => [
      'agencies.id',
      'agencies.siteId',
      'agencies.code',
      'agencies.name',
      'agencies.shortName',
      'agencies.type',
      'agencies.description',
      'agencies.website',
      'agencies.phone',
      'agencies.active',
      eb
        .selectFrom('services')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('services.agencyId', '=', 'agencies.id')
        .where('services.active', '=', true)
        .as('serviceCount'),
    ])
    .orderBy('agencies.name');
  if (!filter.includeInactive) q = q.where('agencies.active', '=', true);
  if (filter.siteId) {
    const siteId = filter.siteId;
    // A site's agencies: those it owns (a new one has no booth yet) and those with a booth there.
    q = q.where((eb) =>
      eb.or([
        eb('agencies.siteId', '=', siteId),
        eb.exists(
          eb
            .selectFrom('booths')
            .select('booths.id')
            .whereRef('booths.agencyId', '=', 'agencies.id')
            .where('booths.siteId', '=', siteId),
        ),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, type: r.type as AgencyType, serviceCount: Number(r.serviceCount ?? 0) }));
}

export async function getAgency(db: Executor, id: string) {
  const rows = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!rows) throw new AppError('agency.not_found');
  return rows;
}

/** An agency's active booths, at every site, for its public page (an unknown agency is a 404). */
export async function listAgencyBooths(db: Executor, agencyId: string) {
  await getAgency(db, agencyId);
  return db
    .selectFrom('booths as b')
    .innerJoin('sites as st', 'st.id', 'b.siteId')
    .select([
      'b.id',
      'b.name',
      'b.zone',
      'b.floor',
      'b.queuePrefix',
      'st.id as siteId',
      'st.code as siteCode',
      'st.name as siteName',
      'st.address as siteAddress',
    ])
    .where('b.agencyId', '=', agencyId)
    .where('b.active', '=', true)
    .orderBy('st.name')
    .orderBy('b.name')
    .execute();
}

/**
 * The site a new agency belongs to: a site-bound actor's own site (naming another is out of scope); the national
 * admin names it.
 */
function owningSiteFor(actor: Actor, requested: string | undefined): string {
  const bound = boundSiteOf(actor);
  if (bound !== null) {
    if (requested !== undefined && requested !== bound) throw new AppError('auth.out_of_scope');
    return bound;
  }
  if (requested === undefined) throw new AppError('agency.site_required');
  return requested;
}

export async function createAgency(db: Database, ctx: RequestContext, input: AgencyInput) {
  // Creating an agency is a site manager's or the national admin's call; an agency admin edits their own.
  const actor = assertMay(ctx, 'catalogue.agency.create');
  const siteId = owningSiteFor(actor, input.siteId);
  try {
    return await db.transaction().execute(async (tx) => {
      const site = await tx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst();
      if (!site) throw new AppError('site.not_found');
      const agency = await tx
        .insertInto('agencies')
        .values({ ...input, siteId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, {
        action: 'agency.create',
        entityType: 'agency',
        entityId: agency.id,
        agencyId: agency.id,
        siteId,
        after: agency,
      });
      return agency;
    });
  } catch (error) {
    // The code is unique per owning site (agencies_site_code_key): another site may use the same one.
    if (isUniqueViolation(error, 'agencies_site_code_key')) throw new AppError('agency.code_taken');
    throw error;
  }
}

export async function updateAgency(db: Database, ctx: RequestContext, id: string, patch: AgencyPatch) {
  const actor = assertMay(ctx, 'catalogue.edit');
  try {
    return await db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('agencies')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new AppError('agency.not_found');
      // Everything of an agency is shared by the sites it has booths at: a change needs a scope covering them.
      const changes = changedFields(before, patch);
      if (Object.keys(changes).length > 0) await assertSharedAgencyData(tx, actor, id);
      else await assertMayAgency(tx, ctx, 'catalogue.edit', id);
      const after = await tx
        .updateTable('agencies')
        .set({ ...changes, updatedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (changes.name !== undefined || changes.shortName !== undefined)
        await refreshSearchDocuments(tx, { agencyId: id });
      await recordAudit(tx, ctx, {
        action: changes.active === false ? 'agency.deactivate' : 'agency.update',
        entityType: 'agency',
        entityId: id,
        agencyId: id,
        siteId: actor.siteId,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'agencies_site_code_key')) throw new AppError('agency.code_taken');
    throw error;
  }
}

// ---------- services ----------

/** The unique key of a service's code: per owning site (migration 0027). */
export const SERVICE_CODE_KEY = 'services_site_code_key';

type ServicePage = { rows: Awaited<ReturnType<typeof listServices>>; total: number };

// One cache per database handle (an app has one; a test process may hold apps on different databases).
const resultCaches = new WeakMap<object, ResultCache<string>>();
let resultCacheSize = 2000;

/** ATAP_SEARCH_CACHE_SIZE: results kept per process (0 turns caching off). */
export function setSearchCacheSize(size: number): void {
  resultCacheSize = size;
}

export function searchCacheOf(db: Executor): ResultCache<string> {
  let cache = resultCaches.get(db);
  if (!cache) {
    cache = new ResultCache<string>(resultCacheSize);
    resultCaches.set(db, cache);
  }
  return cache;
}

/**
 * The JSON body of GET /api/services, cached per catalogue revision as the bytes to send: a cache hit costs
 * one revision read and no serialisation.
 */
export async function serviceListJson(db: Executor, query: ServiceListQuery): Promise<string> {
  return searchCacheOf(db).get(db, JSON.stringify(query), async () => {
    const { rows, total } = await findServices(db, query);
    return JSON.stringify({ items: rows.map(presentServiceSummary), total });
  });
}

async function findServices(db: Executor, query: ServiceListQuery): Promise<ServicePage> {
  const filters = {
    agencyId: query.agencyId,
    siteId: query.siteId,
    category: query.category,
    includeInactive: query.includeInactive === 'true',
  };
  const page = { limit: query.limit, offset: query.offset };
  const parsed = query.q ? parseQuery(query.q) : null;
  const rows =
    parsed && parsed.words.length > 0
      ? await searchServices(db, parsed, filters, page)
      : await listServices(db, filters, page);
  // The window count rides on every row; a page past the end simply has none.
  return { rows, total: rows[0]?.total ?? 0 };
}

async function assertBoothsOfAgency(tx: Executor, agencyId: string, boothIds: string[]): Promise<void> {
  if (boothIds.length === 0) return;
  const booths = await tx
    .selectFrom('booths')
    .select(['id', 'agencyId'])
    .where('id', 'in', boothIds)
    .execute();
  if (booths.length !== new Set(boothIds).size) throw new AppError('booth.not_found');
  if (booths.some((b) => b.agencyId !== agencyId)) throw new AppError('service.booth_wrong_agency');
}

/**
 * The fields of a PATCH whose value differs from the row's: only those are written, and only those count as a
 * change of shared data (a form that sends unchanged fields along changes nothing of them).
 */
function changedFields<P extends object>(before: object, patch: P): Partial<P> {
  const row = before as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && !isDeepStrictEqual(row[key], value)) changes[key] = value;
  }
  return changes as Partial<P>;
}

/**
 * A service's booths after a PATCH that names them. An actor whose offering is bound to one site (boundSiteOf)
 * adds and removes that site's booths only: the other sites' offering stays as it is, and naming one of their
 * booths the service does not already have is refused.
 */
async function boothsAfter(
  tx: Tx,
  serviceId: string,
  requested: string[],
  site: string | null,
): Promise<string[]> {
  if (site === null) return requested;
  const current = await tx
    .selectFrom('serviceBooths as sb')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .select(['b.id', 'b.siteId'])
    .where('sb.serviceId', '=', serviceId)
    .execute();
  const named =
    requested.length === 0
      ? []
      : await tx.selectFrom('booths').select(['id', 'siteId']).where('id', 'in', requested).execute();
  const currentIds = new Set(current.map((b) => b.id));
  if (named.some((b) => b.siteId !== site && !currentIds.has(b.id))) throw new AppError('auth.out_of_scope');
  return [
    ...current.filter((b) => b.siteId !== site).map((b) => b.id),
    ...named.filter((b) => b.siteId === site).map((b) => b.id),
  ];
}

async function setServiceBooths(tx: Tx, serviceId: string, boothIds: string[]): Promise<void> {
  await tx.deleteFrom('serviceBooths').where('serviceId', '=', serviceId).execute();
  if (boothIds.length > 0) {
    await tx
      .insertInto('serviceBooths')
      .values([...new Set(boothIds)].map((boothId) => ({ serviceId, boothId })))
      .execute();
  }
}

/** Inside the caller's transaction: used by the API, the importer and the demo seed alike. */
export async function insertService(
  tx: Tx,
  ctx: RequestContext,
  input: ServiceCreateInput,
  now = new Date(),
): Promise<string> {
  await assertBoothsOfAgency(tx, input.agencyId, input.boothIds);
  const { standard, boothIds, effectiveFrom, ...meta } = input;
  // A service belongs to its agency's site (its code is unique there; the composite key holds them equal).
  const agency = await tx
    .selectFrom('agencies')
    .select('siteId')
    .where('id', '=', input.agencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('agency.not_found');
  const service = await tx
    .insertInto('services')
    .values({ ...meta, siteId: agency.siteId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setServiceBooths(tx, service.id, boothIds);
  await insertStandardVersion(tx, service.id, 1, standard, {
    effectiveFrom: effectiveFrom ?? effectiveDate(now, await serviceSiteTimezones(tx, service.id)),
    changeNote: 'Versi awal',
    createdBy: ctx.actor?.userId ?? null,
  });
  await refreshSearchDocuments(tx, { serviceIds: [service.id] });
  await recordAudit(tx, ctx, {
    action: 'service.create',
    entityType: 'service',
    entityId: service.id,
    agencyId: input.agencyId,
    siteId: ctx.actor?.siteId ?? null,
    after: input,
  });
  return service.id;
}

export async function createService(
  db: Database,
  ctx: RequestContext,
  input: ServiceCreateInput,
  now = new Date(),
) {
  const actor = assertMay(ctx, 'catalogue.edit');
  try {
    return await db.transaction().execute(async (tx) => {
      const agency = await tx
        .selectFrom('agencies')
        .select('id')
        .where('id', '=', input.agencyId)
        .executeTakeFirst();
      if (!agency) throw new AppError('agency.not_found');
      await assertMayAgency(tx, ctx, 'catalogue.edit', input.agencyId);
      // A site-bound actor offers a new service at their own site's booths only.
      await assertOwnSiteBooths(tx, actor, input.boothIds);
      return insertService(tx, ctx, input, now);
    });
  } catch (error) {
    if (isUniqueViolation(error, SERVICE_CODE_KEY)) throw new AppError('service.code_taken');
    throw error;
  }
}

export async function updateService(db: Database, ctx: RequestContext, id: string, patch: ServicePatch) {
  const actor = assertMay(ctx, 'catalogue.edit');
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('services')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('service.not_found');
    const { boothIds, ...named } = patch;
    // The service's own fields are shared by every site offering it (see assertSharedServiceData); its booths
    // are each site's own part.
    const fields = changedFields(before, named);
    if (Object.keys(fields).length > 0) await assertSharedServiceData(tx, actor, before);
    else await assertMayAgency(tx, ctx, 'catalogue.edit', before.agencyId);
    let booths: string[] | null = null;
    if (boothIds) {
      await assertBoothsOfAgency(tx, before.agencyId, boothIds);
      booths = await boothsAfter(tx, id, boothIds, boundSiteOf(actor));
      await setServiceBooths(tx, id, booths);
    }
    const after = await tx
      .updateTable('services')
      .set({ ...fields, updatedAt: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshSearchDocuments(tx, { serviceIds: [id] });
    const { searchText: _a, searchCompact: _b, ...beforeShown } = before;
    const { searchText: _c, searchCompact: _d, ...afterShown } = after;
    await recordAudit(tx, ctx, {
      action: fields.active === false ? 'service.deactivate' : 'service.update',
      entityType: 'service',
      entityId: id,
      agencyId: before.agencyId,
      siteId: actor.siteId,
      before: beforeShown,
      after: { ...afterShown, ...(booths ? { boothIds: booths } : {}) },
    });
    return id;
  });
}

/** A change of standard makes a new version; the previous stays in the history. */
export async function changeStandard(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: StandardChangeInput,
  now = new Date(),
) {
  const actor = assertMay(ctx, 'catalogue.edit');
  return db.transaction().execute(async (tx) => {
    // Row lock: two editors saving at once get versions n+1 and a stale-version refusal, never two n+1.
    const service = await tx
      .selectFrom('services')
      .select(['id', 'agencyId', 'currentStandardVersion'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!service) throw new AppError('service.not_found');
    await assertSharedServiceData(tx, actor, service);
    if (input.baseVersion !== service.currentStandardVersion) throw new AppError('standard.stale_version');
    const previous = await getStandardVersion(tx, id, service.currentStandardVersion);
    const version = service.currentStandardVersion + 1;
    await insertStandardVersion(tx, id, version, input.standard, {
      effectiveFrom: input.effectiveFrom ?? effectiveDate(now, await serviceSiteTimezones(tx, id)),
      changeNote: input.changeNote,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'standard.change',
      entityType: 'service',
      entityId: id,
      agencyId: service.agencyId,
      siteId: actor.siteId,
      before: { version: previous.version, standard: previous.standard },
      after: { version, standard: input.standard, changeNote: input.changeNote },
    });
    return version;
  });
}

export async function getStandardVersion(db: Executor, serviceId: string, version: number) {
  const row = await db
    .selectFrom('serviceStandardVersions as v')
    .leftJoin('users as u', 'u.id', 'v.createdBy')
    .select([
      'v.version',
      'v.effectiveFrom',
      'v.changeNote',
      'v.createdAt',
      'u.displayName as createdBy',
      ...standardColumns.map((c) => `v.${c}` as const),
    ])
    .where('v.serviceId', '=', serviceId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) throw new AppError('standard.version_not_found');
  return {
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    changeNote: row.changeNote,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    standard: rowToStandard(row),
  };
}

export async function listStandardVersions(db: Executor, serviceId: string) {
  const rows = await db
    .selectFrom('serviceStandardVersions as v')
    .leftJoin('users as u', 'u.id', 'v.createdBy')
    .select(['v.version', 'v.effectiveFrom', 'v.changeNote', 'v.createdAt', 'u.displayName as createdBy'])
    .where('v.serviceId', '=', serviceId)
    .orderBy('v.version', 'desc')
    .execute();
  if (rows.length === 0) throw new AppError('service.not_found');
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}

export async function getServiceDetail(db: Executor, id: string) {
  const service = await db
    .selectFrom('services as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .select([
      's.id',
      's.code',
      's.name',
      's.category',
      's.description',
      's.keywords',
      's.averageServiceMinutes',
      's.bookable',
      's.dailyQuota',
      's.active',
      's.currentStandardVersion',
      's.siteId',
      's.serviceTypeCode',
      'a.id as agencyId',
      'a.code as agencyCode',
      'a.name as agencyName',
      'a.shortName as agencyShortName',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!service) throw new AppError('service.not_found');
  const [standard, booths] = await Promise.all([
    getStandardVersion(db, id, service.currentStandardVersion),
    db
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('sites as st', 'st.id', 'b.siteId')
      .select([
        'b.id',
        'b.name',
        'b.zone',
        'b.floor',
        'b.queuePrefix',
        'st.id as siteId',
        'st.code as siteCode',
        'st.name as siteName',
      ])
      .where('sb.serviceId', '=', id)
      .where('b.active', '=', true)
      .orderBy('st.name')
      .execute(),
  ]);
  return { service, standard, booths };
}

export async function listCategories(db: Executor, siteId?: string) {
  let q = db
    .selectFrom('services as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .select((eb) => ['s.category', eb.fn.countAll<number>().as('count')])
    .where('s.active', '=', true)
    .where('a.active', '=', true)
    .groupBy('s.category')
    .orderBy('s.category');
  if (siteId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('serviceBooths as sb')
          .innerJoin('booths as b', 'b.id', 'sb.boothId')
          .select('sb.boothId')
          .whereRef('sb.serviceId', '=', 's.id')
          .where('b.siteId', '=', siteId),
      ),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({ category: r.category, count: Number(r.count) }));
}
