import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { missingComponents } from '../catalogue/catalogue.public.ts';
import { DEFAULT_METHOD, methodWithWeights } from '../satisfaction/satisfaction.public.ts';
import { type HistogramNeed, type Snapshot, type Sums, sumsSelect } from './measures.ts';

/**
 * The national view's reads on the hub: the sites with their "data as of", the month facts summed per site, per site
 * and month, or per province, and the snapshot of what stands now. Read-only; everything is public figures.
 */

/** A site is stale when its last applied heartbeat is older than this (or it has none). */
const STALE_AFTER_MS = 10 * 60_000;

export interface HubSite {
  id: string;
  code: string;
  name: string;
  province: string | null;
  city: string | null;
  generated: boolean;
  dataAsOf: Date | null;
  stale: boolean;
}

export async function hubSites(db: Executor, now: Date): Promise<HubSite[]> {
  const rows = await sql<Omit<HubSite, 'stale'>>`
    SELECT s.id, s.code, s.name, s.province, s.city, g.site_id IS NOT NULL AS generated, h.beat_at AS data_as_of
    FROM public.sites s
    LEFT JOIN public.national_heartbeats h ON h.site_id = s.id
    LEFT JOIN national.generated_sites g ON g.site_id = s.id
    WHERE s.active IS NOT FALSE
    ORDER BY s.name, s.id`.execute(db);
  return rows.rows.map((r) => ({
    ...r,
    stale: r.dataAsOf === null || now.getTime() - new Date(r.dataAsOf).getTime() > STALE_AFTER_MS,
  }));
}

export interface MonthRange {
  /** First days of the first and last months, YYYY-MM-01. */
  from: string;
  to: string;
  /** '*' = all types. */
  type: string;
}

/** The month facts of the range summed per site (with the histograms `needs` names). */
export async function sumsBySite(
  db: Executor,
  range: MonthRange,
  needs: ReadonlySet<HistogramNeed>,
): Promise<Map<string, Sums>> {
  const rows = await sql<Sums & { siteId: string }>`
    SELECT f.site_id, ${sumsSelect(needs)} FROM national.month_facts f
    WHERE f.service_type_code = ${range.type} AND f.month BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY f.site_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.siteId, r]));
}

/** The month facts of the range per site and month ('YYYY-MM'), for the given sites. */
export async function sumsBySiteMonth(
  db: Executor,
  siteIds: readonly string[],
  range: MonthRange,
  needs: ReadonlySet<HistogramNeed>,
): Promise<Map<string, Map<string, Sums>>> {
  const result = new Map<string, Map<string, Sums>>();
  if (siteIds.length === 0) return result;
  const rows = await sql<Sums & { siteId: string; month: string }>`
    SELECT f.site_id, to_char(f.month, 'YYYY-MM') AS month, ${sumsSelect(needs)} FROM national.month_facts f
    WHERE f.site_id = ANY(${[...siteIds]}::uuid[]) AND f.service_type_code = ${range.type}
      AND f.month BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY f.site_id, f.month`.execute(db);
  for (const r of rows.rows) {
    const months = result.get(r.siteId) ?? new Map<string, Sums>();
    months.set(r.month, r);
    result.set(r.siteId, months);
  }
  return result;
}

/** The month facts of the range pooled per province (of the given sites), so percentiles pool exactly. */
export async function sumsByProvince(
  db: Executor,
  siteIds: readonly string[],
  range: MonthRange,
  needs: ReadonlySet<HistogramNeed>,
): Promise<Map<string, Sums>> {
  const rows = await sql<Sums & { province: string }>`
    SELECT coalesce(s.province, '') AS province, ${sumsSelect(needs)} FROM national.month_facts f
    JOIN public.sites s ON s.id = f.site_id
    WHERE f.service_type_code = ${range.type} AND f.month BETWEEN ${range.from}::date AND ${range.to}::date
      AND f.site_id = ANY(${[...siteIds]}::uuid[])
    GROUP BY 1`.execute(db);
  return new Map(rows.rows.map((r) => [r.province, r]));
}

/** National service types with facts in the range: how many sites, how many served. */
export async function serviceTypesIn(db: Executor, range: Omit<MonthRange, 'type'>) {
  const rows = await sql<{ code: string; sites: number; served: number }>`
    SELECT f.service_type_code AS code, count(DISTINCT f.site_id)::int AS sites, sum(f.served)::int AS served
    FROM national.month_facts f
    WHERE f.service_type_code <> '*' AND f.month BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY 1 ORDER BY 1`.execute(db);
  return rows.rows;
}

// ---------- the snapshot: what stands now ----------

/** The standard counts as current when a version was saved in the last 12 months (as the evaluation's evidence). */
const REVIEW_MS = 365 * 86_400_000;
/** Standards and evaluations change a few times a year: read them at most once a minute per hub process. */
const SNAPSHOT_MS = 60_000;
const snapshotCache = new WeakMap<object, { at: number; value: Promise<Map<string, Snapshot>> }>();

async function loadSnapshots(db: Executor, now: Date): Promise<Map<string, Snapshot>> {
  const [standards, evaluations, settings] = await Promise.all([
    sql<{
      siteId: string;
      reviewedAt: Date;
      requirements: unknown;
      procedure: unknown;
      completionTimeAmount: number;
      feeAmount: number | string;
      feeIsFree: boolean;
      product: string;
      complaintChannels: unknown;
      legalBasis: unknown;
      facilities: unknown;
      implementerCompetence: unknown;
      internalSupervision: string;
      implementerCount: number;
      serviceGuarantee: string;
      securityGuarantee: string;
      performanceEvaluation: string;
    }>`
      SELECT DISTINCT ON (b.site_id, s.id) b.site_id, v.created_at AS reviewed_at, v.requirements, v.procedure,
        coalesce(v.completion_time_amount, 0) AS completion_time_amount, coalesce(v.fee_amount, 0) AS fee_amount,
        coalesce(v.fee_is_free, false) AS fee_is_free, coalesce(v.product, '') AS product, v.complaint_channels,
        v.legal_basis, v.facilities, v.implementer_competence,
        coalesce(v.internal_supervision, '') AS internal_supervision,
        coalesce(v.implementer_count, 0) AS implementer_count,
        coalesce(v.service_guarantee, '') AS service_guarantee,
        coalesce(v.security_guarantee, '') AS security_guarantee,
        coalesce(v.performance_evaluation, '') AS performance_evaluation
      FROM public.services s
      JOIN public.service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
      JOIN public.service_booths sb ON sb.service_id = s.id
      JOIN public.booths b ON b.id = sb.booth_id
      WHERE s.active`.execute(db),
    sql<{ siteId: string; total: string; band: { label?: string; zone?: string } | null }>`
      SELECT DISTINCT ON (a.site_id) a.site_id, a.total, a.band FROM public.assessments a
      WHERE a.agency_id IS NULL AND a.booth_id IS NULL AND a.side = 'evaluator'
        AND a.status IN ('submitted', 'closed') AND a.total IS NOT NULL
      ORDER BY a.site_id, a.submitted_at DESC NULLS LAST, a.updated_at DESC`.execute(db),
    sql<{ siteId: string; weights: Record<string, string> }>`
      SELECT site_id, weights FROM public.survey_settings`.execute(db),
  ]);
  const result = new Map<string, Snapshot>();
  const of = (siteId: string): Snapshot => {
    let snap = result.get(siteId);
    if (!snap) {
      snap = { services: 0, standardsCurrent: 0, evaluation: null, surveyMethod: DEFAULT_METHOD };
      result.set(siteId, snap);
    }
    return snap;
  };
  for (const s of standards.rows) {
    const snap = of(s.siteId);
    snap.services++;
    const current = now.getTime() - new Date(s.reviewedAt).getTime() <= REVIEW_MS;
    if (current && missingComponents(s).length === 0) snap.standardsCurrent++;
  }
  for (const e of evaluations.rows) {
    const total = Number(e.total);
    if (!Number.isFinite(total)) continue;
    const zone = e.band?.zone;
    of(e.siteId).evaluation = {
      total,
      count: 1,
      band: e.band?.label ?? null,
      zone: zone === 'green' || zone === 'yellow' || zone === 'red' ? zone : null,
    };
  }
  for (const s of settings.rows) {
    try {
      of(s.siteId).surveyMethod = methodWithWeights(s.weights as Parameters<typeof methodWithWeights>[0]);
    } catch {
      // Weights the site's own rules refuse never reach its figures either: the regulation's default applies.
    }
  }
  return result;
}

/** Per site: standards, latest evaluation and survey weights as they stand (cached for a minute). */
export function siteSnapshots(db: Executor, now: Date): Promise<Map<string, Snapshot>> {
  const hit = snapshotCache.get(db);
  if (hit && Date.now() - hit.at < SNAPSHOT_MS) return hit.value;
  const value = loadSnapshots(db, now);
  snapshotCache.set(db, { at: Date.now(), value });
  value.catch(() => snapshotCache.delete(db));
  return value;
}
