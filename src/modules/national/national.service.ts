import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { DEFAULT_METHOD } from '../satisfaction/satisfaction.public.ts';
import { localDateTime } from '../sites/sites.public.ts';
import {
  emptySums,
  type Figure,
  figureOf,
  type HistogramNeed,
  MEASURES,
  type Measure,
  measureById,
  needsOf,
  presentMeasure,
  type Snapshot,
  type Sums,
} from './measures.ts';
import {
  type HubSite,
  hubSites,
  type MonthRange,
  serviceTypesIn,
  siteSnapshots,
  sumsByProvince,
  sumsBySite,
  sumsBySiteMonth,
} from './national.repository.ts';
import type { MeasureId } from './national.schemas.ts';
import {
  median,
  monthsBetween,
  nearestPeers,
  type RegionKind,
  ranks,
  regionKind,
  type SizeBand,
  shiftMonth,
  sizeBand,
} from './peers.rules.ts';

/**
 * The national view: every site on the same measures (measures.ts) for a period of whole months, ranked within a
 * peer group, a site's profile with trends and "sites like mine", the comparison by national service type, and the
 * province rollup. Public figures, read from the hub's facts; no personal data exists on the hub.
 */

export interface PeriodInput {
  from?: string | undefined;
  to?: string | undefined;
}

export interface PeerFilter {
  province?: string | undefined;
  kind?: RegionKind | undefined;
  size?: SizeBand | undefined;
}

/** The longest period asked at once: three years of months. */
const MAX_MONTHS = 36;
/** The national calendar's month (WIB) when no period is given. */
const NATIONAL_ZONE = 'Asia/Jakarta';
/** "Sites like mine" shown on a profile. */
const SIMILAR = 5;

interface Period {
  from: string;
  to: string;
  months: string[];
}

function resolvePeriod(input: PeriodInput, now: Date): Period {
  const to = input.to ?? localDateTime(now, NATIONAL_ZONE).date.slice(0, 7);
  const from = input.from ?? shiftMonth(to, 11);
  const months = monthsBetween(from, to);
  if (months.length === 0 || months.length > MAX_MONTHS) throw new AppError('national.period_invalid');
  return { from, to, months };
}

const rangeOf = (p: Period, type: string): MonthRange => ({ from: `${p.from}-01`, to: `${p.to}-01`, type });

interface SiteRow extends HubSite {
  kind: RegionKind;
  sizeBand: SizeBand;
  servedPerMonth: number;
  sums: Sums;
  snapshot: Snapshot | null;
}

/** Every site with its all-types sums of the period, its peer-group keys and its snapshot. */
async function siteRows(
  db: Executor,
  period: Period,
  now: Date,
  needs: ReadonlySet<HistogramNeed>,
): Promise<SiteRow[]> {
  const [sites, sums, snapshots] = await Promise.all([
    hubSites(db, now),
    sumsBySite(db, rangeOf(period, '*'), needs),
    siteSnapshots(db, now),
  ]);
  return sites.map((site) => {
    const s = sums.get(site.id) ?? emptySums();
    const servedPerMonth = Math.round((s.served / period.months.length) * 10) / 10;
    return {
      ...site,
      kind: regionKind(site.city),
      sizeBand: sizeBand(servedPerMonth),
      servedPerMonth,
      sums: s,
      snapshot: snapshots.get(site.id) ?? null,
    };
  });
}

function presentSite(s: SiteRow) {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    province: s.province,
    city: s.city,
    kind: s.kind,
    sizeBand: s.sizeBand,
    servedPerMonth: s.servedPerMonth,
    generated: s.generated,
    dataAsOf: s.dataAsOf ? new Date(s.dataAsOf).toISOString() : null,
    stale: s.stale,
  };
}

const inGroup = (s: SiteRow, f: PeerFilter) =>
  (f.province === undefined || (s.province ?? '').toLowerCase() === f.province.toLowerCase()) &&
  (f.kind === undefined || s.kind === f.kind) &&
  (f.size === undefined || s.sizeBand === f.size);

/** Sites with their figures, ranked best first; those without a published value after them, by name. */
function rankSites(measure: Measure, rows: { site: SiteRow; figure: Figure }[]) {
  const positions = ranks(
    rows.map((r) => r.figure.value),
    measure.direction,
  );
  const ranked = rows.map((r, i) => ({
    rank: positions[i] ?? null,
    site: presentSite(r.site),
    figure: r.figure,
  }));
  ranked.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.site.name.localeCompare(b.site.name, 'id'),
  );
  return { sites: ranked, median: median(rows.map((r) => r.figure.value)) };
}

export async function measureDefinitions() {
  return { measures: MEASURES.map(presentMeasure) };
}

export async function ranking(
  db: Executor,
  input: PeriodInput & PeerFilter & { measure: MeasureId },
  now: Date,
) {
  const measure = measureById(input.measure);
  const period = resolvePeriod(input, now);
  const rows = (await siteRows(db, period, now, needsOf([measure]))).filter((s) => inGroup(s, input));
  const figures = rows.map((site) => ({ site, figure: figureOf(measure, site.sums, site.snapshot) }));
  return {
    measure: presentMeasure(measure),
    period: { from: period.from, to: period.to },
    filters: { province: input.province ?? null, kind: input.kind ?? null, size: input.size ?? null },
    ...rankSites(measure, figures),
  };
}

export async function typeComparison(
  db: Executor,
  code: string,
  input: PeriodInput & PeerFilter & { measure: MeasureId },
  now: Date,
) {
  const measure = measureById(input.measure);
  if (!measure.byServiceType) throw new AppError('national.measure_not_by_type');
  const period = resolvePeriod(input, now);
  const [rows, typeSums] = await Promise.all([
    // The sites' own sums only place them in their peer groups (visitors served): no histogram.
    siteRows(db, period, now, new Set()),
    sumsBySite(db, rangeOf(period, code), needsOf([measure])),
  ]);
  // Sites offering the type: those with facts of it in the period. Peer groups stay the sites' own (all types).
  const figures = rows
    .filter((s) => typeSums.has(s.id) && inGroup(s, input))
    .map((site) => ({
      site,
      figure: figureOf(measure, typeSums.get(site.id) ?? emptySums(), site.snapshot),
    }));
  return {
    serviceType: code,
    measure: presentMeasure(measure),
    period: { from: period.from, to: period.to },
    ...rankSites(measure, figures),
  };
}

function findSite(rows: SiteRow[], idOrCode: string): SiteRow {
  const wanted = idOrCode.trim();
  const site = rows.find((s) => s.id === wanted || s.code.toUpperCase() === wanted.toUpperCase());
  if (!site) throw new AppError('national.site_not_found');
  return site;
}

export async function siteProfile(db: Executor, idOrCode: string, input: PeriodInput, now: Date) {
  const period = resolvePeriod(input, now);
  const all = needsOf(MEASURES);
  const rows = await siteRows(db, period, now, all);
  const me = findSite(rows, idOrCode);
  const peers = rows.filter((s) => s.kind === me.kind && s.sizeBand === me.sizeBand);
  const similar = nearestPeers(me, rows, SIMILAR);
  const monthly = await sumsBySiteMonth(db, [me.id], rangeOf(period, '*'), all);
  const periodMeasures = MEASURES.filter((m) => m.kind === 'period');
  // Every site's value of every measure, once (the IKM is exact arithmetic: not cheap to repeat 200 times).
  const values = new Map(rows.map((s) => [s, MEASURES.map((m) => figureOf(m, s.sums, s.snapshot).value)]));
  const measureValue = (s: SiteRow, i: number) => values.get(s)?.[i] ?? null;
  const valuesOf = (s: SiteRow) => MEASURES.map((m, i) => ({ measure: m.id, value: measureValue(s, i) }));
  return {
    site: presentSite(me),
    period: { from: period.from, to: period.to },
    peerGroup: { kind: me.kind, size: me.sizeBand, sites: peers.length },
    measures: MEASURES.map((m, i) => {
      const peerValues = peers.map((s) => measureValue(s, i));
      const position = ranks(peerValues, m.direction)[peers.indexOf(me)] ?? null;
      return {
        measure: m.id,
        figure: figureOf(m, me.sums, me.snapshot),
        peerRank: position,
        peerRanked: peerValues.filter((v) => v !== null).length,
        peerMedian: median(peerValues),
        nationalMedian: median(rows.map((s) => measureValue(s, i))),
      };
    }),
    trend: period.months.map((month) => {
      const sums = monthly.get(me.id)?.get(month) ?? emptySums();
      return {
        month,
        values: periodMeasures.map((m) => ({ measure: m.id, value: figureOf(m, sums, me.snapshot).value })),
      };
    }),
    similar: similar.map((s) => ({ site: presentSite(s), values: valuesOf(s) })),
  };
}

/** The sites' snapshots pooled: services and current standards added, evaluation totals averaged. */
function pooledSnapshot(snapshots: (Snapshot | null)[]): Snapshot | null {
  const present = snapshots.filter((s): s is Snapshot => s !== null);
  if (present.length === 0) return null;
  const evaluated = present.flatMap((s) => (s.evaluation ? [s.evaluation.total] : []));
  const pooled = present[0] as Snapshot;
  return {
    services: present.reduce((n, s) => n + s.services, 0),
    standardsCurrent: present.reduce((n, s) => n + s.standardsCurrent, 0),
    evaluation:
      evaluated.length === 0
        ? null
        : {
            total: evaluated.reduce((a, b) => a + b, 0) / evaluated.length,
            count: evaluated.length,
            band: null,
            zone: null,
          },
    // Pooled answers of sites with different weights: the regulation's equal weights.
    surveyMethod: present.length === 1 ? pooled.surveyMethod : DEFAULT_METHOD,
  };
}

export async function provinces(db: Executor, input: PeriodInput & { measure: MeasureId }, now: Date) {
  const measure = measureById(input.measure);
  const period = resolvePeriod(input, now);
  const needs = needsOf([measure]);
  const rows = await siteRows(db, period, now, needs);
  const pooled = await sumsByProvince(
    db,
    rows.map((s) => s.id),
    rangeOf(period, '*'),
    needs,
  );
  const groups = new Map<string, SiteRow[]>();
  for (const s of rows) {
    const key = s.province ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return {
    measure: presentMeasure(measure),
    period: { from: period.from, to: period.to },
    provinces: [...groups]
      .map(([province, sites]) => ({
        province,
        sites: sites.length,
        staleSites: sites.filter((s) => s.stale).length,
        figure: figureOf(
          measure,
          pooled.get(province) ?? emptySums(),
          pooledSnapshot(sites.map((s) => s.snapshot)),
        ),
        siteMedian: median(sites.map((s) => figureOf(measure, s.sums, s.snapshot).value)),
      }))
      .sort((a, b) => a.province.localeCompare(b.province, 'id')),
  };
}

export async function serviceTypes(db: Executor, input: PeriodInput, now: Date) {
  const period = resolvePeriod(input, now);
  const types = await serviceTypesIn(db, { from: `${period.from}-01`, to: `${period.to}-01` });
  return { period: { from: period.from, to: period.to }, types };
}
