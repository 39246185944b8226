import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import type { DB } from '../../shared/db/schema.ts';
import { servedBy, servedPerService } from '../satisfaction/satisfaction.public.ts';
import { siteWorkingCalendar } from '../sites/sites.public.ts';
import { stageState } from './complaint-deadlines.rules.ts';
import { FINAL_STATUSES } from './complaint-status.rules.ts';
import { byMonth, type MeasureRow, type OpenRow, openNow, perThousand, summarize } from './measures.rules.ts';

/**
 * The measures of complaints of a unit (a site, an agency at it, a booth, a service) over a period of site-local
 * days of receipt (received_on), and the live list of late complaints. Read-only, unscoped: the caller has
 * checked who may read what (measures.service.ts for the routes; the evaluation capability and the national view
 * through complaints.public.ts). What is counted, and how, is in measures.rules.ts.
 *
 * Visitors (the per-1,000 rate's denominator) are the floor's served visits of the same unit and days, as the
 * satisfaction index's population counts them (satisfaction/population.ts, reused through its public file): the
 * monitor's rollups for a site, agency or booth, the finished tickets themselves for a service.
 */

export interface MeasureFilter {
  siteId: string;
  agencyId?: string | undefined;
  boothId?: string | undefined;
  serviceId?: string | undefined;
  /** Inclusive site-local days of receipt. */
  from: string;
  to: string;
}

/** The rows of a breakdown: the agencies of a site, the booths, or the services. */
export type Breakdown = 'agency' | 'booth' | 'service';

type UnitFilter = Omit<MeasureFilter, 'from' | 'to'> & { siteId?: string | undefined };

/** The unit's complaints: every field given narrows (a site, an agency, a booth, a service). */
function unitWhere(eb: ExpressionBuilder<DB, 'complaints'>, f: UnitFilter) {
  const all: Expression<SqlBool>[] = [];
  if (f.siteId !== undefined) all.push(eb('siteId', '=', f.siteId));
  if (f.agencyId !== undefined) all.push(eb('agencyId', '=', f.agencyId));
  if (f.boothId !== undefined) all.push(eb('boothId', '=', f.boothId));
  if (f.serviceId !== undefined) all.push(eb('serviceId', '=', f.serviceId));
  return eb.and(all);
}

async function periodRows(db: Executor, f: MeasureFilter): Promise<MeasureRow[]> {
  const rows = await db
    .selectFrom('complaints')
    .select([
      'kind',
      'channel',
      'status',
      'subject',
      'agencyId',
      'boothId',
      'serviceId',
      'receivedOn',
      'receivedAt',
      'answeredAt',
      'answeredOnTime',
      'citizenRating',
    ])
    .where('receivedOn', '>=', f.from)
    .where('receivedOn', '<=', f.to)
    .where((eb) => unitWhere(eb, f))
    .execute();
  return rows.map((r) => ({ ...r, receivedOn: String(r.receivedOn).slice(0, 10) }));
}

async function openRows(db: Executor, f: UnitFilter) {
  return db
    .selectFrom('complaints')
    .select(['status', 'stageDueAt', 'stageAtRiskAt', 'agencyId', 'boothId', 'serviceId'])
    .where('status', 'not in', [...FINAL_STATUSES])
    .where((eb) => unitWhere(eb, f))
    .execute();
}

/** Served visits of the unit and period, and of each part of the breakdown. */
async function visitorsOf(db: Executor, f: MeasureFilter, by: Breakdown, keys: readonly string[]) {
  const site = await siteWorkingCalendar(db, f.siteId);
  const range = { from: f.from, to: f.to };
  const unit = {
    siteId: f.siteId,
    ...(f.agencyId ? { agencyId: f.agencyId } : {}),
    ...(f.boothId ? { boothId: f.boothId } : {}),
    ...range,
  };
  const booth = f.boothId ? { boothId: f.boothId } : {};
  const total = f.serviceId
    ? ((await servedPerService(db, site.site, [f.serviceId], { ...range, ...booth })).get(f.serviceId) ?? 0)
    : ((await servedBy(db, unit, null)).get('') ?? 0);
  const parts =
    by === 'service'
      ? await servedPerService(db, site.site, keys, { ...range, ...booth })
      : await servedBy(db, unit, by);
  return { total, parts };
}

const keyOf = (
  by: Breakdown,
  r: { agencyId: string | null; boothId: string | null; serviceId: string | null },
) => (by === 'agency' ? r.agencyId : by === 'booth' ? r.boothId : r.serviceId);

async function namesOf(db: Executor, by: Breakdown, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; shortName: string | null }>();
  const rows =
    by === 'agency'
      ? await db.selectFrom('agencies').select(['id', 'name', 'shortName']).where('id', 'in', ids).execute()
      : by === 'booth'
        ? await db
            .selectFrom('booths')
            .select(['id', 'name', 'name as shortName'])
            .where('id', 'in', ids)
            .execute()
        : await db
            .selectFrom('services')
            .select(['id', 'name', 'code as shortName'])
            .where('id', 'in', ids)
            .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, shortName: r.shortName }]));
}

/**
 * Every measure of a unit and period (see measures.rules.ts), by month for the charts, and one row per agency,
 * booth or service of the unit (`by`) with its own figures and its per-1,000 rate. `now` dates "open now".
 */
export async function complaintMeasures(db: Executor, f: MeasureFilter, now: Date, by: Breakdown) {
  const [{ calendar: cal }, rows, open] = await Promise.all([
    siteWorkingCalendar(db, f.siteId),
    periodRows(db, f),
    openRows(db, { siteId: f.siteId, agencyId: f.agencyId, boothId: f.boothId, serviceId: f.serviceId }),
  ]);
  const summary = summarize(rows, cal);
  const groups = new Map<string, { rows: MeasureRow[]; open: OpenRow[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      g = { rows: [], open: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of rows) {
    const key = keyOf(by, r);
    if (key) group(key).rows.push(r);
  }
  for (const r of open) {
    const key = keyOf(by, r);
    if (key) group(key).open.push(r);
  }
  const keys = [...groups.keys()];
  const [visitors, names] = await Promise.all([visitorsOf(db, f, by, keys), namesOf(db, by, keys)]);
  const parts = keys
    .map((id) => {
      const g = groups.get(id) as { rows: MeasureRow[]; open: OpenRow[] };
      const s = summarize(g.rows, cal);
      const served = visitors.parts.get(id) ?? 0;
      return {
        kind: by,
        id,
        name: names.get(id)?.name ?? '—',
        shortName: names.get(id)?.shortName ?? null,
        received: s.received,
        complaints: s.complaints,
        answered: s.answered,
        timeToAnswer: s.timeToAnswer,
        rating: { count: s.rating.count, mean: s.rating.mean },
        now: openNow(g.open, now),
        visitors: served,
        perThousand: perThousand(s.complaints, served),
      };
    })
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'id'));
  return {
    period: { from: f.from, to: f.to },
    at: now,
    ...summary,
    now: openNow(open, now),
    visitors: visitors.total,
    perThousand: perThousand(summary.complaints, visitors.total),
    months: byMonth(rows, f.from, f.to),
    by,
    parts,
  };
}

/**
 * The open complaints whose current stage is past its deadline at `now` (stageState 'late': not postponed, not
 * waiting for the citizen's reply), oldest deadline first: what the late list, the evaluation capability and the
 * national view read. No text, no identity: where it is, what kind, which stage, how late.
 */
export async function openLateComplaints(db: Executor, filter: UnitFilter, now: Date) {
  const rows = await db
    .selectFrom('complaints')
    .select([
      'id',
      'siteId',
      'trackingCode',
      'kind',
      'channel',
      'status',
      'subject',
      'agencyId',
      'boothId',
      'serviceId',
      'receivedAt',
      'stageDueAt',
      'stageAtRiskAt',
      'answerDueAt',
    ])
    .where('status', 'not in', [...FINAL_STATUSES, 'postponed', 'answered'])
    .where('stageDueAt', '<', now)
    .where((eb) => unitWhere(eb, filter))
    .orderBy('stageDueAt')
    .orderBy('id')
    .execute();
  return rows
    .filter((r) => stageState(r, now) === 'late')
    .map((r) => ({
      ...r,
      stageDueAt: r.stageDueAt as Date,
      lateHours: Math.floor((now.getTime() - (r.stageDueAt as Date).getTime()) / 3_600_000),
    }));
}
