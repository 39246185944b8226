import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { compare, div, type Fraction, parseFraction, sub, toNumber } from '../../shared/exact.ts';
import type { InstrumentKind } from './evaluation.tables.ts';
import type { Band } from './scoring.rules.ts';

/**
 * The monitoring team's dashboard of a site: every agency with a booth there side by side on its latest scores per
 * instrument (the evaluators' assessments, submitted or closed), the zone predicted by its latest compliance
 * assessment, its open and overdue findings, and the trend from its previous assessment to its latest with each
 * instrument (did the actions work?). Weakest first — "which agency do we visit next?": the lowest mean of its
 * latest totals, each as a share of its instrument's scale (PEKPPP 0–5 and compliance 0–100 compared fairly);
 * agencies never assessed come after, by name, as they have no score to compare. Unscoped: the caller checks who
 * may read, and narrows to one agency for an agency's staff (evaluation.public.ts gives it to the national view).
 */

type Zone = 'green' | 'yellow' | 'red';
type Trend = 'up' | 'down' | 'same';

interface InstrumentColumn {
  code: string;
  name: string;
  kind: InstrumentKind;
}

interface LatestScore {
  instrumentCode: string;
  assessmentId: string;
  periodTo: string;
  total: string;
  band: Band | null;
  /** The total as a share of its instrument's scale, 0–1. */
  share: number;
  previousTotal: string | null;
  trend: Trend | null;
}

interface DashboardRow {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  latest: LatestScore[];
  zone: Zone | null;
  /** The mean share of the latest totals (0–1); null when never assessed. */
  strength: number | null;
  openFindings: number;
  overdueFindings: number;
}

export interface Dashboard {
  instruments: InstrumentColumn[];
  /** The site's own latest scores (assessments of the site as a whole, e.g. PEKPPP). */
  site: LatestScore[];
  agencies: DashboardRow[];
}

interface ScoredAssessment {
  id: string;
  agencyId: string | null;
  code: string;
  name: string;
  kind: InstrumentKind;
  periodTo: string;
  total: string;
  band: Band | null;
  min: string;
  max: string;
}

const ZERO: Fraction = { n: 0n, d: 1n };
const exact = (v: string): Fraction => parseFraction(v) ?? ZERO;
const share = (a: ScoredAssessment): number =>
  toNumber(div(sub(exact(a.total), exact(a.min)), sub(exact(a.max), exact(a.min))));

const trendOf = (previous: string, latest: string): Trend => {
  const c = compare(exact(latest), exact(previous));
  return c > 0 ? 'up' : c < 0 ? 'down' : 'same';
};

/** Per instrument, the latest and the one before it, from assessments newest first. */
function latestOf(newestFirst: readonly ScoredAssessment[]): LatestScore[] {
  const seen = new Map<string, LatestScore>();
  const counted = new Set<string>();
  for (const a of newestFirst) {
    const latest = seen.get(a.code);
    if (!latest) {
      seen.set(a.code, {
        instrumentCode: a.code,
        assessmentId: a.id,
        periodTo: a.periodTo,
        total: a.total,
        band: a.band,
        share: share(a),
        previousTotal: null,
        trend: null,
      });
    } else if (!counted.has(a.code)) {
      counted.add(a.code);
      latest.previousTotal = a.total;
      latest.trend = trendOf(a.total, latest.total);
    }
  }
  return [...seen.values()];
}

/** Weakest first: the lowest mean share; ties by more overdue findings, then by name; never assessed last. */
function rankAgencies(rows: DashboardRow[]): DashboardRow[] {
  return [...rows].sort((a, b) => {
    if (a.strength === null || b.strength === null)
      return a.strength === b.strength
        ? a.agencyName.localeCompare(b.agencyName, 'id')
        : a.strength === null
          ? 1
          : -1;
    return (
      a.strength - b.strength ||
      b.overdueFindings - a.overdueFindings ||
      a.agencyName.localeCompare(b.agencyName, 'id')
    );
  });
}

export async function evaluationDashboard(
  db: Executor,
  siteId: string,
  options: { now: Date; agencyId?: string | null },
): Promise<Dashboard> {
  let agenciesQuery = db
    .selectFrom('agencies as g')
    .select(['g.id', 'g.name', 'g.shortName'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('booths as b')
          .select('b.id')
          .whereRef('b.agencyId', '=', 'g.id')
          .where('b.siteId', '=', siteId)
          .where('b.active', '=', true),
      ),
    )
    .orderBy('g.name');
  if (options.agencyId) agenciesQuery = agenciesQuery.where('g.id', '=', options.agencyId);
  const [agencies, assessments, findings] = await Promise.all([
    agenciesQuery.execute(),
    db
      .selectFrom('assessments as a')
      .innerJoin('instrumentVersions as v', 'v.id', 'a.instrumentVersionId')
      .innerJoin('instruments as i', 'i.id', 'v.instrumentId')
      .select([
        'a.id',
        'a.agencyId',
        'a.periodTo',
        'a.total',
        'a.band',
        'i.code',
        'i.name',
        'i.kind',
        sql<string>`v.definition->'total'->>'min'`.as('min'),
        sql<string>`v.definition->'total'->>'max'`.as('max'),
      ])
      .where('a.siteId', '=', siteId)
      .where('a.side', '=', 'evaluator')
      .where('a.status', '<>', 'draft')
      .where('a.total', 'is not', null)
      .orderBy('a.periodTo', 'desc')
      .orderBy('a.createdAt', 'desc')
      .orderBy('a.id', 'desc')
      .execute(),
    db
      .selectFrom('findings')
      .select([
        'agencyId',
        (eb) => eb.fn.countAll<string>().as('open'),
        sql<string>`count(*) FILTER (WHERE due_at < ${options.now})`.as('overdue'),
      ])
      .where('siteId', '=', siteId)
      .where('status', '<>', 'closed')
      .where('agencyId', 'is not', null)
      .groupBy('agencyId')
      .execute(),
  ]);
  const scored = assessments.map((a) => ({ ...a, total: a.total as string }));
  const instruments = new Map<string, InstrumentColumn>();
  for (const a of [...scored].reverse())
    instruments.set(a.code, { code: a.code, name: a.name, kind: a.kind });
  const rows = agencies.map((g): DashboardRow => {
    const mine = scored.filter((a) => a.agencyId === g.id);
    const latest = latestOf(mine);
    const compliance = mine.find((a) => a.kind === 'compliance');
    const f = findings.find((x) => x.agencyId === g.id);
    return {
      agencyId: g.id,
      agencyName: g.name,
      agencyShortName: g.shortName,
      latest,
      zone: compliance?.band?.zone ?? null,
      strength: latest.length === 0 ? null : latest.reduce((s, l) => s + l.share, 0) / latest.length,
      openFindings: Number(f?.open ?? 0),
      overdueFindings: Number(f?.overdue ?? 0),
    };
  });
  return {
    instruments: [...instruments.values()].sort((a, b) => a.code.localeCompare(b.code)),
    site: options.agencyId ? [] : latestOf(scored.filter((a) => a.agencyId === null)),
    agencies: rankAgencies(rows),
  };
}
