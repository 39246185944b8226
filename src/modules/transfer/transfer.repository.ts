import type { Executor, Tx } from '../../shared/db/database.ts';
import type { ServiceStandard } from '../catalogue/catalogue.public.ts';
import { rowToStandard, standardColumns } from '../catalogue/catalogue.public.ts';

/** SQL of import and export. Writes of whole services go through the catalogue (insertService). */

export interface AgencyBooth {
  id: string;
  siteId: string;
  siteCode: string;
  prefix: string;
}

/** Active booths of an agency, with their site's code: what a row's 'A' or 'SBY:A' may name. */
export async function agencyBooths(db: Executor, agencyId: string): Promise<AgencyBooth[]> {
  return db
    .selectFrom('booths as b')
    .innerJoin('sites as s', 's.id', 'b.siteId')
    .select(['b.id', 'b.siteId', 's.code as siteCode', 'b.queuePrefix as prefix'])
    .where('b.agencyId', '=', agencyId)
    .where('b.active', '=', true)
    .execute();
}

export interface ExistingService {
  id: string;
  code: string;
  agencyId: string;
  agencyCode: string;
  name: string;
  category: string;
  serviceTypeCode: string | null;
  description: string;
  keywords: string[];
  averageServiceMinutes: number;
  bookable: boolean;
  dailyQuota: number | null;
  active: boolean;
  currentStandardVersion: number;
}

/**
 * The services of the site the file names, locked until the import commits (a concurrent edit waits or is
 * refused). Codes are unique per site: another site's service with the same code is a different service.
 */
export async function lockServicesByCode(
  tx: Tx,
  siteId: string,
  codes: string[],
): Promise<ExistingService[]> {
  if (codes.length === 0) return [];
  return tx
    .selectFrom('services as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .select([
      's.id',
      's.code',
      's.agencyId',
      'a.code as agencyCode',
      's.name',
      's.category',
      's.serviceTypeCode',
      's.description',
      's.keywords',
      's.averageServiceMinutes',
      's.bookable',
      's.dailyQuota',
      's.active',
      's.currentStandardVersion',
    ])
    .where('s.siteId', '=', siteId)
    .where('s.code', 'in', codes)
    .orderBy('s.id')
    .forUpdate('s')
    .execute();
}

/** Current standard of each service. */
export async function currentStandards(
  db: Executor,
  serviceIds: string[],
): Promise<Map<string, ServiceStandard>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('serviceStandardVersions as v')
    .innerJoin('services as s', (join) =>
      join.onRef('s.id', '=', 'v.serviceId').onRef('s.currentStandardVersion', '=', 'v.version'),
    )
    .select(['v.serviceId', ...standardColumns.map((c) => `v.${c}` as const)])
    .where('v.serviceId', 'in', serviceIds)
    .execute();
  return new Map(rows.map((r) => [r.serviceId, rowToStandard(r)]));
}

export async function boothIdsOfServices(
  db: Executor,
  serviceIds: string[],
): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  if (serviceIds.length === 0) return map;
  const rows = await db
    .selectFrom('serviceBooths')
    .select(['serviceId', 'boothId'])
    .where('serviceId', 'in', serviceIds)
    .execute();
  for (const r of rows) {
    const set = map.get(r.serviceId) ?? new Set<string>();
    set.add(r.boothId);
    map.set(r.serviceId, set);
  }
  return map;
}

export async function addServiceBooths(tx: Tx, serviceId: string, boothIds: string[]): Promise<void> {
  if (boothIds.length === 0) return;
  await tx
    .insertInto('serviceBooths')
    .values(boothIds.map((boothId) => ({ serviceId, boothId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface ServiceMeta {
  name: string;
  category: string;
  serviceTypeCode: string | null;
  description: string;
  keywords: string[];
  averageServiceMinutes: number;
  bookable: boolean;
  dailyQuota: number | null;
  active: boolean;
}

export async function updateServiceMeta(tx: Tx, serviceId: string, meta: ServiceMeta): Promise<void> {
  await tx
    .updateTable('services')
    .set({ ...meta, updatedAt: new Date() })
    .where('id', '=', serviceId)
    .execute();
}

// ---------- export ----------

export interface ExportFilter {
  siteId?: string | undefined;
  agencyId?: string | undefined;
}

export async function exportServices(db: Executor, filter: ExportFilter) {
  let q = db
    .selectFrom('services as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .innerJoin('serviceStandardVersions as v', (join) =>
      join.onRef('v.serviceId', '=', 's.id').onRef('v.version', '=', 's.currentStandardVersion'),
    )
    .select([
      's.id',
      's.code',
      's.name',
      's.category',
      's.serviceTypeCode',
      's.description',
      's.keywords',
      's.averageServiceMinutes',
      's.bookable',
      's.dailyQuota',
      'a.id as agencyId',
      'a.code as agencyCode',
      ...standardColumns.map((c) => `v.${c}` as const),
    ])
    .where('s.active', '=', true)
    .where('a.active', '=', true)
    .orderBy('a.code')
    .orderBy('s.code');
  if (filter.agencyId) q = q.where('s.agencyId', '=', filter.agencyId);
  const siteId = filter.siteId;
  if (siteId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('serviceBooths as sb')
          .innerJoin('booths as b', 'b.id', 'sb.boothId')
          .select('sb.boothId')
          .whereRef('sb.serviceId', '=', 's.id')
          .where('b.siteId', '=', siteId)
          .where('b.active', '=', true),
      ),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, standard: rowToStandard(r) }));
}

/** Where each service is offered, as site code + queue prefix (only at the given site, if any). */
export async function exportBooths(db: Executor, serviceIds: string[], siteId?: string) {
  const map = new Map<string, { siteCode: string; prefix: string }[]>();
  if (serviceIds.length === 0) return map;
  let q = db
    .selectFrom('serviceBooths as sb')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .innerJoin('sites as st', 'st.id', 'b.siteId')
    .select(['sb.serviceId', 'st.code as siteCode', 'b.queuePrefix as prefix'])
    .where('sb.serviceId', 'in', serviceIds)
    .where('b.active', '=', true)
    .orderBy('st.code')
    .orderBy('b.queuePrefix');
  if (siteId) q = q.where('b.siteId', '=', siteId);
  for (const r of await q.execute()) {
    const list = map.get(r.serviceId) ?? [];
    list.push({ siteCode: r.siteCode, prefix: r.prefix });
    map.set(r.serviceId, list);
  }
  return map;
}

export async function agenciesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  // With its owning site's code: agency codes are unique per site, so an export of several sites names it.
  return db
    .selectFrom('agencies as a')
    .innerJoin('sites as s', 's.id', 'a.siteId')
    .select([
      'a.id',
      's.code as siteCode',
      'a.code',
      'a.name',
      'a.shortName',
      'a.type',
      'a.website',
      'a.phone',
    ])
    .where('a.id', 'in', ids)
    .orderBy('s.code')
    .orderBy('a.code')
    .execute();
}
