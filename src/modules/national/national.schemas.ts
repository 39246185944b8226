import { z } from 'zod';

/**
 * Request and response schemas of the hub's national view API (national.routes.ts, under /api/national). The web
 * pages and the OpenAPI document are built from these; they stay stable once published.
 */

// ---------- shared pieces ----------

export const measureIds = [
  'served',
  'wait_p50',
  'wait_p90',
  'service_p50',
  'no_show_share',
  'quota_out_days',
  'booths_on_time_share',
  'files_on_time_share',
  'standards_current_share',
  'ikm',
  'complaints_on_time_share',
  'evaluation_score',
] as const;
export type MeasureId = (typeof measureIds)[number];

const units = ['count', 'minutes', 'share', 'days', 'index', 'score'] as const;
const directions = ['higher_better', 'lower_better'] as const;
/** city: 'Kota …'; regency: 'Kabupaten …' (from the site's city name); other: neither. */
const regionKinds = ['city', 'regency', 'other'] as const;
/** By visitors served per month over the period (national/peers.rules.ts). */
const sizeBands = ['small', 'medium', 'large'] as const;

const bilingual = z.object({ id: z.string(), en: z.string() });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const serviceTypeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,59}$/, 'A-Z, 0-9, _ and -');

/** A period of whole months, both ends included; neither: the last 12 months up to this one. */
const periodQuery = {
  from: month.optional().describe('First month, YYYY-MM (default: 11 months before `to`)'),
  to: month.optional().describe('Last month, YYYY-MM (default: this month)'),
};

/** Peer-group filters, shared by the ranking, the type comparison and the province rollup. */
const peerQuery = {
  province: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(regionKinds).optional(),
  size: z.enum(sizeBands).optional(),
};

const periodOut = z.object({ from: month, to: month });

const measureOut = z.object({
  id: z.enum(measureIds),
  label: bilingual,
  definition: bilingual,
  unit: z.enum(units),
  direction: z.enum(directions),
  /** Below this sample the value is not published (null) and the site is not ranked on it. */
  minSample: z.number().int(),
  /** What the sample counts, e.g. tickets called, files finished, respondents. */
  sampleOf: bilingual,
  /** period: summed over the months asked for; snapshot: as it stands now (standards, latest evaluation). */
  kind: z.enum(['period', 'snapshot']),
  /** Whether the measure exists per national service type (the type comparison offers only these). */
  byServiceType: z.boolean(),
});
export const measuresOut = z.object({ measures: z.array(measureOut) });

/** One measure's figure for one site (or type, province). value null: no data or a sample below the minimum. */
const valueOut = z.object({
  value: z.number().nullable(),
  sample: z.number().int(),
  /** The sample reaches the measure's minimum. */
  enough: z.boolean(),
  /** A grade or zone beside the number: IKM grade (A–D), evaluation band; null when none. */
  label: z.string().nullable(),
  /** Evaluation only: the band's zone. */
  zone: z.enum(['green', 'yellow', 'red']).nullable(),
});

const siteRefOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  kind: z.enum(regionKinds),
  sizeBand: z.enum(sizeBands),
  /** Visitors served per month over the period (what the size band is read from). */
  servedPerMonth: z.number(),
  /** Exists only as generated history (the national demo). */
  generated: z.boolean(),
  /** The last heartbeat the hub applied from the site: everything before it has arrived. null: none yet. */
  dataAsOf: z.iso.datetime().nullable(),
  /** No heartbeat for more than 10 minutes (or none): the figures may be behind; never shown as current. */
  stale: z.boolean(),
});

// ---------- GET /national/measures ----------
// (measuresOut above)

// ---------- GET /national/service-types ----------

export const serviceTypesQuery = z.object(periodQuery);
export const serviceTypesOut = z.object({
  period: periodOut,
  types: z.array(
    z.object({
      code: z.string(),
      /** Sites with at least one ticket, file, response or complaint of this type in the period. */
      sites: z.number().int(),
      served: z.number().int(),
    }),
  ),
});

// ---------- GET /national/ranking ----------

export const rankingQuery = z.object({
  measure: z.enum(measureIds),
  ...periodQuery,
  ...peerQuery,
});
const rankedSiteOut = z.object({
  /** 1 = best by the measure's direction; ties share a rank; null when the value is not published. */
  rank: z.number().int().nullable(),
  site: siteRefOut,
  figure: valueOut,
});
export const rankingOut = z.object({
  measure: measureOut,
  period: periodOut,
  filters: z.object({
    province: z.string().nullable(),
    kind: z.enum(regionKinds).nullable(),
    size: z.enum(sizeBands).nullable(),
  }),
  /** Ranked first (best to worst), then the sites without a published value, by name. */
  sites: z.array(rankedSiteOut),
  /** The median of the published values (null when none). */
  median: z.number().nullable(),
});

// ---------- GET /national/sites/:site ----------

export const siteParams = z.object({ site: z.string().trim().min(1).max(60).describe('Site id or code') });
export const profileQuery = z.object(periodQuery);
export const profileOut = z.object({
  site: siteRefOut,
  period: periodOut,
  /** Same region kind and size band: the peers positions and "sites like mine" are taken among. */
  peerGroup: z.object({ kind: z.enum(regionKinds), size: z.enum(sizeBands), sites: z.number().int() }),
  measures: z.array(
    z.object({
      measure: z.enum(measureIds),
      figure: valueOut,
      /** Position among the peer group's published values (1 = best), and how many were ranked. */
      peerRank: z.number().int().nullable(),
      peerRanked: z.number().int(),
      peerMedian: z.number().nullable(),
      nationalMedian: z.number().nullable(),
    }),
  ),
  /** Month by month over the period, the period measures (snapshots have no trend). */
  trend: z.array(
    z.object({
      month,
      values: z.array(z.object({ measure: z.enum(measureIds), value: z.number().nullable() })),
    }),
  ),
  /** Nearest peers of the same kind and size by visitors served (studi banding), with their headline figures. */
  similar: z.array(
    z.object({
      site: siteRefOut,
      values: z.array(z.object({ measure: z.enum(measureIds), value: z.number().nullable() })),
    }),
  ),
});

// ---------- GET /national/service-types/:code/comparison ----------

export const typeParams = z.object({ code: serviceTypeCode });
export const typeComparisonQuery = z.object({
  measure: z.enum(measureIds),
  ...periodQuery,
  ...peerQuery,
});
export const typeComparisonOut = z.object({
  serviceType: z.string(),
  measure: measureOut,
  period: periodOut,
  /** Every site offering the type (with data in the period), ranked as in the ranking. */
  sites: z.array(rankedSiteOut),
  median: z.number().nullable(),
});

// ---------- GET /national/provinces ----------

export const provincesQuery = z.object({ measure: z.enum(measureIds), ...periodQuery });
export const provincesOut = z.object({
  measure: measureOut,
  period: periodOut,
  provinces: z.array(
    z.object({
      province: z.string(),
      sites: z.number().int(),
      staleSites: z.number().int(),
      /** The measure over the province's pooled sums (all its sites' tickets, files… together). */
      figure: valueOut,
      /** The median of its sites' published values. */
      siteMedian: z.number().nullable(),
    }),
  ),
});
