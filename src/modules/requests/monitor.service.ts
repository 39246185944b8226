import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { addCounts, emptyCounts, type RollupCounts, splitPeriod, summarise } from './monitor.rules.ts';
import { formatRequestCode } from './requests.service.ts';

/**
 * The "done and completed" monitor of a site: per agency and booth, for a period of opening days, read from the
 * rollups (whole months from the monthly rows, loose days from the daily ones) plus a live count of late files.
 */

export interface MonitorScope {
  siteId: string;
  /** An agency admin sees only their agency. */
  agencyId: string | null;
}

/**
 * Who may read a site's monitor: its manager, evaluators and national admins; an agency admin for their agency,
 * at their site (policy.rules.ts, monitor.read).
 */
export function monitorScope(ctx: RequestContext, siteId: string): MonitorScope {
  return { siteId, agencyId: siteListOf(ctx, 'monitor.read', siteId).agencyId };
}

function checkPeriod(from: string, to: string): void {
  const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (!(span >= 0 && span <= 732)) throw new AppError('monitor.invalid_period');
}

interface RollupRow {
  boothId: string;
  agencyId: string;
  served: number;
  opened: number;
  completed: number;
  completedOnTime: number;
  rejected: number;
  completionHistogram: number[];
}

async function rollupRows(db: Executor, scope: MonitorScope, from: string, to: string): Promise<RollupRow[]> {
  const { months, days } = splitPeriod(from, to);
  const ranges = days.map(([a, b]) => sql`(grain = 'day' AND period BETWEEN ${a}::date AND ${b}::date)`);
  if (months.length > 0) ranges.push(sql`(grain = 'month' AND period = ANY(${months}::date[]))`);
  if (ranges.length === 0) return [];
  const result = await sql<RollupRow>`
    SELECT booth_id, agency_id, served, opened, completed, completed_on_time, rejected, completion_histogram
    FROM monitor_rollups
    WHERE site_id = ${scope.siteId} ${scope.agencyId ? sql`AND agency_id = ${scope.agencyId}` : sql``}
      AND (${sql.join(ranges, sql` OR `)})`.execute(db);
  return result.rows;
}

/** Open files past their deadline, per booth, among those opened in the period (paused ones are not late). */
async function lateByBooth(db: Executor, scope: MonitorScope, from: string, to: string, now: Date) {
  const result = await sql<{ boothId: string; late: number }>`
    SELECT booth_id, count(*)::int AS late FROM requests
    WHERE site_id = ${scope.siteId} AND done_at IS NULL AND rejected_at IS NULL AND due_at < ${now}
      AND paused_at IS NULL AND opened_on BETWEEN ${from}::date AND ${to}::date
      ${scope.agencyId ? sql`AND agency_id = ${scope.agencyId}` : sql``}
    GROUP BY booth_id`.execute(db);
  return new Map(result.rows.map((r) => [r.boothId, r.late]));
}

export async function siteMonitor(db: Executor, scope: MonitorScope, from: string, to: string, now: Date) {
  checkPeriod(from, to);
  const [rows, late, booths] = await Promise.all([
    rollupRows(db, scope, from, to),
    lateByBooth(db, scope, from, to, now),
    db
      .selectFrom('booths as b')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select(['b.id', 'b.name', 'b.agencyId', 'a.name as agencyName', 'a.shortName as agencyShortName'])
      .where('b.siteId', '=', scope.siteId)
      .$if(scope.agencyId !== null, (q) => q.where('b.agencyId', '=', scope.agencyId as string))
      .execute(),
  ]);
  const byBooth = new Map<string, RollupCounts>();
  for (const r of rows) {
    const counts = byBooth.get(r.boothId) ?? emptyCounts();
    addCounts(counts, { ...r, histogram: r.completionHistogram });
    byBooth.set(r.boothId, counts);
  }
  const total = emptyCounts();
  type BoothFigures = ReturnType<typeof summarise> & { id: string; name: string };
  const agencies = new Map<
    string,
    {
      id: string;
      name: string;
      shortName: string;
      counts: RollupCounts;
      late: number;
      booths: BoothFigures[];
    }
  >();
  let totalLate = 0;
  for (const b of booths) {
    const counts = byBooth.get(b.id) ?? emptyCounts();
    const boothLate = late.get(b.id) ?? 0;
    if (counts.served === 0 && counts.opened === 0 && boothLate === 0) continue;
    let agency = agencies.get(b.agencyId);
    if (!agency) {
      agency = {
        id: b.agencyId,
        name: b.agencyName,
        shortName: b.agencyShortName,
        counts: emptyCounts(),
        late: 0,
        booths: [],
      };
      agencies.set(b.agencyId, agency);
    }
    addCounts(agency.counts, counts);
    agency.late += boothLate;
    agency.booths.push({ id: b.id, name: b.name, ...summarise(counts, boothLate) });
    addCounts(total, counts);
    totalLate += boothLate;
  }
  return {
    period: { from, to },
    totals: summarise(total, totalLate),
    agencies: [...agencies.values()]
      .map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName,
        ...summarise(a.counts, a.late),
        booths: a.booths,
      }))
      .sort((x, y) => y.opened - x.opened || x.name.localeCompare(y.name)),
  };
}

/** Opened and completed per day (periods up to two months) or per month (longer), for the trend chart. */
export async function monitorTrend(db: Executor, scope: MonitorScope, from: string, to: string) {
  checkPeriod(from, to);
  const daily = (Date.parse(to) - Date.parse(from)) / 86_400_000 <= 62;
  const result = await sql<{
    period: string;
    served: number;
    opened: number;
    completed: number;
    completedOnTime: number;
  }>`
    SELECT to_char(period, 'YYYY-MM-DD') AS period, sum(served)::int AS served, sum(opened)::int AS opened,
      sum(completed)::int AS completed, sum(completed_on_time)::int AS completed_on_time
    FROM monitor_rollups
    WHERE site_id = ${scope.siteId} ${scope.agencyId ? sql`AND agency_id = ${scope.agencyId}` : sql``}
      AND grain = ${daily ? 'day' : 'month'}
      AND period BETWEEN ${daily ? from : `${from.slice(0, 7)}-01`}::date AND ${to}::date
    GROUP BY period ORDER BY period`.execute(db);
  return { grain: daily ? 'day' : 'month', points: result.rows };
}

export interface AttentionFilter {
  which: 'late' | 'attention';
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: string | undefined;
  boothId?: string | undefined;
  limit: number;
}

/**
 * Open files that need attention, most overdue first: `late` = past the deadline; `attention` = at risk or late.
 * No personal data: code, service, booth, step and times.
 */
export async function attentionList(db: Executor, scope: MonitorScope, f: AttentionFilter, now: Date) {
  const agencyId = scope.agencyId ?? f.agencyId ?? null;
  const result = await sql<{
    id: string;
    trackingCode: string;
    state: string;
    openedAt: Date;
    dueAt: Date;
    atRiskAt: Date;
    service: string;
    booth: string;
    boothId: string;
    agency: string;
  }>`
    SELECT r.id, r.tracking_code, r.state, r.opened_at, r.due_at, r.at_risk_at, s.name AS service,
      b.name AS booth, b.id AS booth_id, a.short_name AS agency
    FROM requests r
    JOIN services s ON s.id = r.service_id
    JOIN booths b ON b.id = r.booth_id
    JOIN agencies a ON a.id = r.agency_id
    WHERE r.site_id = ${scope.siteId} AND r.done_at IS NULL AND r.rejected_at IS NULL AND r.paused_at IS NULL
      AND ${f.which === 'late' ? sql`r.due_at < ${now}` : sql`r.at_risk_at <= ${now}`}
      ${agencyId ? sql`AND r.agency_id = ${agencyId}` : sql``}
      ${f.boothId ? sql`AND r.booth_id = ${f.boothId}` : sql``}
      ${f.from && f.to ? sql`AND r.opened_on BETWEEN ${f.from}::date AND ${f.to}::date` : sql``}
    ORDER BY r.due_at LIMIT ${f.limit}`.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    code: formatRequestCode(r.trackingCode),
    state: r.state,
    service: r.service,
    booth: r.booth,
    boothId: r.boothId,
    agency: r.agency,
    openedAt: r.openedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    atRiskAt: r.atRiskAt.toISOString(),
    late: r.dueAt < now,
  }));
}

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** The monitor as a workbook: a summary sheet (agency and booth rows) and the late list. Indonesian headers. */
export async function monitorWorkbook(
  db: Executor,
  scope: MonitorScope,
  from: string,
  to: string,
  now: Date,
) {
  const monitor = await siteMonitor(db, scope, from, to, now);
  const late = await attentionList(db, scope, { which: 'late', from, to, limit: 10_000 }, now);
  const book = new ExcelJS.Workbook();
  book.creator = 'Atap';
  const summary = book.addWorksheet('Ringkasan');
  summary.columns = [
    { header: 'Instansi', key: 'agency', width: 34 },
    { header: 'Gerai', key: 'booth', width: 30 },
    { header: 'Pengunjung dilayani', key: 'served', width: 12 },
    { header: 'Permohonan masuk', key: 'opened', width: 12 },
    { header: 'Selesai', key: 'completed', width: 10 },
    { header: 'Selesai tepat waktu', key: 'completedOnTime', width: 12 },
    { header: 'Dalam proses', key: 'inProgress', width: 12 },
    { header: 'Terlambat', key: 'late', width: 10 },
    { header: 'Ditolak', key: 'rejected', width: 10 },
    { header: 'Median penyelesaian (jam)', key: 'median', width: 14 },
    { header: 'Persentil 90 (jam)', key: 'p90', width: 14 },
    { header: 'Terlayani & selesai (%)', key: 'completedShare', width: 14 },
  ];
  summary.getRow(1).font = { bold: true };
  type Row = ReturnType<typeof summarise>;
  const line = (agency: string, booth: string, r: Row) => ({
    agency,
    booth,
    served: r.served,
    opened: r.opened,
    completed: r.completed,
    completedOnTime: r.completedOnTime,
    inProgress: r.inProgress,
    late: r.late,
    rejected: r.rejected,
    median: hours(r.medianMinutes),
    p90: hours(r.p90Minutes),
    completedShare: percent(r.completedShare),
  });
  for (const a of monitor.agencies) {
    summary.addRow(line(a.name, '(semua gerai)', a)).font = { bold: true };
    for (const b of a.booths) summary.addRow(line('', b.name, b));
  }
  summary.addRow(line('Total MPP', '', monitor.totals)).font = { bold: true };
  summary.addRow([]);
  summary.addRow([`Periode: ${from} s.d. ${to} (tanggal permohonan masuk). Dibuat ${now.toISOString()}.`]);
  const lateSheet = book.addWorksheet('Terlambat');
  lateSheet.columns = [
    { header: 'Kode', key: 'code', width: 18 },
    { header: 'Instansi', key: 'agency', width: 16 },
    { header: 'Gerai', key: 'booth', width: 28 },
    { header: 'Layanan', key: 'service', width: 40 },
    { header: 'Tahap', key: 'state', width: 16 },
    { header: 'Masuk', key: 'openedAt', width: 20 },
    { header: 'Batas waktu', key: 'dueAt', width: 20 },
  ];
  lateSheet.getRow(1).font = { bold: true };
  for (const r of late) lateSheet.addRow({ ...r, openedAt: new Date(r.openedAt), dueAt: new Date(r.dueAt) });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Sets the share of the working time after which a request counts as at risk (new deadlines use it); audited. */
export async function setAtRiskShare(db: Database, ctx: RequestContext, siteId: string, atRiskShare: number) {
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('sites')
      .select('requestSettings')
      .where('id', '=', siteId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = { ...before.requestSettings, atRiskShare };
    await tx
      .updateTable('sites')
      .set({ requestSettings: JSON.stringify(after) })
      .where('id', '=', siteId)
      .execute();
    await recordAudit(tx, ctx, {
      action: 'site.request_settings',
      entityType: 'site',
      entityId: siteId,
      siteId,
      before: before.requestSettings,
      after,
    });
  });
}
