import { sql } from 'kysely';
import type { Reach } from '../../shared/auth/policy.ts';
import { type Executor, PREPARED } from '../../shared/db/database.ts';
import { instantOf, isoInstantOf } from '../../shared/db/json-instants.ts';
import { AppError } from '../../shared/errors.ts';
import { type SiteDay, siteDay } from '../sites/sites.public.ts';
import { itineraryMinutes, promisedWaitMinutes } from './estimate.rules.ts';
import { breakMinutesLeft } from './floor.clock.ts';
import { presentTicketEvent } from './floor.presenters.ts';
import {
  type BoothLoad,
  boothLoadJson,
  cachedTypicalMinutes,
  recentServiceMinutes,
  typicalMinutesFrom,
} from './floor.stats.ts';
import type { Priority, TicketsTable } from './floor.tables.ts';
import { callOrder, positionOf } from './ordering.rules.ts';

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

/*
 * The views the floor polls (board, live page, console, tracking) are each ONE statement: one round trip, one
 * snapshot, named in a leading comment (pg_stat_activity, the logs, the tests). The statement builds the view's
 * rows as JSON (instants as text: json-instants.ts); what is left here is presentation and the pure rules (call
 * order, wait estimates) on those rows. The sequence to resume the live stream from (lastEventId) is read in the
 * same statement, so a client that resumes from it misses nothing the view does not show and replays nothing it
 * already shows. The site calendar (siteDay) is the process cache's. The routes share each view among the clients
 * asking for it at the same moment (shared/single-flight.ts).
 */

type TicketStatus = TicketsTable['status'];

const iso = (text: string) => instantOf(text).toISOString();
const lastEventIdOf = (lastSeq: number | null) => Number(lastSeq ?? 0);

interface BoardRow {
  lastSeq: number | null;
  calls: {
    ticketId: string;
    number: string;
    status: 'called' | 'serving';
    calledAt: string | null;
    callCount: number;
    boothId: string;
    boothName: string;
    zone: string;
    counterNumber: number;
    serviceName: string;
  }[];
  booths: {
    boothId: string;
    boothName: string;
    zone: string;
    floor: number;
    prefix: string;
    waiting: number;
    serving: number;
    nowServing: string | null;
  }[];
}

/**
 * The display board: the numbers at the counters now (called or being served; a number finished, transferred or
 * marked a no-show leaves the board with the event that ended it), waiting per booth, and the sequence to resume
 * the live stream from.
 */
export async function boardView(db: Executor, siteIdOrCode: string, now: Date, zone: string | null) {
  const day = await siteDay(db, siteIdOrCode, now);
  const siteId = day.site.id;
  const inZone = zone !== null ? sql`AND b.zone = ${zone}` : sql``;
  const { rows } = await sql<BoardRow>`${sql.raw(PREPARED)}
    /* floor view: board */ SELECT
      (SELECT last_seq FROM site_event_sequences WHERE site_id = ${siteId}) AS last_seq,
      (SELECT coalesce(json_agg(json_build_object(
                'ticketId', x.id, 'number', x.number, 'status', x.status, 'calledAt', x.called_at::text,
                'callCount', x.call_count, 'boothId', x.booth_id, 'boothName', x.booth_name, 'zone', x.zone,
                'counterNumber', x.counter_number, 'serviceName', x.service_name) ORDER BY x.called_at DESC), '[]')
       FROM (SELECT t.id, t.number, t.status, t.called_at, t.call_count, b.id AS booth_id, b.name AS booth_name,
                    b.zone, c.number AS counter_number, s.name AS service_name
             FROM tickets t JOIN booths b ON b.id = t.booth_id JOIN counters c ON c.id = t.counter_id
               JOIN services s ON s.id = t.service_id
             WHERE t.site_id = ${siteId} AND t.service_date = ${day.date} AND t.status IN ('called', 'serving') ${inZone}
             ORDER BY t.called_at DESC LIMIT 40) x) AS calls,
      (SELECT coalesce(json_agg(json_build_object(
                'boothId', y.id, 'boothName', y.name, 'zone', y.zone, 'floor', y.floor, 'prefix', y.queue_prefix,
                'waiting', y.waiting, 'serving', y.serving, 'nowServing', y.now_serving) ORDER BY y.floor, y.zone, y.name), '[]')
       FROM (SELECT b.id, b.name, b.zone, b.floor, b.queue_prefix,
                    count(t.id) FILTER (WHERE t.status = 'waiting') AS waiting,
                    count(t.id) FILTER (WHERE t.status IN ('called', 'serving')) AS serving,
                    (array_agg(t.number ORDER BY t.called_at DESC) FILTER (WHERE t.status IN ('called', 'serving')))[1] AS now_serving
             -- Only the statuses counted: the day's finished tickets are most of its rows by the afternoon.
             FROM booths b LEFT JOIN tickets t ON t.booth_id = b.id AND t.service_date = ${day.date}
               AND t.status IN ('waiting', 'called', 'serving')
             WHERE b.site_id = ${siteId} AND b.active ${inZone}
             GROUP BY b.id) y) AS booths`.execute(db);
  const row = rows[0] as BoardRow;
  return {
    floor: floorState(day),
    lastEventId: lastEventIdOf(row.lastSeq),
    calls: row.calls.map((c) => ({
      ...presentTicketEvent({ id: c.ticketId, ...c }, { name: c.boothName, zone: c.zone }, c.counterNumber),
      boothId: c.boothId,
      callCount: c.callCount,
      serviceName: c.serviceName,
      calledAt: isoInstantOf(c.calledAt),
    })),
    booths: row.booths,
  };
}

/** A ticket as the console lists it (current, waiting, no-shows), built in SQL; `t` is tickets, `s` services. */
const consoleTicketJson = sql`json_build_object(
  'id', t.id, 'number', t.number, 'status', t.status, 'priority', t.priority, 'booked', t.booked,
  'arrivedAt', t.arrived_at::text, 'issuedAt', t.issued_at::text, 'calledAt', t.called_at::text,
  'callCount', t.call_count, 'servingStartedAt', t.serving_started_at::text, 'noShowAt', t.no_show_at::text,
  'serviceId', t.service_id, 'step', t.step, 'transferCount', t.transfer_count, 'serviceName', s.name)`;

interface ConsoleTicketRow {
  id: string;
  number: string;
  status: TicketStatus;
  priority: Priority;
  booked: boolean;
  arrivedAt: string;
  issuedAt: string;
  calledAt: string | null;
  callCount: number;
  servingStartedAt: string | null;
  noShowAt: string | null;
  serviceId: string;
  step: number;
  transferCount: number;
  serviceName: string;
}

interface ConsoleRow {
  counter: {
    id: string;
    number: number;
    label: string;
    boothId: string;
    boothName: string;
    priorityStreak: number;
  } | null;
  lastSeq: number | null;
  session: {
    id: string;
    userId: string;
    displayName: string;
    startedAt: string;
    breakStartedAt: string | null;
    breakReason: string | null;
  } | null;
  services: { id: string; name: string; code: string }[];
  current: ConsoleTicketRow | null;
  waiting: ConsoleTicketRow[];
  noShows: ConsoleTicketRow[];
  counts: { served: number; noShow: number; atCounter: number; boothWaiting: number; boothDone: number };
}

const consoleTicketOut = (t: ConsoleTicketRow) => ({
  ...t,
  arrivedAt: iso(t.arrivedAt),
  issuedAt: iso(t.issuedAt),
  calledAt: isoInstantOf(t.calledAt),
  servingStartedAt: isoInstantOf(t.servingStartedAt),
  noShowAt: isoInstantOf(t.noShowAt),
});

/**
 * What the officer at a counter sees. The caller has looked the counter up (its site, to read the site's day
 * first: the date and the no-show window are the statement's parameters); an inactive counter is not found.
 */
export async function consoleView(db: Executor, counter: { id: string; siteId: string }, now: Date) {
  const day = await siteDay(db, counter.siteId, now);
  const counterId = counter.id;
  const windowStart = new Date(now.getTime() - day.settings.noShowReturnMinutes * 60_000);
  const { rows } = await sql<ConsoleRow>`${sql.raw(PREPARED)}
    /* floor view: console */ WITH k AS (
      SELECT c.id, c.number, c.label, b.id AS booth_id, b.name AS booth_name, b.priority_streak
      FROM counters c JOIN booths b ON b.id = c.booth_id
      WHERE c.id = ${counterId} AND c.active AND b.site_id = ${counter.siteId})
    SELECT
      (SELECT json_build_object('id', k.id, 'number', k.number, 'label', k.label, 'boothId', k.booth_id,
                                'boothName', k.booth_name, 'priorityStreak', k.priority_streak) FROM k) AS counter,
      (SELECT last_seq FROM site_event_sequences WHERE site_id = ${counter.siteId}) AS last_seq,
      (SELECT json_build_object('id', cs.id, 'userId', cs.user_id, 'displayName', u.display_name,
                                'startedAt', cs.started_at::text, 'breakStartedAt', br.started_at::text,
                                'breakReason', br.reason)
       FROM counter_sessions cs JOIN users u ON u.id = cs.user_id
         LEFT JOIN counter_breaks br ON br.session_id = cs.id AND br.ended_at IS NULL
       WHERE cs.counter_id = ${counterId} AND cs.ended_at IS NULL LIMIT 1) AS session,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'code', s.code) ORDER BY s.name), '[]')
       FROM counter_services cs JOIN services s ON s.id = cs.service_id WHERE cs.counter_id = ${counterId}) AS services,
      (SELECT ${consoleTicketJson} FROM tickets t JOIN services s ON s.id = t.service_id
       WHERE t.counter_id = ${counterId} AND t.status IN ('called', 'serving') LIMIT 1) AS current,
      -- The booth's queue, of the services this counter serves; the call order is the rule's, below.
      (SELECT coalesce(json_agg(${consoleTicketJson}), '[]')
       FROM k JOIN tickets t ON t.booth_id = k.booth_id JOIN services s ON s.id = t.service_id
       WHERE t.service_date = ${day.date} AND t.status = 'waiting'
         AND t.service_id IN (SELECT service_id FROM counter_services WHERE counter_id = ${counterId})) AS waiting,
      (SELECT coalesce(json_agg(${consoleTicketJson} ORDER BY t.no_show_at DESC), '[]')
       FROM k JOIN tickets t ON t.booth_id = k.booth_id JOIN services s ON s.id = t.service_id
       WHERE t.status = 'no_show' AND t.no_show_at >= ${windowStart}) AS no_shows,
      (SELECT json_build_object(
                'atCounter', count(*) FILTER (WHERE t.status = 'done' AND t.counter_id = ${counterId}),
                'served', count(*) FILTER (WHERE t.status = 'done' AND t.outcome = 'served'),
                'noShow', count(*) FILTER (WHERE t.status = 'no_show'),
                'boothWaiting', count(*) FILTER (WHERE t.status = 'waiting'),
                'boothDone', count(*) FILTER (WHERE t.status = 'done'))
       FROM k JOIN tickets t ON t.booth_id = k.booth_id WHERE t.service_date = ${day.date}) AS counts`.execute(
    db,
  );
  const row = rows[0] as ConsoleRow;
  const found = row.counter;
  if (!found) throw new AppError('floor.counter_not_found');
  const candidates = row.waiting.map((t) => ({
    id: t.id,
    priority: t.priority,
    booked: t.booked,
    arrivedAt: instantOf(t.arrivedAt).getTime(),
    sequence: Number(t.number.split('-')[1]),
    ticket: t,
  }));
  const waiting = callOrder(candidates, found.priorityStreak, day.settings).map((c) => ({
    ...consoleTicketOut(c.ticket),
    sequence: c.sequence,
  }));
  const session = row.session;
  const c = row.counts;
  return {
    floor: floorState(day),
    lastEventId: lastEventIdOf(row.lastSeq),
    counter: {
      id: found.id,
      number: found.number,
      label: found.label,
      boothId: found.boothId,
      boothName: found.boothName,
    },
    session: session
      ? {
          id: session.id,
          userId: session.userId,
          officer: session.displayName,
          startedAt: iso(session.startedAt),
          onBreak: session.breakStartedAt !== null,
          breakReason: session.breakReason,
        }
      : null,
    services: row.services,
    current: row.current ? consoleTicketOut(row.current) : null,
    waiting,
    noShows: row.noShows.map(consoleTicketOut),
    counts: {
      doneAtCounter: c.atCounter,
      served: c.served,
      noShow: c.noShow,
      waiting: c.boothWaiting,
      done: c.boothDone,
    },
    settings: day.settings,
  };
}

interface TrackingRow {
  visit: { id: string; siteId: string; serviceDate: string; priority: Priority; arrivedAt: string } | null;
  lastSeq: number | null;
  tickets: {
    id: string;
    step: number;
    number: string;
    status: TicketStatus;
    outcome: 'served' | 'incomplete_documents' | 'referred' | null;
    calledAt: string | null;
    finishedAt: string | null;
    serviceId: string;
    boothId: string;
    priority: Priority;
    booked: boolean;
    arrivedAt: string;
    sequence: number;
    boothName: string;
    zone: string;
    floor: number;
    priorityStreak: number;
    serviceName: string;
    averageServiceMinutes: number;
    counterNumber: number | null;
  }[];
  booths: {
    boothId: string;
    load: BoothLoad;
    /** The booth's waiting tickets on the visit's day, when one of the visit's steps waits (or will) there. */
    queue: { id: string; priority: Priority; booked: boolean; arrivedAt: string; sequence: number }[] | null;
  }[];
  services: { serviceId: string; recent: number[] }[];
}

/** The citizen's tracking page: no personal data, only their own tickets and counts. */
export async function trackingView(db: Executor, code: string, now: Date) {
  // Everything is read for the visit's own day; queues and loads only count when that day is today (below).
  const { rows } = await sql<TrackingRow>`${sql.raw(PREPARED)}
    /* floor view: tracking */ WITH v AS (SELECT id, site_id, service_date, priority, arrived_at FROM visits WHERE tracking_code = ${code}),
    tk AS (
      SELECT t.id, t.step, t.number, t.status, t.outcome, t.called_at, t.finished_at, t.service_id, t.booth_id,
             t.priority, t.booked, t.arrived_at, t.sequence, b.name AS booth_name, b.zone, b.floor, b.priority_streak,
             s.name AS service_name, s.average_service_minutes, c.number AS counter_number
      FROM v JOIN tickets t ON t.visit_id = v.id JOIN booths b ON b.id = t.booth_id
        JOIN services s ON s.id = t.service_id LEFT JOIN counters c ON c.id = t.counter_id)
    SELECT
      (SELECT json_build_object('id', v.id, 'siteId', v.site_id, 'serviceDate', v.service_date,
                                'priority', v.priority, 'arrivedAt', v.arrived_at::text) FROM v) AS visit,
      (SELECT e.last_seq FROM v JOIN site_event_sequences e ON e.site_id = v.site_id) AS last_seq,
      (SELECT coalesce(json_agg(json_build_object(
                'id', tk.id, 'step', tk.step, 'number', tk.number, 'status', tk.status, 'outcome', tk.outcome,
                'calledAt', tk.called_at::text, 'finishedAt', tk.finished_at::text, 'serviceId', tk.service_id,
                'boothId', tk.booth_id, 'priority', tk.priority, 'booked', tk.booked, 'arrivedAt', tk.arrived_at::text,
                'sequence', tk.sequence, 'boothName', tk.booth_name, 'zone', tk.zone, 'floor', tk.floor,
                'priorityStreak', tk.priority_streak, 'serviceName', tk.service_name,
                'averageServiceMinutes', tk.average_service_minutes, 'counterNumber', tk.counter_number)
              ORDER BY tk.step), '[]')
       FROM tk) AS tickets,
      (SELECT coalesce(json_agg(json_build_object(
                'boothId', x.booth_id,
                'load', ${boothLoadJson(sql.ref('x.booth_id'), sql.ref('v.service_date'))},
                'queue', CASE WHEN x.queued THEN
                  (SELECT coalesce(json_agg(json_build_object('id', q.id, 'priority', q.priority, 'booked', q.booked,
                                                              'arrivedAt', q.arrived_at::text, 'sequence', q.sequence)), '[]')
                   FROM tickets q
                   WHERE q.booth_id = x.booth_id AND q.service_date = v.service_date AND q.status = 'waiting') END)), '[]')
       FROM v, (SELECT booth_id, bool_or(status IN ('waiting', 'pending')) AS queued FROM tk GROUP BY booth_id) x) AS booths,
      (SELECT coalesce(json_agg(json_build_object(
                'serviceId', x.service_id, 'recent', ${recentServiceMinutes(sql.ref('x.service_id'))})), '[]')
       FROM (SELECT DISTINCT service_id FROM tk) x) AS services`.execute(db);
  const row = rows[0] as TrackingRow;
  const visit = row.visit;
  if (!visit) throw new AppError('floor.tracking_not_found');
  const day = await siteDay(db, visit.siteId, now);
  const tickets = row.tickets;
  const today = visit.serviceDate === day.date;
  const booths = new Map(row.booths.map((b) => [b.boothId, b]));
  const recent = new Map(row.services.map((s) => [s.serviceId, s.recent]));
  const minutes = new Map(
    tickets.map((t) => [
      t.serviceId,
      cachedTypicalMinutes(t.serviceId) ??
        typicalMinutesFrom(t.serviceId, recent.get(t.serviceId) ?? [], t.averageServiceMinutes),
    ]),
  );
  const steps = [];
  for (const t of tickets) {
    const load = booths.get(t.boothId)?.load;
    const serviceMinutes = minutes.get(t.serviceId) ?? t.averageServiceMinutes;
    let peopleAhead: number | null = null;
    if (today && (t.status === 'waiting' || t.status === 'pending')) {
      const queue = (booths.get(t.boothId)?.queue ?? []).map((q) => ({
        ...q,
        arrivedAt: instantOf(q.arrivedAt).getTime(),
      }));
      // A pending step is not in the queue yet: place it by its arrival as if it joined now.
      const mine = {
        id: t.id,
        priority: t.priority,
        booked: t.booked,
        arrivedAt: instantOf(t.arrivedAt).getTime(),
        sequence: t.sequence,
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
      calledAt: isoInstantOf(t.calledAt),
      finishedAt: isoInstantOf(t.finishedAt),
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
    lastEventId: lastEventIdOf(row.lastSeq),
    visit: {
      serviceDate: visit.serviceDate,
      priority: visit.priority,
      arrivedAt: iso(visit.arrivedAt),
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

interface LiveRow {
  lastSeq: number | null;
  booths: {
    id: string;
    name: string;
    zone: string;
    floor: number;
    queuePrefix: string;
    agencyName: string;
    load: BoothLoad;
  }[];
  services: {
    id: string;
    name: string;
    boothId: string;
    dailyQuota: number | null;
    averageServiceMinutes: number;
    issued: number;
    /** Null when this process holds the service's typical minutes fresh (the statement skips the history). */
    recent: number[] | null;
  }[];
}

/**
 * The services of each site at its last live read: the live page passes those whose typical minutes this process
 * holds fresh, so the statement reads the history only of the others (a new service has none cached: it is read).
 */
const liveServicesOfSite = new Map<string, string[]>();

/** The public live page of a site: waiting and estimated wait per booth, today's remaining quota per service. */
export async function siteLiveView(db: Executor, siteIdOrCode: string, now: Date) {
  const day = await siteDay(db, siteIdOrCode, now);
  const siteId = day.site.id;
  const held = new Map<string, number>();
  for (const id of liveServicesOfSite.get(siteId) ?? []) {
    const minutes = cachedTypicalMinutes(id);
    if (minutes !== undefined) held.set(id, minutes);
  }
  const { rows } = await sql<LiveRow>`${sql.raw(PREPARED)}
    /* floor view: live */ SELECT
      (SELECT last_seq FROM site_event_sequences WHERE site_id = ${siteId}) AS last_seq,
      (SELECT coalesce(json_agg(json_build_object(
                'id', b.id, 'name', b.name, 'zone', b.zone, 'floor', b.floor, 'queuePrefix', b.queue_prefix,
                'agencyName', a.short_name, 'load', ${boothLoadJson(sql.ref('b.id'), sql`${day.date}::date`)})
              ORDER BY b.name), '[]')
       FROM booths b JOIN agencies a ON a.id = b.agency_id WHERE b.site_id = ${siteId} AND b.active) AS booths,
      (SELECT coalesce(json_agg(json_build_object(
                'id', s.id, 'name', s.name, 'boothId', sb.booth_id, 'dailyQuota', s.daily_quota,
                'averageServiceMinutes', s.average_service_minutes, 'issued', coalesce(u.issued, 0),
                'recent', CASE WHEN s.id = ANY(${[...held.keys()]}::uuid[]) THEN NULL
                               ELSE ${recentServiceMinutes(sql.ref('s.id'))} END)
              ORDER BY s.name), '[]')
       FROM services s
         JOIN service_booths sb ON sb.service_id = s.id
         JOIN booths b ON b.id = sb.booth_id AND b.site_id = ${siteId} AND b.active
         LEFT JOIN service_day_usage u ON u.service_id = s.id AND u.site_id = ${siteId} AND u.service_date = ${day.date}
       WHERE s.active) AS services`.execute(db);
  const row = rows[0] as LiveRow;
  liveServicesOfSite.set(siteId, [...new Set(row.services.map((s) => s.id))]);
  const minutes = new Map<string, number>();
  for (const s of row.services)
    if (!minutes.has(s.id))
      minutes.set(
        s.id,
        held.get(s.id) ??
          cachedTypicalMinutes(s.id) ??
          typicalMinutesFrom(s.id, s.recent ?? [], s.averageServiceMinutes),
      );
  const minutesByBooth = new Map<string, number[]>();
  for (const s of row.services)
    minutesByBooth.set(s.boothId, [
      ...(minutesByBooth.get(s.boothId) ?? []),
      minutes.get(s.id) ?? s.averageServiceMinutes,
    ]);
  return {
    floor: floorState(day),
    lastEventId: lastEventIdOf(row.lastSeq),
    booths: row.booths.map(({ load, ...b }) => {
      const list = minutesByBooth.get(b.id) ?? [10];
      const typical = Math.round(list.reduce((a, m) => a + m, 0) / list.length);
      return {
        ...b,
        waiting: load.waiting,
        openCounters: load.openCounters,
        counters: load.counters,
        waitMinutes: promisedWaitMinutes({
          peopleAhead: load.waiting,
          serviceMinutes: typical,
          openCounters: load.openCounters,
          breakMinutesLeft: breakMinutesLeft(day),
        }),
      };
    }),
    services: row.services.map((s) => ({
      id: s.id,
      name: s.name,
      boothId: s.boothId,
      dailyQuota: s.dailyQuota,
      issuedToday: s.issued,
      remainingToday: s.dailyQuota === null ? null : Math.max(0, s.dailyQuota - s.issued),
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
