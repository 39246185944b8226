import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { localDateTime, siteByIdOrCode, siteSchedules } from '../sites/sites.public.ts';
import { boothAttendance } from './attendance.rules.ts';

/** A site, or an agency or one booth at it: whose booths and counters are counted. */
export interface FloorUnit {
  siteId: string;
  agencyId: string | null;
  boothId: string | null;
}

export interface AttendanceOverPeriod {
  /** Days the site was open in the period (its hours, special periods and closures). */
  openDays: number;
  /** Booth × open day: each judged by boothAttendance (first counter opened within 15 minutes of opening). */
  boothDays: number;
  onTime: number;
  late: number;
  neverOpened: number;
  /** Active counter × open day, and those someone opened that day. */
  counterDays: number;
  staffedCounterDays: number;
}

/**
 * Did the unit's booths open on time, and were its counters staffed, day by day over a period (inclusive
 * site-local days, at most a year)? The same rule as the manager's sessions page (attendance.rules.ts), over many
 * days: what a monitoring team and the Ombudsman check on a visit. Counters counted are those active now.
 */
export async function attendanceOver(
  db: Executor,
  unit: FloorUnit,
  from: string,
  to: string,
): Promise<AttendanceOverPeriod> {
  const days = Math.min(366, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  const empty = {
    openDays: 0,
    boothDays: 0,
    onTime: 0,
    late: 0,
    neverOpened: 0,
    counterDays: 0,
    staffedCounterDays: 0,
  };
  if (!(days > 0)) return empty;
  const [site, schedules, counters] = await Promise.all([
    siteByIdOrCode(db, unit.siteId),
    siteSchedules(db, unit.siteId, from, days),
    db
      .selectFrom('counters as c')
      .innerJoin('booths as b', 'b.id', 'c.boothId')
      .select(['c.id', 'c.boothId'])
      .where('b.siteId', '=', unit.siteId)
      .where('c.active', '=', true)
      .$if(unit.agencyId !== null, (q) => q.where('b.agencyId', '=', unit.agencyId as string))
      .$if(unit.boothId !== null, (q) => q.where('b.id', '=', unit.boothId as string))
      .execute(),
  ]);
  if (counters.length === 0) return empty;
  const sessions = await db
    .selectFrom('counterSessions')
    .select(['counterId', 'serviceDate', 'startedAt'])
    .where(
      'counterId',
      'in',
      counters.map((c) => c.id),
    )
    .where('serviceDate', '>=', from)
    .where('serviceDate', '<=', to)
    .execute();
  const boothOf = new Map(counters.map((c) => [c.id, c.boothId]));
  const booths = [...new Set(counters.map((c) => c.boothId))];
  const figures = { ...empty };
  for (const day of schedules) {
    if (!day.open || day.date > to) continue;
    figures.openDays++;
    const today = sessions.filter((s) => s.serviceDate === day.date);
    figures.counterDays += counters.length;
    figures.staffedCounterDays += new Set(today.map((s) => s.counterId)).size;
    const times = [
      ...booths.map((boothId) => ({ boothId, startedAt: null })),
      ...today.map((s) => ({
        boothId: boothOf.get(s.counterId) as string,
        startedAt: localDateTime(s.startedAt, site.timezone).time,
      })),
    ];
    for (const b of boothAttendance(times, day.opens)) {
      figures.boothDays++;
      if (b.status === 'on_time') figures.onTime++;
      else if (b.status === 'late') figures.late++;
      else figures.neverOpened++;
    }
  }
  return figures;
}

export interface WaitingOverPeriod {
  /** Tickets of the unit called in the period. */
  called: number;
  /** Minutes from queueing (or issue) to the first call, median and 90th percentile, 1 decimal. */
  p50Minutes: number | null;
  p90Minutes: number | null;
  /** Called within `targetMinutes`. */
  withinTarget: number;
}

/** How long people waited for the unit's counters over a period (inclusive site-local service days). */
export async function waitingOver(
  db: Executor,
  unit: FloorUnit,
  from: string,
  to: string,
  targetMinutes: number,
): Promise<WaitingOverPeriod> {
  const row = await db
    .selectFrom('tickets as t')
    .innerJoin('booths as b', 'b.id', 't.boothId')
    .select(({ fn }) => [
      fn.countAll<string>().as('called'),
      sql<
        number | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.called_at - coalesce(t.queued_at, t.issued_at)) / 60)`.as(
        'p50',
      ),
      sql<
        number | null
      >`percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.called_at - coalesce(t.queued_at, t.issued_at)) / 60)`.as(
        'p90',
      ),
      sql<string>`count(*) FILTER (WHERE t.called_at - coalesce(t.queued_at, t.issued_at) <= make_interval(mins => ${targetMinutes}))`.as(
        'within',
      ),
    ])
    .where('t.siteId', '=', unit.siteId)
    .where('t.serviceDate', '>=', from)
    .where('t.serviceDate', '<=', to)
    .where('t.calledAt', 'is not', null)
    .$if(unit.agencyId !== null, (q) => q.where('b.agencyId', '=', unit.agencyId as string))
    .$if(unit.boothId !== null, (q) => q.where('t.boothId', '=', unit.boothId as string))
    .executeTakeFirstOrThrow();
  const round1 = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
  return {
    called: Number(row.called),
    p50Minutes: round1(row.p50),
    p90Minutes: round1(row.p90),
    withinTarget: Number(row.within),
  };
}
