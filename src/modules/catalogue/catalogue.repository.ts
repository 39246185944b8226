import { sql } from 'kysely';
import type { Executor, Tx } from '../../shared/db/database.ts';
import type { ServiceStandardVersionsTable } from '../../shared/db/schema.ts';
import { buildSearchDocument, type ParsedQuery } from './search.rules.ts';
import { type ServiceStandard, standardSchema } from './standard.schemas.ts';

/** SQL of the catalogue: agencies, services, and their versioned standards. */

type StandardRow = Omit<
  { [K in keyof ServiceStandardVersionsTable]: unknown },
  'id' | 'serviceId' | 'version' | 'effectiveFrom' | 'changeNote' | 'createdBy' | 'createdAt'
>;

function standardToRow(s: ServiceStandard) {
  return {
    requirements: JSON.stringify(s.requirements),
    procedure: JSON.stringify(s.procedure),
    completionTimeAmount: s.completionTime.amount,
    completionTimeUnit: s.completionTime.unit,
    completionTimePausesWhenReturned: s.completionTime.pausesWhenReturned ?? true,
    feeAmount: s.fee.amount,
    feeIsFree: s.fee.isFree,
    feeLegalBasis: s.fee.legalBasis,
    feeNote: s.fee.note,
    product: s.product,
    complaintChannels: JSON.stringify(s.complaintChannels),
    legalBasis: JSON.stringify(s.legalBasis),
    facilities: JSON.stringify(s.facilities),
    implementerCompetence: JSON.stringify(s.implementerCompetence),
    internalSupervision: s.internalSupervision,
    implementerCount: s.implementerCount,
    serviceGuarantee: s.serviceGuarantee,
    securityGuarantee: s.securityGuarantee,
    performanceEvaluation: s.performanceEvaluation,
  } satisfies Record<keyof StandardRow, unknown>;
}

export function rowToStandard(r: Record<keyof StandardRow, unknown>): ServiceStandard {
  return standardSchema.parse({
    requirements: r.requirements,
    procedure: r.procedure,
    completionTime: {
      amount: r.completionTimeAmount,
      unit: r.completionTimeUnit,
      // Absent means "pauses" (the default); only the exception is spelled out.
      ...(r.completionTimePausesWhenReturned === false ? { pausesWhenReturned: false } : {}),
    },
    fee: { amount: Number(r.feeAmount), isFree: r.feeIsFree, legalBasis: r.feeLegalBasis, note: r.feeNote },
    product: r.product,
    complaintChannels: r.complaintChannels,
    legalBasis: r.legalBasis,
    facilities: r.facilities,
    implementerCompetence: r.implementerCompetence,
    internalSupervision: r.internalSupervision,
    implementerCount: r.implementerCount,
    serviceGuarantee: r.serviceGuarantee,
    securityGuarantee: r.securityGuarantee,
    performanceEvaluation: r.performanceEvaluation,
  });
}

export const standardColumns = [
  'requirements',
  'procedure',
  'completionTimeAmount',
  'completionTimeUnit',
  'completionTimePausesWhenReturned',
  'feeAmount',
  'feeIsFree',
  'feeLegalBasis',
  'feeNote',
  'product',
  'complaintChannels',
  'legalBasis',
  'facilities',
  'implementerCompetence',
  'internalSupervision',
  'implementerCount',
  'serviceGuarantee',
  'securityGuarantee',
  'performanceEvaluation',
] as const;

export async function insertStandardVersion(
  tx: Tx,
  serviceId: string,
  version: number,
  standard: ServiceStandard,
  meta: { effectiveFrom: string; changeNote: string; createdBy: string | null },
): Promise<void> {
  await tx
    .insertInto('serviceStandardVersions')
    .values({ serviceId, version, ...meta, ...standardToRow(standard) })
    .execute();
  await tx
    .updateTable('services')
    .set({ currentStandardVersion: version, updatedAt: new Date() })
    .where('id', '=', serviceId)
    .execute();
}

/** The timezones of the sites whose booths offer the service (its standard's days are counted there). */
export async function serviceSiteTimezones(db: Executor, serviceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('serviceBooths as sb')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .innerJoin('sites as s', 's.id', 'b.siteId')
    .select('s.timezone')
    .distinct()
    .where('sb.serviceId', '=', serviceId)
    .execute();
  return rows.map((r) => r.timezone);
}

/** Recomputes the search document of the given services (or all of an agency's, after a rename). */
export async function refreshSearchDocuments(
  db: Executor,
  filter: { serviceIds?: string[]; agencyId?: string },
): Promise<void> {
  let query = db
    .selectFrom('services')
    .innerJoin('agencies', 'agencies.id', 'services.agencyId')
    .select([
      'services.id',
      'services.name',
      'services.code',
      'services.category',
      'services.keywords',
      'agencies.name as agencyName',
      'agencies.shortName as agencyShortName',
    ]);
  if (filter.serviceIds) {
    if (filter.serviceIds.length === 0) return;
    query = query.where('services.id', 'in', filter.serviceIds);
  }
  if (filter.agencyId) query = query.where('services.agencyId', '=', filter.agencyId);
  const rows = await query.execute();
  if (rows.length === 0) return;
  const docs = rows.map((r) => ({ id: r.id, ...buildSearchDocument(r) }));
  // One statement for the whole batch: imports refresh hundreds at once.
  await sql`
    UPDATE services AS s SET search_text = d.search_text, search_compact = d.search_compact
    FROM jsonb_to_recordset(${JSON.stringify(docs.map((d) => ({ id: d.id, search_text: d.searchText, search_compact: d.searchCompact })))}::jsonb)
      AS d(id uuid, search_text text, search_compact text)
    WHERE s.id = d.id`.execute(db);
  const ids = docs.map((d) => d.id);
  const words = docs.flatMap((d) =>
    [...new Set(`${d.searchText} ${d.searchCompact}`.split(' ').filter(Boolean))].map((word) => ({
      id: d.id,
      word,
    })),
  );
  await sql`DELETE FROM service_search_words WHERE service_id = ANY(${ids}::uuid[])`.execute(db);
  await sql`
    INSERT INTO service_search_words (service_id, word)
    SELECT w.id, w.word FROM jsonb_to_recordset(${JSON.stringify(words)}::jsonb) AS w(id uuid, word text)`.execute(
    db,
  );
  await sql`
    INSERT INTO search_vocabulary (word)
    SELECT DISTINCT w.word FROM jsonb_to_recordset(${JSON.stringify(words)}::jsonb) AS w(word text)
    ON CONFLICT DO NOTHING`.execute(db);
}

export interface ServiceFilters {
  agencyId?: string | undefined;
  siteId?: string | undefined;
  category?: string | undefined;
  includeInactive?: boolean;
}

function filterSql(f: ServiceFilters) {
  const parts = [sql`true`];
  if (!f.includeInactive) parts.push(sql`s.active AND a.active`);
  if (f.agencyId) parts.push(sql`s.agency_id = ${f.agencyId}`);
  if (f.category) parts.push(sql`s.category = ${f.category}`);
  if (f.siteId) {
    parts.push(sql`EXISTS (SELECT 1 FROM service_booths sb JOIN booths b ON b.id = sb.booth_id
                           WHERE sb.service_id = s.id AND b.site_id = ${f.siteId} AND b.active)`);
  }
  return sql.join(parts, sql` AND `);
}

export interface ServiceSummaryRow {
  id: string;
  code: string;
  name: string;
  category: string;
  description: string;
  bookable: boolean;
  dailyQuota: number | null;
  active: boolean;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  agencyShortName: string;
  completionTimeAmount: number;
  completionTimeUnit: string;
  feeAmount: number;
  feeIsFree: boolean;
  total: number;
}

const summarySelect = sql`
  s.id, s.code, s.name, s.category, s.description, s.bookable, s.daily_quota AS "dailyQuota", s.active,
  a.id AS "agencyId", a.code AS "agencyCode", a.name AS "agencyName", a.short_name AS "agencyShortName",
  v.completion_time_amount AS "completionTimeAmount", v.completion_time_unit AS "completionTimeUnit",
  v.fee_amount AS "feeAmount", v.fee_is_free AS "feeIsFree", count(*) OVER () AS total`;

const summaryFrom = sql`
  FROM services s
  JOIN agencies a ON a.id = s.agency_id
  JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version`;

/**
 * Typo-tolerant search. Each query word (in its typed and stemmed forms) is looked up in the vocabulary by
 * trigram similarity (pg_trgm `%`, GIN index); a service matches when every query word matched one of its
 * words, or when the whole query without spaces matched its compact name ("aktakelahiran"). Ranked by the
 * summed similarity, names starting with the first word first.
 */
export function searchServicesSql(
  query: ParsedQuery,
  filters: ServiceFilters,
  page: { limit: number; offset: number },
) {
  const forms = query.words.flatMap((w, i) => w.forms.map((form) => ({ idx: i, form })));
  forms.push({ idx: -1, form: query.compact });
  return sql<ServiceSummaryRow>`
    WITH q(idx, form) AS (
      -- A VALUES list, so the planner knows how few rows there are and walks the indexes.
      VALUES ${sql.join(forms.map((f) => sql`(${f.idx}::int, ${f.form}::text)`))}
    ), matched AS (
      SELECT q.idx, w.service_id, max(similarity(v.word, q.form)) AS sim
      FROM q
      JOIN search_vocabulary v ON v.word % q.form
      JOIN service_search_words w ON w.word = v.word
      GROUP BY q.idx, w.service_id
    ), hits AS (
      SELECT service_id, sum(sim) AS score FROM matched
      GROUP BY service_id
      HAVING count(*) FILTER (WHERE idx >= 0) = ${query.words.length} OR bool_or(idx = -1)
    )
    SELECT ${summarySelect}
    FROM hits h
    JOIN services s ON s.id = h.service_id
    JOIN agencies a ON a.id = s.agency_id
    JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
    WHERE ${filterSql(filters)}
    ORDER BY h.score + CASE WHEN lower(s.name) LIKE ${`${query.words[0]?.forms[0] ?? ''}%`} THEN 0.5 ELSE 0 END DESC, s.name
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export async function searchServices(
  db: Executor,
  query: ParsedQuery,
  filters: ServiceFilters,
  page: { limit: number; offset: number },
): Promise<ServiceSummaryRow[]> {
  return (await searchServicesSql(query, filters, page).execute(db)).rows;
}

export async function listServices(
  db: Executor,
  filters: ServiceFilters,
  page: { limit: number; offset: number },
): Promise<ServiceSummaryRow[]> {
  const result = await sql<ServiceSummaryRow>`
    SELECT ${summarySelect}
    ${summaryFrom}
    WHERE ${filterSql(filters)}
    ORDER BY a.short_name, s.name
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return result.rows;
}
