import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import type { ElementId } from './elements.ts';
import type { SurveyMethod } from './ikm.rules.ts';

/** SQL of survey periods, their follow-up plans, the site's weights, and what the report and export read. */

export interface SiteRow {
  id: string;
  code: string;
  name: string;
  city: string;
  province: string;
  timezone: string;
}

const siteColumns = ['id', 'code', 'name', 'city', 'province', 'timezone'] as const;

export const siteById = (db: Executor, id: string): Promise<SiteRow> =>
  db.selectFrom('sites').select(siteColumns).where('id', '=', id).executeTakeFirstOrThrow();

// ---------- the site's weights ----------

export async function siteWeights(db: Executor, siteId: string): Promise<Record<string, string> | null> {
  const row = await db
    .selectFrom('surveySettings')
    .select('weights')
    .where('siteId', '=', siteId)
    .executeTakeFirst();
  return row?.weights ?? null;
}

export async function saveSiteWeights(
  db: Executor,
  siteId: string,
  weights: Record<string, string> | null,
  userId: string | null,
): Promise<void> {
  if (weights === null) {
    await db.deleteFrom('surveySettings').where('siteId', '=', siteId).execute();
    return;
  }
  const json = JSON.stringify(weights);
  await db
    .insertInto('surveySettings')
    .values({ siteId, weights: json, updatedBy: userId })
    .onConflict((oc) =>
      oc.column('siteId').doUpdateSet({ weights: json, updatedBy: userId, updatedAt: new Date() }),
    )
    .execute();
}

// ---------- periods ----------

export interface PeriodRow {
  id: string;
  siteId: string;
  label: string;
  startsOn: string;
  endsOn: string;
  method: SurveyMethod;
}

const periodColumns = ['id', 'siteId', 'label', 'startsOn', 'endsOn', 'method'] as const;

export const periodById = (db: Executor, id: string, lock = false): Promise<PeriodRow | undefined> => {
  const query = db.selectFrom('surveyPeriods').select(periodColumns).where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};

export const periodsOfSite = (db: Executor, siteId: string): Promise<PeriodRow[]> =>
  db
    .selectFrom('surveyPeriods')
    .select(periodColumns)
    .where('siteId', '=', siteId)
    .orderBy('startsOn', 'desc')
    .orderBy('endsOn', 'desc')
    .execute();

/** The site's period that ended last before this one starts: its plan's status shows in this period's report. */
export const previousPeriod = (db: Executor, period: PeriodRow): Promise<PeriodRow | undefined> =>
  db
    .selectFrom('surveyPeriods')
    .select(periodColumns)
    .where('siteId', '=', period.siteId)
    .where('endsOn', '<', period.startsOn)
    .orderBy('endsOn', 'desc')
    .limit(1)
    .executeTakeFirst();

export async function insertPeriod(
  db: Executor,
  row: Omit<PeriodRow, 'id'> & { createdBy: string | null },
): Promise<PeriodRow | undefined> {
  return db
    .insertInto('surveyPeriods')
    .values({ ...row, method: JSON.stringify(row.method) })
    .onConflict((oc) => oc.columns(['siteId', 'startsOn', 'endsOn']).doNothing())
    .returning(periodColumns)
    .executeTakeFirst();
}

export const updatePeriod = (
  db: Executor,
  id: string,
  changes: Partial<Pick<PeriodRow, 'label' | 'startsOn' | 'endsOn'>>,
): Promise<PeriodRow> =>
  db
    .updateTable('surveyPeriods')
    .set(changes)
    .where('id', '=', id)
    .returning(periodColumns)
    .executeTakeFirstOrThrow();

export const deletePeriod = (db: Executor, id: string) =>
  db.deleteFrom('surveyPeriods').where('id', '=', id).execute();

/** Whether another period of the site has these exact dates (the table keeps them unique). */
export const sameDates = (db: Executor, siteId: string, startsOn: string, endsOn: string, except: string) =>
  db
    .selectFrom('surveyPeriods')
    .select('id')
    .where('siteId', '=', siteId)
    .where('startsOn', '=', startsOn)
    .where('endsOn', '=', endsOn)
    .where('id', '<>', except)
    .executeTakeFirst();

// ---------- follow-ups ----------

export interface FollowUpRow {
  id: string;
  periodId: string;
  element: ElementId;
  action: string;
  owner: string;
  dueOn: string;
  status: 'planned' | 'in_progress' | 'done' | 'dropped';
  statusNote: string | null;
}

const followUpColumns = [
  'id',
  'periodId',
  'element',
  'action',
  'owner',
  'dueOn',
  'status',
  'statusNote',
] as const;

export const followUpsOf = (db: Executor, periodId: string): Promise<FollowUpRow[]> =>
  db
    .selectFrom('surveyFollowUps')
    .select(followUpColumns)
    .where('periodId', '=', periodId)
    .orderBy('dueOn')
    .orderBy('createdAt')
    .execute() as Promise<FollowUpRow[]>;

export async function followUpCounts(db: Executor, periodIds: string[]): Promise<Map<string, number>> {
  if (periodIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('surveyFollowUps')
    .select(['periodId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('periodId', 'in', periodIds)
    .groupBy('periodId')
    .execute();
  return new Map(rows.map((r) => [r.periodId, Number(r.n)]));
}

export const followUpById = (db: Executor, id: string): Promise<FollowUpRow | undefined> =>
  db
    .selectFrom('surveyFollowUps')
    .select(followUpColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst() as Promise<FollowUpRow | undefined>;

export const insertFollowUp = (
  db: Executor,
  row: Pick<FollowUpRow, 'periodId' | 'element' | 'action' | 'owner' | 'dueOn'> & {
    createdBy: string | null;
  },
): Promise<FollowUpRow> =>
  db
    .insertInto('surveyFollowUps')
    .values(row)
    .returning(followUpColumns)
    .executeTakeFirstOrThrow() as Promise<FollowUpRow>;

export const updateFollowUp = (
  db: Executor,
  id: string,
  changes: Partial<Pick<FollowUpRow, 'action' | 'owner' | 'dueOn' | 'status' | 'statusNote'>>,
): Promise<FollowUpRow> =>
  db
    .updateTable('surveyFollowUps')
    .set({ ...changes, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(followUpColumns)
    .executeTakeFirstOrThrow() as Promise<FollowUpRow>;

export const deleteFollowUp = (db: Executor, id: string) =>
  db.deleteFrom('surveyFollowUps').where('id', '=', id).execute();

// ---------- what the report reads besides the tally ----------

export interface Range {
  siteId: string;
  from: string;
  to: string;
  agencyId?: string;
  serviceId?: string;
}

export type ProfileField = 'sex' | 'ageBand' | 'education' | 'occupation';

/** How many respondents gave each value of each profile field (null: not given). */
export async function profileCounts(
  db: Executor,
  range: Range,
): Promise<{ field: ProfileField; value: string | null; n: number }[]> {
  const rows = await sql<{ field: ProfileField; value: string | null; n: number }>`
    SELECT f.field, f.value, count(*)::int AS n
    FROM survey_responses r
    CROSS JOIN LATERAL (VALUES ('sex', r.sex), ('ageBand', r.age_band), ('education', r.education),
      ('occupation', r.occupation)) AS f (field, value)
    WHERE r.site_id = ${range.siteId}::uuid AND r.served_on BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY 1, 2`.execute(db);
  return rows.rows;
}

/** The latest suggestions of a range (newest first) and how many there are in all. */
export async function suggestionsOf(
  db: Executor,
  range: Range,
  limit: number,
): Promise<{ total: number; items: { servedOn: string; text: string }[] }> {
  const base = db
    .selectFrom('surveyResponses')
    .where('siteId', '=', range.siteId)
    .where('servedOn', '>=', range.from)
    .where('servedOn', '<=', range.to)
    .where('suggestion', 'is not', null);
  const [count, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['servedOn', 'suggestion'])
      .orderBy('submittedAt', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: items.map((r) => ({ servedOn: String(r.servedOn), text: r.suggestion ?? '' })),
  };
}

export interface ExportRow {
  servedOn: string;
  serviceCode: string | null;
  channel: string;
  u: (number | null)[];
  sex: string | null;
  ageBand: string | null;
  education: string | null;
  occupation: string | null;
  suggestion: string | null;
}

/** The raw answers of a range (and unit), oldest first: anonymous by design (no invitation, ticket or time). */
export async function answersOf(db: Executor, range: Range): Promise<ExportRow[]> {
  let query = db
    .selectFrom('surveyResponses as r')
    .leftJoin('services as s', 's.id', 'r.serviceId')
    .select([
      'r.servedOn',
      's.code as serviceCode',
      'r.channel',
      'r.u1',
      'r.u2',
      'r.u3',
      'r.u4',
      'r.u5',
      'r.u6',
      'r.u7',
      'r.u8',
      'r.u9',
      'r.sex',
      'r.ageBand',
      'r.education',
      'r.occupation',
      'r.suggestion',
    ])
    .where('r.siteId', '=', range.siteId)
    .where('r.servedOn', '>=', range.from)
    .where('r.servedOn', '<=', range.to);
  if (range.agencyId) query = query.where('r.agencyId', '=', range.agencyId);
  if (range.serviceId) query = query.where('r.serviceId', '=', range.serviceId);
  const rows = await query.orderBy('r.servedOn').orderBy('r.submittedAt').orderBy('r.id').execute();
  return rows.map((r) => ({
    servedOn: String(r.servedOn),
    serviceCode: r.serviceCode,
    channel: r.channel,
    u: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9],
    sex: r.sex,
    ageBand: r.ageBand,
    education: r.education,
    occupation: r.occupation,
    suggestion: r.suggestion,
  }));
}

// ---------- paper import ----------

export interface ServiceAtSite {
  serviceId: string;
  agencyId: string;
  boothId: string;
}

/**
 * The services with these codes offered at the site, each with its booth there (the first by name when a
 * service has several booths at one site: the response counts for the service either way).
 */
export async function servicesAtSite(
  db: Executor,
  siteId: string,
  codes: string[],
): Promise<Map<string, ServiceAtSite>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('services as s')
    .innerJoin('serviceBooths as sb', 'sb.serviceId', 's.id')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .select(['s.code', 's.id as serviceId', 's.agencyId', 'b.id as boothId'])
    .where('b.siteId', '=', siteId)
    .where('s.code', 'in', codes)
    .orderBy('s.code')
    // Codes are unique per owning site: the site's own service first, should a booth there offer another's.
    .orderBy(sql`s.site_id = ${siteId}`, 'desc')
    .orderBy('b.name')
    .orderBy('b.id')
    .execute();
  const map = new Map<string, ServiceAtSite>();
  for (const r of rows) {
    if (!map.has(r.code))
      map.set(r.code, { serviceId: r.serviceId, agencyId: r.agencyId, boothId: r.boothId });
  }
  return map;
}

/** A service by id or code, with its booth at the site (undefined when it is not offered there). */
export async function serviceRef(
  db: Executor,
  siteId: string,
  ref: string,
): Promise<(ServiceAtSite & { code: string }) | undefined> {
  const byId = /^[0-9a-f-]{36}$/i.test(ref);
  return db
    .selectFrom('services as s')
    .innerJoin('serviceBooths as sb', 'sb.serviceId', 's.id')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .select(['s.code', 's.id as serviceId', 's.agencyId', 'b.id as boothId'])
    .where('b.siteId', '=', siteId)
    .where(byId ? 's.id' : 's.code', '=', byId ? ref : ref.toUpperCase())
    .orderBy(sql`s.site_id = ${siteId}`, 'desc')
    .orderBy('b.name')
    .orderBy('b.id')
    .executeTakeFirst();
}

export const insertImport = (
  db: Executor,
  row: { siteId: string; fileName: string; rows: number; importedBy: string | null },
) => db.insertInto('surveyImports').values(row).returning('id').executeTakeFirstOrThrow();
