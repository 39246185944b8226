import { sql } from 'kysely';
import type { Reach } from '../../shared/auth/policy.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type SiteDay, siteDay } from '../sites/sites.public.ts';
import { itineraryMinutes, promisedWaitMinutes } from './estimate.rules.ts';
import { breakMinutesLeft } from './floor.clock.ts';
import { presentTicketEvent } from './floor.presenters.ts';
import { boothLoads, typicalMinutes } from './floor.stats.ts';
import { type Candidate, positionOf } from './ordering.rules.ts';

/** Read models of the floor: the display board, the counter console, the tracking page, the live site page. */

function floorState(day: SiteDay) {
  return {
    siteId: day.site.id,
    siteCode: day.site.code,
    siteName: day.site.name,
    timezone: day.site.timezone,
    date: day.date,
    time: day.time,
    state: day.state,
    opens: day.schedule.opens,
    closes: day.schedule.closes,
    breakLabel: day.currentBreak?.label ?? null,
    breakEnds: day.currentBreak?.ends ?? null,
    note: day.schedule.note,
  };
}

const lastSeq = async (db: Executor, siteId: string) =>
  Number(
    (
      await db
        .selectFrom('siteEventSequences')
        .select('lastSeq')
        .where('siteId', '=', siteId)
        .executeTakeFirst()
    )?.lastSeq ?? 0,
  );

/**
 * The display board: the numbers at the counters now (called or being served; a number finished, transferred or
 * marked a no-show leaves the board with the event that ended it), waiting per booth, and the sequence to resume
 * the live stream from.
 */
export async function boardView(db: Executor, siteIdOrCode: string, now: Date, zone: string | null) {
  const day = await siteDay(db, siteIdOrCode, now);
  const seq = await lastSeq(db, day.site.id);
  const calls = await db
    .selectFrom('tickets as t')
    .innerJoin('booths as b', 'b.id', 't.boothId')
    .innerJoin('counters as c', 'c.id', 't.counterId')
    .innerJoin('services as s', 's.id', 't.serviceId')
    .select([
      't.id as ticketId',
      't.number',
      't.status',
      't.calledAt',
      't.callCount',
      'b.id as boothId',
      'b.name as boothName',
      'b.zone',
      'c.number as counterNumber',
      's.name as serviceName',
    ])
    .where('t.siteId', '=', day.site.id)
    .where('t.serviceDate', '=', day.date)
    .where('t.status', 'in', ['called', 'serving'])
    .$if(zone !== null, (q) => q.where('b.zone', '=', zone as string))
    .orderBy('t.calledAt', 'desc')
    .limit(40)
    .execute();
  const booths = await sql<{
    boothId: string;
    boothName: string;
    zone: string;
    floor: number;
    prefix: string;
    waiting: number;
    serving: number;
    nowServing: string | null;
  }>`
    SELECT b.id AS booth_id, b.name AS booth_name, b.zone, b.floor, b.queue_prefix AS prefix,
      count(t.id) FILTER (WHERE t.status = 'waiting') AS waiting,
      count(t.id) FILTER (WHERE t.status IN ('called', 'serving')) AS serving,
      (array_agg(t.number ORDER BY t.called_at DESC) FILTER (WHERE t.status IN ('called', 'serving')))[1] AS now_serving
    FROM booths b LEFT JOIN tickets t ON t.booth_id = b.id AND t.service_date = ${day.date}
    WHERE b.site_id = ${day.site.id} AND b.active ${zone !== null ? sql`AND b.zone = ${zone}` : sql``}
    GROUP BY b.id ORDER BY b.floor, b.zone, b.name`.execute(db);
  return {
    floor: floorState(day),
    lastEventId: seq,
    calls: calls.map((c) => ({
      ...presentTicketEvent({ id: c.ticketId, ...c }, { name: c.boothName, zone: c.zone }, c.counterNumber),
      boothId: c.boothId,
      callCount: c.callCount,
      serviceName: c.serviceName,
      calledAt: c.calledAt?.toISOString() ?? null,
    })),
    booths: booths.rows.map((b) => ({ ...b, waiting: Number(b.waiting), serving: Number(b.serving) })),
  };
}

async function queueCandidates(
  db: Executor,
  boothId: string,
  date: string,
): Promise<(Candidate & { serviceId: string })[]> {
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'priority', 'booked', 'arrivedAt', 'sequence', 'serviceId'])
    .where('boothId', '=', boothId)
    .where('serviceDate', '=', date)
    .where('status', '=', 'waiting')
    .execute();
  return rows.map((r) => ({ ...r, arrivedAt: r.arrivedAt.getTime() }));
}

/** What the officer at a counter sees. */
export async function consoleView(db: Executor, counterId: string, now: Date) {
  const counter = await db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .select([
      'c.id',
      'c.number',
      'c.label',
      'b.id as boothId',
      'b.name as boothName',
      'b.siteId',
      'b.priorityStreak',
    ])
    .where('c.id', '=', counterId)
    .where('c.active', '=', true)
    .executeTakeFirst();
  if (!counter) throw new AppError('floor.counter_not_found');
  const day = await siteDay(db, counter.siteId, now);
  const session = await db
    .selectFrom('counterSessions as cs')
    .innerJoin('users as u', 'u.id', 'cs.userId')
    .leftJoin('counterBreaks as br', (j) =>
      j.onRef('br.sessionId', '=', 'cs.id').on('br.endedAt', 'is', null),
    )
    .select([
      'cs.id',
      'cs.userId',
      'u.displayName',
      'cs.startedAt',
      'br.startedAt as breakStartedAt',
      'br.reason as breakReason',
    ])
    .where('cs.counterId', '=', counterId)
    .where('cs.endedAt', 'is', null)
    .executeTakeFirst();
  const services = await db
    .selectFrom('counterServices as cs')
    .innerJoin('services as s', 's.id', 'cs.serviceId')
    .select(['s.id', 's.name', 's.code'])
    .where('cs.counterId', '=', counterId)
    .orderBy('s.name')
    .execute();
  const serviceIds = new Set(services.map((s) => s.id));
  const ticketFields = [
    't.id',
    't.number',
    't.status',
    't.priority',
    't.booked',
    't.arrivedAt',
    't.issuedAt',
    't.calledAt',
    't.callCount',
    't.servingStartedAt',
    't.noShowAt',
    't.serviceId',
    't.step',
    't.transferCount',
    's.name as serviceName',
  ] as const;
  const current = await db
    .selectFrom('tickets as t')
    .innerJoin('services as s', 's.id', 't.serviceId')
    .select(ticketFields)
    .where('t.counterId', '=', counterId)
    .where('t.status', 'in', ['called', 'serving'])
    .executeTakeFirst();
  const waitingRows = await db
    .selectFrom('tickets as t')
    .innerJoin('services as s', 's.id', 't.serviceId')
    .select(ticketFields)
    .where('t.boothId', '=', counter.boothId)
    .where('t.serviceDate', '=', day.date)
    .where('t.status', '=', 'waiting')
    .execute();
  const candidates = waitingRows
    .filter((t) => serviceIds.has(t.serviceId))
    .map((t) => ({ ...t, arrivedAt: t.arrivedAt.getTime(), sequence: Number(t.number.split('-')[1]) }));
  const order = new Map(
    candidates.map((c) => [c.id, positionOf(candidates, c.id, counter.priorityStreak, day.settings)]),
  );
  const waiting = candidates
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((t) => ({ ...t, arrivedAt: new Date(t.arrivedAt).toISOString() }));
  const windowStart = new Date(now.getTime() - day.settings.noShowReturnMinutes * 60_000);
  const noShows = await db
    .selectFrom('tickets as t')
    .innerJoin('services as s', 's.id', 't.serviceId')
    .select(ticketFields)
    .where('t.boothId', '=', counter.boothId)
    .where('t.status', '=', 'no_show')
    .where('t.noShowAt', '>=', windowStart)
    .orderBy('t.noShowAt', 'desc')
    .execute();
  const counts = await sql<{
    served: number;
    noShow: number;
    atCounter: number;
    boothWaiting: number;
    boothDone: number;
  }>`
    SELECT count(*) FILTER (WHERE status = 'done' AND counter_id = ${counterId}) AS at_counter,
           count(*) FILTER (WHERE status = 'done' AND outcome = 'served') AS served,
           count(*) FILTER (WHERE status = 'no_show') AS no_show,
           count(*) FILTER (WHERE status = 'waiting') AS booth_waiting,
           count(*) FILTER (WHERE status = 'done') AS booth_done
    FROM tickets WHERE booth_id = ${counter.boothId} AND service_date = ${day.date}`.execute(db);
  const c = counts.rows[0];
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const ticketOut = <
    T extends {
      calledAt: Date | null;
      servingStartedAt: Date | null;
      noShowAt: Date | null;
      issuedAt: Date;
      arrivedAt: Date | string;
    },
  >(
    t: T,
  ) => ({
    ...t,
    arrivedAt: typeof t.arrivedAt === 'string' ? t.arrivedAt : t.arrivedAt.toISOString(),
    issuedAt: t.issuedAt.toISOString(),
    calledAt: iso(t.calledAt),
    servingStartedAt: iso(t.servingStartedAt),
    noShowAt: iso(t.noShowAt),
  });
  return {
    floor: floorState(day),
    lastEventId: await lastSeq(db, counter.siteId),
    counter: {
      id: counter.id,
      number: counter.number,
      label: counter.label,
      boothId: counter.boothId,
      boothName: counter.boothName,
    },
    session: session
      ? {
          id: session.id,
          userId: session.userId,
          officer: session.displayName,
          startedAt: session.startedAt.toISOString(),
          onBreak: session.breakStartedAt !== null,
          breakReason: session.breakReason,
        }
      : null,
    services,
    current: current ? ticketOut(current) : null,
    waiting: waiting.map((t) => ticketOut({ ...t, arrivedAt: t.arrivedAt })),
    noShows: noShows.map(ticketOut),
    counts: {
      doneAtCounter: Number(c?.atCounter ?? 0),
      served: Number(c?.served ?? 0),
      noShow: Number(c?.noShow ?? 0),
      waiting: Number(c?.boothWaiting ?? 0),
      done: Number(c?.boothDone ?? 0),
    },
    settings: day.settings,
  };
}

/** The citizen's tracking page: no personal data, only their own tickets and counts. */
export async function trackingView(db: Executor, code: string, now: Date) {
  const visit = await db
    .selectFrom('visits')
    .select(['id', 'siteId', 'serviceDate', 'priority', 'arrivedAt'])
    .where('trackingCode', '=', code)
    .executeTakeFirst();
  if (!visit) throw new AppError('floor.tracking_not_found');
  const day = await siteDay(db, visit.siteId, now);
  const tickets = await db
    .selectFrom('tickets as t')
    .innerJoin('booths as b', 'b.id', 't.boothId')
    .innerJoin('services as s', 's.id', 't.serviceId')
    .leftJoin('counters as c', 'c.id', 't.counterId')
    .select([
      't.id',
      't.step',
      't.number',
      't.status',
      't.outcome',
      't.calledAt',
      't.finishedAt',
      't.serviceId',
      't.boothId',
      't.priority',
      't.booked',
      't.arrivedAt',
      't.sequence',
      'b.name as boothName',
      'b.zone',
      'b.floor',
      'b.priorityStreak',
      's.name as serviceName',
      's.averageServiceMinutes',
      'c.number as counterNumber',
    ])
    .where('t.visitId', '=', visit.id)
    .orderBy('t.step')
    .execute();
  const today = visit.serviceDate === day.date;
  const loads = await boothLoads(db, [...new Set(tickets.map((t) => t.boothId))], day.date);
  const minutes = await typicalMinutes(
    db,
    tickets.map((t) => ({ id: t.serviceId, averageServiceMinutes: t.averageServiceMinutes })),
  );
  const steps = [];
  for (const t of tickets) {
    const load = loads.get(t.boothId);
    const serviceMinutes = minutes.get(t.serviceId) ?? t.averageServiceMinutes;
    let peopleAhead: number | null = null;
    if (today && (t.status === 'waiting' || t.status === 'pending')) {
      const queue = await queueCandidates(db, t.boothId, day.date);
      // A pending step is not in the queue yet: place it by its arrival as if it joined now.
      const mine = {
        id: t.id,
        priority: t.priority,
        booked: t.booked,
        arrivedAt: t.arrivedAt.getTime(),
        sequence: t.sequence,
        serviceId: t.serviceId,
      };
      const all = t.status === 'pending' ? [...queue, mine] : queue;
      peopleAhead = Math.max(0, positionOf(all, t.id, t.priorityStreak, day.settings));
    }
    steps.push({
      step: t.step,
      number: t.number,
      status: t.status,
      outcome: t.outcome,
      serviceName: t.serviceName,
      boothName: t.boothName,
      zone: t.zone,
      floor: t.floor,
      counterNumber: t.status === 'called' || t.status === 'serving' ? t.counterNumber : null,
      calledAt: t.calledAt?.toISOString() ?? null,
      finishedAt: t.finishedAt?.toISOString() ?? null,
      peopleAhead,
      // Still in a queue today but nobody at any counter of the booth: no promise of a wait.
      noCounterOpen: peopleAhead !== null && (load?.openCounters ?? 0) === 0,
      waitMinutes:
        peopleAhead === null
          ? null
          : promisedWaitMinutes({
              peopleAhead,
              serviceMinutes,
              openCounters: load?.openCounters ?? 0,
              breakMinutesLeft: breakMinutesLeft(day),
            }),
      serviceMinutes,
    });
  }
  const open = steps.filter(
    (s) =>
      s.status === 'waiting' || s.status === 'pending' || s.status === 'called' || s.status === 'serving',
  );
  return {
    floor: floorState(day),
    lastEventId: await lastSeq(db, visit.siteId),
    visit: {
      serviceDate: visit.serviceDate,
      priority: visit.priority,
      arrivedAt: visit.arrivedAt.toISOString(),
    },
    steps,
    boothIds: [...new Set(tickets.map((t) => t.boothId))],
    remainingMinutes:
      today && !open.some((s) => s.noCounterOpen)
        ? itineraryMinutes(
            open.map((s) => ({ waitMinutes: s.waitMinutes ?? 0, serviceMinutes: s.serviceMinutes })),
          )
        : null,
  };
}

/** The public live page of a site: waiting and estimated wait per booth, today's remaining quota per service. */
export async function siteLiveView(db: Executor, siteIdOrCode: string, now: Date) {
  const day = await siteDay(db, siteIdOrCode, now);
  const booths = await db
    .selectFrom('booths as b')
    .innerJoin('agencies as a', 'a.id', 'b.agencyId')
    .select(['b.id', 'b.name', 'b.zone', 'b.floor', 'b.queuePrefix', 'a.shortName as agencyName'])
    .where('b.siteId', '=', day.site.id)
    .where('b.active', '=', true)
    .orderBy('b.name')
    .execute();
  const loads = await boothLoads(
    db,
    booths.map((b) => b.id),
    day.date,
  );
  const services = await sql<{
    id: string;
    name: string;
    boothId: string;
    dailyQuota: number | null;
    averageServiceMinutes: number;
    issued: number;
  }>`
    SELECT s.id, s.name, sb.booth_id, s.daily_quota, s.average_service_minutes, coalesce(u.issued, 0) AS issued
    FROM services s
    JOIN service_booths sb ON sb.service_id = s.id
    JOIN booths b ON b.id = sb.booth_id AND b.site_id = ${day.site.id} AND b.active
    LEFT JOIN service_day_usage u ON u.service_id = s.id AND u.site_id = ${day.site.id} AND u.service_date = ${day.date}
    WHERE s.active ORDER BY s.name`.execute(db);
  const minutes = await typicalMinutes(
    db,
    services.rows.map((s) => ({ id: s.id, averageServiceMinutes: s.averageServiceMinutes })),
  );
  const minutesByBooth = new Map<string, number[]>();
  for (const s of services.rows)
    minutesByBooth.set(s.boothId, [
      ...(minutesByBooth.get(s.boothId) ?? []),
      minutes.get(s.id) ?? s.averageServiceMinutes,
    ]);
  return {
    floor: floorState(day),
    lastEventId: await lastSeq(db, day.site.id),
    booths: booths.map((b) => {
      const load = loads.get(b.id);
      const list = minutesByBooth.get(b.id) ?? [10];
      const typical = Math.round(list.reduce((a, m) => a + m, 0) / list.length);
      return {
        ...b,
        waiting: load?.waiting ?? 0,
        openCounters: load?.openCounters ?? 0,
        counters: load?.counters ?? 0,
        waitMinutes: promisedWaitMinutes({
          peopleAhead: load?.waiting ?? 0,
          serviceMinutes: typical,
          openCounters: load?.openCounters ?? 0,
          breakMinutesLeft: breakMinutesLeft(day),
        }),
      };
    }),
    services: services.rows.map((s) => ({
      id: s.id,
      name: s.name,
      boothId: s.boothId,
      dailyQuota: s.dailyQuota,
      issuedToday: Number(s.issued),
      remainingToday: s.dailyQuota === null ? null : Math.max(0, s.dailyQuota - Number(s.issued)),
      typicalMinutes: Math.round(minutes.get(s.id) ?? s.averageServiceMinutes),
    })),
  };
}

/** Who staffed which counter on a day, with breaks: the monitoring teams check that booths opened on time. */
export async function sessionsView(db: Executor, siteId: string, date: string) {
  const rows = await db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .leftJoin('counterSessions as cs', (j) =>
      j.onRef('cs.counterId', '=', 'c.id').on('cs.serviceDate', '=', date),
    )
    .leftJoin('users as u', 'u.id', 'cs.userId')
    .select([
      'b.id as boothId',
      'b.name as boothName',
      'c.id as counterId',
      'c.number as counterNumber',
      'cs.id as sessionId',
      'u.displayName as officer',
      'cs.startedAt',
      'cs.endedAt',
      'cs.endReason',
      'cs.calls',
    ])
    .where('b.siteId', '=', siteId)
    .where('c.active', '=', true)
    .orderBy('b.name')
    .orderBy('c.number')
    .orderBy('cs.startedAt')
    .execute();
  const sessionIds = rows.map((r) => r.sessionId).filter((id): id is string => id !== null);
  const breaks = sessionIds.length
    ? await db
        .selectFrom('counterBreaks')
        .select(['sessionId', 'startedAt', 'endedAt', 'reason'])
        .where('sessionId', 'in', sessionIds)
        .orderBy('startedAt')
        .execute()
    : [];
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt?.toISOString() ?? null,
    endedAt: r.endedAt?.toISOString() ?? null,
    breaks: breaks
      .filter((b) => b.sessionId === r.sessionId)
      .map((b) => ({
        startedAt: b.startedAt.toISOString(),
        endedAt: b.endedAt?.toISOString() ?? null,
        reason: b.reason,
      })),
  }));
}

/** The counters a staff member may open, within their reach (none without one), with who has each open now. */
export async function staffCounters(db: Executor, reach: Reach | null) {
  if (!reach) return [];
  return db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .innerJoin('sites as s', 's.id', 'b.siteId')
    .leftJoin('counterSessions as cs', (j) =>
      j.onRef('cs.counterId', '=', 'c.id').on('cs.endedAt', 'is', null),
    )
    .leftJoin('users as u', 'u.id', 'cs.userId')
    .select([
      'c.id',
      'c.number',
      'c.label',
      'b.id as boothId',
      'b.name as boothName',
      's.code as siteCode',
      'u.displayName as openedBy',
      'cs.userId as openedByUserId',
    ])
    .where('c.active', '=', true)
    .where('b.active', '=', true)
    .$if(reach.siteId !== null, (w) => w.where('b.siteId', '=', reach.siteId as string))
    .$if(reach.agencyId !== null, (w) => w.where('b.agencyId', '=', reach.agencyId as string))
    .$if(reach.boothId !== null, (w) => w.where('b.id', '=', reach.boothId as string))
    .orderBy('b.name')
    .orderBy('c.number')
    .execute();
}
