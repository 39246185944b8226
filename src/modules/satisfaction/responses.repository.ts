import { sql } from 'kysely';
import type { Executor, Tx } from '../../shared/db/database.ts';
import { ELEMENT_IDS, type ElementId } from './elements.ts';
import type { Answers, Tally } from './ikm.rules.ts';

/**
 * Responses and their rollups, written together: every way a response arrives (the citizen's link, a survey
 * device, a notification's link, a paper import, the demo) goes through recordResponses inside its transaction, so
 * the sums an index reads (survey_rollups) always equal the responses stored.
 */

type Channel = 'online' | 'device' | 'notification' | 'paper';

export interface NewResponse {
  invitationId: string | null;
  importId: string | null;
  channel: Channel;
  siteId: string;
  agencyId: string | null;
  serviceId: string | null;
  boothId: string | null;
  /** The site-local day of service (YYYY-MM-DD): what the response counts under. */
  servedOn: string;
  submittedAt?: Date;
  answers: Answers;
  sex: string | null;
  ageBand: string | null;
  education: string | null;
  occupation: string | null;
  suggestion: string | null;
}

/** Rows per statement: 21 parameters a row keeps a batch under PostgreSQL's 65,535. */
const BATCH = 2000;

/**
 * Inserts the responses and adds them to the day and month rollups of their unit, in one statement per batch.
 * Rollup rows are touched in key order, so two concurrent writers of the same units never wait on each other in a
 * cycle. Must run inside the caller's transaction.
 */
export async function recordResponses(tx: Tx, responses: readonly NewResponse[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < responses.length; start += BATCH) {
    ids.push(...(await recordBatch(tx, responses.slice(start, start + BATCH))));
  }
  return ids;
}

async function recordBatch(tx: Tx, batch: readonly NewResponse[]): Promise<string[]> {
  if (batch.length === 0) return [];
  const rows = batch.map(
    (r) =>
      sql`(${r.invitationId}::uuid, ${r.importId}::uuid, ${r.channel}, ${r.siteId}::uuid, ${r.agencyId}::uuid,
        ${r.serviceId}::uuid, ${r.boothId}::uuid, ${r.servedOn}::date, ${r.submittedAt ?? new Date()}::timestamptz,
        ${sql.join(ELEMENT_IDS.map((id) => sql`${r.answers[id] ?? null}::smallint`))},
        ${r.sex}, ${r.ageBand}, ${r.education}, ${r.occupation}, ${r.suggestion})`,
  );
  const sums = sql.join(
    ELEMENT_IDS.map((_, i) => sql`coalesce(sum(${sql.ref(`u${i + 1}`)}), 0), count(${sql.ref(`u${i + 1}`)})`),
  );
  const sumColumns = sql.raw(ELEMENT_IDS.map((_, i) => `s${i + 1}, n${i + 1}`).join(', '));
  const addSums = sql.raw(
    ELEMENT_IDS.map(
      (_, i) => `s${i + 1} = r.s${i + 1} + EXCLUDED.s${i + 1}, n${i + 1} = r.n${i + 1} + EXCLUDED.n${i + 1}`,
    ).join(', '),
  );
  const result = await sql<{ id: string }>`
    WITH added AS (
      INSERT INTO survey_responses (invitation_id, import_id, channel, site_id, agency_id, service_id, booth_id,
        served_on, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, sex, age_band, education, occupation, suggestion)
      VALUES ${sql.join(rows)}
      RETURNING *
    ), rolled AS (
      INSERT INTO survey_rollups AS r (site_id, grain, period, agency_id, service_id, booth_id, respondents,
        ${sumColumns})
      SELECT a.site_id, g.grain, CASE g.grain WHEN 'day' THEN a.served_on ELSE date_trunc('month', a.served_on)::date END,
        a.agency_id, a.service_id, a.booth_id, count(*), ${sums}
      FROM added a CROSS JOIN (VALUES ('day'), ('month')) AS g (grain)
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (site_id, grain, period, agency_id, service_id, booth_id) DO UPDATE SET
        respondents = r.respondents + EXCLUDED.respondents, ${addSums}
    )
    SELECT id FROM added`.execute(tx);
  return result.rows.map((r) => r.id);
}

/** Which responses an index counts: a site, optionally narrowed to an agency, a service or a booth, over days. */
export interface UnitFilter {
  siteId?: string;
  agencyId?: string;
  serviceId?: string;
  boothId?: string;
  /** Inclusive, site-local days (YYYY-MM-DD). */
  from: string;
  to: string;
}

interface RollupSums {
  respondents: number;
  [column: `s${number}` | `n${number}`]: number;
}

/** The tally of a unit over a range, read from the rollups (see rangeWhere). */
export async function tallyOf(db: Executor, unit: UnitFilter): Promise<Tally> {
  const row = await sql<RollupSums>`
    SELECT ${sumsSelect()} FROM survey_rollups WHERE ${unitWhere(unit)} AND ${rangeWhere(unit.from, unit.to)}`.execute(
    db,
  );
  return tallyFromSums(row.rows[0]);
}

/** What a group of tallies is keyed by: a unit below the one asked for, or the calendar month ('YYYY-MM-01'). */
export type TallyGroup = 'agency' | 'service' | 'booth' | 'month';

/** What rows are grouped by (plain columns: cheap to group), and the key each group is named by (built per group). */
const groupBy = {
  agency: sql`agency_id`,
  service: sql`service_id`,
  booth: sql`booth_id`,
  month: sql`date_trunc('month', period)`,
} as const;
const groupKey = {
  agency: sql`agency_id::text`,
  service: sql`service_id::text`,
  booth: sql`booth_id::text`,
  month: sql`to_char(date_trunc('month', period), 'YYYY-MM-DD')`,
} as const;

/**
 * The tallies of a unit's parts over a range in one statement (the agencies of a site, the services of an agency,
 * the months of a trend; or two keys at once, e.g. every agency's every month, keyed 'agencyId|YYYY-MM-01'), read
 * from the same rollups as tallyOf, so the parts add up to the whole. Responses without the key (a paper form
 * naming no service) are left out of a group by agency, service or booth.
 */
export async function talliesBy(
  db: Executor,
  unit: UnitFilter,
  by: TallyGroup | readonly [TallyGroup, TallyGroup],
): Promise<Map<string, Tally>> {
  const keys = typeof by === 'string' ? [by] : by;
  const key = sql.join(
    keys.map((k) => groupKey[k]),
    sql` || '|' || `,
  );
  const result = await sql<RollupSums & { key: string | null }>`
    SELECT ${key} AS key, ${sumsSelect()}
    FROM survey_rollups WHERE ${unitWhere(unit)} AND ${rangeWhere(unit.from, unit.to)}
    GROUP BY ${sql.join(keys.map((k) => groupBy[k]))}`.execute(db);
  const tallies = new Map<string, Tally>();
  for (const row of result.rows) if (row.key !== null) tallies.set(row.key, tallyFromSums(row));
  return tallies;
}

function sumsSelect() {
  return sql`coalesce(sum(respondents), 0)::int AS respondents,
    ${sql.join(ELEMENT_IDS.map((_, i) => sql`coalesce(sum(${sql.ref(`s${i + 1}`)}), 0)::int AS ${sql.ref(`s${i + 1}`)}, coalesce(sum(${sql.ref(`n${i + 1}`)}), 0)::int AS ${sql.ref(`n${i + 1}`)}`))}`;
}

/**
 * The rollup rows of a range of days: whole months from the month rows, the days at either end from the day rows
 * (a year of a large site is a few thousand rows, not 300,000 responses). Also used for the monitor's served
 * counts (population.ts), whose rollups have the same grains.
 */
export function rangeWhere(from: string, to: string) {
  const { firstFullMonth, afterLastFullMonth } = fullMonths(from, to);
  return firstFullMonth < afterLastFullMonth
    ? sql`((grain = 'month' AND period >= ${firstFullMonth}::date AND period < ${afterLastFullMonth}::date)
        OR (grain = 'day' AND ((period >= ${from}::date AND period < ${firstFullMonth}::date)
          OR (period >= ${afterLastFullMonth}::date AND period <= ${to}::date))))`
    : sql`(grain = 'day' AND period BETWEEN ${from}::date AND ${to}::date)`;
}

function unitWhere(unit: UnitFilter) {
  const parts = [
    unit.siteId === undefined ? null : sql`site_id = ${unit.siteId}::uuid`,
    unit.agencyId === undefined ? null : sql`agency_id = ${unit.agencyId}::uuid`,
    unit.serviceId === undefined ? null : sql`service_id = ${unit.serviceId}::uuid`,
    unit.boothId === undefined ? null : sql`booth_id = ${unit.boothId}::uuid`,
  ].filter((p) => p !== null);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` AND `);
}

/** The first day of the first month wholly inside [from, to], and the first day after the last such month. */
export function fullMonths(from: string, to: string): { firstFullMonth: string; afterLastFullMonth: string } {
  const firstFullMonth = from.endsWith('-01') ? from : monthStart(addMonths(from, 1));
  const afterTo = addDays(to, 1);
  const afterLastFullMonth = afterTo.endsWith('-01') ? afterTo : monthStart(afterTo);
  return { firstFullMonth, afterLastFullMonth };
}

const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

function addMonths(day: string, months: number): string {
  const d = new Date(`${monthStart(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function tallyFromSums(row: RollupSums | undefined): Tally {
  const elements = Object.fromEntries(
    ELEMENT_IDS.map((id, i) => [id, { sum: row?.[`s${i + 1}`] ?? 0, answered: row?.[`n${i + 1}`] ?? 0 }]),
  ) as Record<ElementId, { sum: number; answered: number }>;
  return { respondents: row?.respondents ?? 0, elements };
}
