import { type Selectable, sql } from 'kysely';
import { assertMay, assertMayAt } from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteDay } from '../sites/sites.public.ts';
import { assertCalling } from './floor.clock.ts';
import { runVisitFinishedHooks } from './floor.hooks.ts';
import { presentTicketEvent } from './floor.presenters.ts';
import type { Outcome, TicketsTable } from './floor.tables.ts';
import { chooseNext, streakAfter } from './ordering.rules.ts';

/**
 * The counter console's actions. Each runs in one transaction that first locks the officer's open counter
 * session (one action per counter at a time) and, for calls, the booth's row (one call per booth at a time,
 * so two counters never take the same ticket and the priority streak stays exact).
 */

interface CounterInfo {
  counterId: string;
  counterNumber: number;
  counterLabel: string;
  boothId: string;
  boothName: string;
  zone: string;
  floor: number;
  agencyId: string;
  siteId: string;
}

async function counterInfo(db: Executor, counterId: string): Promise<CounterInfo> {
  const row = await db
    .selectFrom('counters as c')
    .innerJoin('booths as b', 'b.id', 'c.boothId')
    .select([
      'c.id as counterId',
      'c.number as counterNumber',
      'c.label as counterLabel',
      'b.id as boothId',
      'b.name as boothName',
      'b.zone',
      'b.floor',
      'b.agencyId',
      'b.siteId',
    ])
    .where('c.id', '=', counterId)
    .where('c.active', '=', true)
    .executeTakeFirst();
  if (!row) throw new AppError('floor.counter_not_found');
  return row;
}

/**
 * A counter, and the actor who may staff it (policy.rules.ts, floor.counter.work: its booth's officers, the
 * agency's admin at the site, the site's manager, national). Every console action starts here.
 */
export async function staffedCounter(db: Executor, ctx: RequestContext, counterId: string) {
  assertMay(ctx, 'floor.counter.work');
  const counter = await counterInfo(db, counterId);
  return { actor: assertMayAt(ctx, 'floor.counter.work', counter), counter };
}

export type TicketRow = Pick<Selectable<TicketsTable>, (typeof ticketColumns)[number]>;

const ticketColumns = [
  'id',
  'siteId',
  'visitId',
  'number',
  'boothId',
  'serviceId',
  'priority',
  'step',
  'booked',
  'status',
  'callCount',
  'counterId',
  'calledAt',
  'noShowAt',
  'servingStartedAt',
  'transferCount',
  'serviceDate',
] as const;

/** The payload of a ticket's event (floor.presenters.ts), with the booth's name and zone looked up if needed. */
async function ticketPayload(w: Write, t: TicketRow, counter: CounterInfo | null) {
  const booth =
    counter && counter.boothId === t.boothId
      ? { name: counter.boothName, zone: counter.zone }
      : await w.tx
          .selectFrom('booths')
          .select(['name', 'zone'])
          .where('id', '=', t.boothId)
          .executeTakeFirstOrThrow();
  return presentTicketEvent(t, booth, counter?.counterNumber ?? null);
}

/**
 * The acting officer's open session on this counter, locked for the rest of the transaction.
 *
 * Row locks in this module are FOR NO KEY UPDATE: they keep two counters' changes apart just as well, but do
 * not block the foreign-key checks of other writers (a kiosk issuing a ticket checks its booth row while a
 * counter of that booth holds it to call the next one).
 */
async function lockSession(tx: Tx, counterId: string, actor: Actor) {
  const session = await tx
    .selectFrom('counterSessions')
    .select(['id', 'userId', 'serviceDate'])
    .where('counterId', '=', counterId)
    .where('endedAt', 'is', null)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!session || session.userId !== actor.userId) throw new AppError('floor.counter_not_open');
  const onBreak = await tx
    .selectFrom('counterBreaks')
    .select('id')
    .where('sessionId', '=', session.id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return { ...session, onBreak: Boolean(onBreak) };
}

async function activeTicket(tx: Tx, counterId: string): Promise<TicketRow | undefined> {
  return tx
    .selectFrom('tickets')
    .select(ticketColumns)
    .where('counterId', '=', counterId)
    .where('status', 'in', ['called', 'serving'])
    .forNoKeyUpdate()
    .executeTakeFirst();
}

function audit(w: Write, action: string, t: TicketRow, after: Record<string, unknown>) {
  w.audit({
    action,
    entityType: 'ticket',
    entityId: t.id,
    siteId: t.siteId,
    after: { number: t.number, ...after },
  });
}

// ——— Sessions ———

export async function openCounter(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  const day = await siteDay(deps.db, counter.siteId, deps.now());
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    // Sessions left open on an earlier day (a browser closed at night) end by themselves.
    await w.tx
      .updateTable('counterSessions')
      .set({ endedAt: w.now, endReason: 'expired' })
      .where('endedAt', 'is', null)
      .where('serviceDate', '<', day.date)
      .where((eb) => eb.or([eb('counterId', '=', counterId), eb('userId', '=', actor.userId)]))
      .execute();
    const open = await w.tx
      .selectFrom('counterSessions')
      .select(['id', 'counterId', 'userId'])
      .where('endedAt', 'is', null)
      .where((eb) => eb.or([eb('counterId', '=', counterId), eb('userId', '=', actor.userId)]))
      .forNoKeyUpdate()
      .execute();
    const mine = open.find((s) => s.counterId === counterId && s.userId === actor.userId);
    if (mine) return { sessionId: mine.id };
    if (open.some((s) => s.counterId === counterId)) throw new AppError('floor.counter_taken');
    if (open.some((s) => s.userId === actor.userId)) throw new AppError('floor.officer_elsewhere');
    const session = await w.tx
      .insertInto('counterSessions')
      .values({
        counterId,
        userId: actor.userId,
        siteId: counter.siteId,
        serviceDate: day.date,
        startedAt: w.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        // The partial unique indexes close the race between two officers opening at once.
        if ((error as { code?: string }).code === '23505') throw new AppError('floor.counter_taken');
        throw error;
      });
    w.emit('counter.opened', counter.boothId, {
      counterId,
      counterNumber: counter.counterNumber,
      boothId: counter.boothId,
      officer: actor.displayName,
    });
    w.audit({
      action: 'counter.open',
      entityType: 'counter',
      entityId: counterId,
      siteId: counter.siteId,
      after: { sessionId: session.id },
    });
    return { sessionId: session.id };
  });
}

export async function closeCounter(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    const session = await lockSession(w.tx, counterId, actor);
    if (await activeTicket(w.tx, counterId)) throw new AppError('floor.counter_busy');
    await w.tx
      .updateTable('counterBreaks')
      .set({ endedAt: w.now })
      .where('sessionId', '=', session.id)
      .where('endedAt', 'is', null)
      .execute();
    await w.tx
      .updateTable('counterSessions')
      .set({ endedAt: w.now, endReason: 'signed_out' })
      .where('id', '=', session.id)
      .execute();
    w.emit('counter.closed', counter.boothId, {
      counterId,
      counterNumber: counter.counterNumber,
      boothId: counter.boothId,
    });
    w.audit({
      action: 'counter.close',
      entityType: 'counter',
      entityId: counterId,
      siteId: counter.siteId,
      after: { sessionId: session.id },
    });
    return { ok: true };
  });
}

export async function pauseCounter(deps: WriteDeps, ctx: RequestContext, counterId: string, reason: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    const session = await lockSession(w.tx, counterId, actor);
    if (session.onBreak) return { ok: true };
    if (await activeTicket(w.tx, counterId)) throw new AppError('floor.counter_busy');
    await w.tx
      .insertInto('counterBreaks')
      .values({ sessionId: session.id, startedAt: w.now, reason })
      .execute();
    w.emit('counter.paused', counter.boothId, {
      counterId,
      counterNumber: counter.counterNumber,
      boothId: counter.boothId,
      reason,
    });
    w.audit({
      action: 'counter.pause',
      entityType: 'counter',
      entityId: counterId,
      siteId: counter.siteId,
      after: { reason },
    });
    return { ok: true };
  });
}

export async function resumeCounter(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    const session = await lockSession(w.tx, counterId, actor);
    if (!session.onBreak) return { ok: true };
    await w.tx
      .updateTable('counterBreaks')
      .set({ endedAt: w.now })
      .where('sessionId', '=', session.id)
      .where('endedAt', 'is', null)
      .execute();
    w.emit('counter.resumed', counter.boothId, {
      counterId,
      counterNumber: counter.counterNumber,
      boothId: counter.boothId,
    });
    w.audit({
      action: 'counter.resume',
      entityType: 'counter',
      entityId: counterId,
      siteId: counter.siteId,
    });
    return { ok: true };
  });
}

// ——— Calls ———

interface CallResult {
  ticketId: string;
  number: string;
  callCount: number;
}

async function prepareCall(w: Write, counter: CounterInfo, actor: Actor) {
  const session = await lockSession(w.tx, counter.counterId, actor);
  if (session.onBreak) throw new AppError('floor.counter_paused');
  if (await activeTicket(w.tx, counter.counterId)) throw new AppError('floor.counter_busy');
  const booth = await w.tx
    .selectFrom('booths')
    .select('priorityStreak')
    .where('id', '=', counter.boothId)
    .forNoKeyUpdate()
    .executeTakeFirstOrThrow();
  return { session, streak: booth.priorityStreak };
}

/**
 * Calls a waiting ticket to the counter and counts the call in the officer's session, in one statement (the
 * booth row is held meanwhile: see shared/write/write.ts on round trips). `streak` also sets the booth's priority streak
 * (a call by the ordering rule). Nothing changes if the ticket is no longer waiting.
 */
async function markCalled(
  w: Write,
  counter: CounterInfo,
  actor: Actor,
  ticketId: string,
  sessionId: string,
  streak: number | null = null,
): Promise<TicketRow | undefined> {
  return w.tx
    .with('called', (db) =>
      db
        .updateTable('tickets')
        .set((eb) => ({
          status: 'called',
          counterId: counter.counterId,
          calledBy: actor.userId,
          calledAt: w.now,
          callCount: eb('callCount', '+', 1),
        }))
        .where('id', '=', ticketId)
        .where('status', '=', 'waiting')
        .returning(ticketColumns),
    )
    .with('session', (db) =>
      db
        .updateTable('counterSessions')
        .set((eb) => ({ calls: eb('calls', '+', 1) }))
        .where('id', '=', sessionId)
        .where((eb) => eb.exists(eb.selectFrom('called').select('called.id'))),
    )
    .with('booth', (db) =>
      db
        .updateTable('booths')
        .set({ priorityStreak: streak ?? 0 })
        .where('id', '=', counter.boothId)
        .where((eb) =>
          eb.and([eb.lit(streak !== null), eb.exists(eb.selectFrom('called').select('called.id'))]),
        ),
    )
    .selectFrom('called')
    .selectAll()
    .executeTakeFirst();
}

/** Calls the next ticket by the ordering rule among those waiting for the services this counter serves. */
export async function callNext(deps: WriteDeps, ctx: RequestContext, counterId: string): Promise<CallResult> {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  const day = await siteDay(deps.db, counter.siteId, deps.now());
  assertCalling(day);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    const { session, streak } = await prepareCall(w, counter, actor);
    const candidates = await sql<{
      id: string;
      priority: TicketRow['priority'];
      booked: boolean;
      arrivedAt: Date;
      sequence: number;
    }>`
      (SELECT id, priority, booked, arrived_at, sequence FROM tickets
       WHERE booth_id = ${counter.boothId} AND service_date = ${day.date} AND status = 'waiting' AND priority <> 'none'
         AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = ${counterId})
       ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1)
      UNION ALL
      (SELECT id, priority, booked, arrived_at, sequence FROM tickets
       WHERE booth_id = ${counter.boothId} AND service_date = ${day.date} AND status = 'waiting' AND priority = 'none'
         AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = ${counterId})
       ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1)`.execute(w.tx);
    const choice = chooseNext(
      candidates.rows.map((c) => ({ ...c, arrivedAt: new Date(c.arrivedAt).getTime() })),
      streak,
      day.settings,
    );
    if (!choice) throw new AppError('floor.queue_empty');
    // The booth row is locked, so the chosen ticket is still waiting: no other counter can take it meanwhile.
    const called = await markCalled(w, counter, actor, choice.ticket.id, session.id, choice.streak);
    if (!called) throw new AppError('floor.ticket_state');
    w.emit('ticket.called', called.boothId, await ticketPayload(w, called, counter));
    audit(w, 'ticket.call', called, { counterId, how: 'next' });
    return { ticketId: called.id, number: called.number, callCount: called.callCount };
  });
}

/** Calls one waiting ticket out of order; the reason is kept in the audit log. */
export async function callSpecific(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  ticketId: string,
  reason: string,
): Promise<CallResult> {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  const day = await siteDay(deps.db, counter.siteId, deps.now());
  assertCalling(day);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    const { session, streak } = await prepareCall(w, counter, actor);
    const ticket = await w.tx
      .selectFrom('tickets')
      .select(ticketColumns)
      .where('id', '=', ticketId)
      .executeTakeFirst();
    if (!ticket || ticket.boothId !== counter.boothId) throw new AppError('floor.ticket_not_found');
    if (ticket.status !== 'waiting') throw new AppError('floor.ticket_state');
    const serves = await w.tx
      .selectFrom('counterServices')
      .select('serviceId')
      .where('counterId', '=', counterId)
      .where('serviceId', '=', ticket.serviceId)
      .executeTakeFirst();
    if (!serves) throw new AppError('floor.ticket_not_served_here');
    const called = await markCalled(w, counter, actor, ticketId, session.id);
    if (!called) throw new AppError('floor.ticket_state');
    await w.tx
      .updateTable('booths')
      .set({ priorityStreak: streakAfter(called, streak) })
      .where('id', '=', counter.boothId)
      .execute();
    w.emit('ticket.called', called.boothId, await ticketPayload(w, called, counter));
    audit(w, 'ticket.call_specific', called, { counterId, reason });
    return { ticketId: called.id, number: called.number, callCount: called.callCount };
  });
}

/** Announces the ticket at this counter again. */
export async function recall(deps: WriteDeps, ctx: RequestContext, counterId: string): Promise<CallResult> {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const current = await activeTicket(w.tx, counterId);
    if (current?.status !== 'called') throw new AppError('floor.ticket_state');
    const recalled = await w.tx
      .updateTable('tickets')
      .set((eb) => ({ callCount: eb('callCount', '+', 1) }))
      .where('id', '=', current.id)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    w.emit('ticket.recalled', recalled.boothId, await ticketPayload(w, recalled, counter));
    audit(w, 'ticket.recall', recalled, { counterId, callCount: recalled.callCount });
    return { ticketId: recalled.id, number: recalled.number, callCount: recalled.callCount };
  });
}

export async function startServing(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const current = await activeTicket(w.tx, counterId);
    if (current?.status !== 'called') throw new AppError('floor.ticket_state');
    const serving = await w.tx
      .updateTable('tickets')
      .set({ status: 'serving', servingStartedAt: w.now })
      .where('id', '=', current.id)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    w.emit('ticket.serving', serving.boothId, await ticketPayload(w, serving, counter));
    audit(w, 'ticket.serve', serving, { counterId });
    return { ticketId: serving.id, number: serving.number };
  });
}

/** Moves the visit's next itinerary step into its booth's queue, ranked by the visit's original arrival. */
async function advanceItinerary(w: Write, finished: TicketRow): Promise<void> {
  const next = await w.tx
    .updateTable('tickets')
    .set({ status: 'waiting', queuedAt: w.now })
    .where('visitId', '=', finished.visitId)
    .where('step', '=', finished.step + 1)
    .where('status', '=', 'pending')
    .returning(ticketColumns)
    .executeTakeFirst();
  if (next) w.emit('ticket.queued', next.boothId, await ticketPayload(w, next, null));
}

/**
 * Finishes the ticket at the counter. `within` runs in the same transaction with the finished ticket (the
 * requests module opens the application file there), so the ticket is never done without its file or the reverse;
 * then the hooks other modules registered (floor.hooks.ts).
 */
export async function finish<R = undefined>(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  outcome: Outcome,
  within?: (w: Write, done: TicketRow) => Promise<R>,
) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const current = await activeTicket(w.tx, counterId);
    if (!current) throw new AppError('floor.ticket_state');
    const done = await w.tx
      .updateTable('tickets')
      .set({
        status: 'done',
        outcome,
        finishedAt: w.now,
        servingStartedAt: current.servingStartedAt ?? current.calledAt ?? w.now,
      })
      .where('id', '=', current.id)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    const extra = within ? await within(w, done) : undefined;
    w.emit('ticket.finished', done.boothId, { ...(await ticketPayload(w, done, counter)), outcome });
    await advanceItinerary(w, done);
    audit(w, 'ticket.finish', done, { counterId, outcome });
    // Last: what other modules do on a finish (the monitor's rollups: every finish of the booth takes those rows,
    // so they are held only for the final statement and the commit).
    await runVisitFinishedHooks(w, {
      ticketId: done.id,
      siteId: done.siteId,
      visitId: done.visitId,
      boothId: done.boothId,
      serviceId: done.serviceId,
      serviceDate: done.serviceDate,
      number: done.number,
      outcome,
      counterId,
    });
    return { ticketId: done.id, number: done.number, outcome, extra };
  });
}

export async function markNoShow(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  const day = await siteDay(deps.db, counter.siteId, deps.now());
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const current = await activeTicket(w.tx, counterId);
    if (current?.status !== 'called') throw new AppError('floor.ticket_state');
    if (current.callCount < 1 + day.settings.recallsBeforeNoShow) throw new AppError('floor.recall_first');
    const gone = await w.tx
      .updateTable('tickets')
      .set({ status: 'no_show', noShowAt: w.now })
      .where('id', '=', current.id)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    w.emit('ticket.no_show', gone.boothId, await ticketPayload(w, gone, counter));
    // The citizen may be at another booth of their itinerary: their later steps go on.
    await advanceItinerary(w, gone);
    audit(w, 'ticket.no_show', gone, { counterId, calls: gone.callCount });
    return { ticketId: gone.id, number: gone.number };
  });
}

/** A no-show who comes back within the window rejoins the queue with their original arrival. */
export async function returnNoShow(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  ticketId: string,
) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  const day = await siteDay(deps.db, counter.siteId, deps.now());
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const ticket = await w.tx
      .selectFrom('tickets')
      .select(ticketColumns)
      .where('id', '=', ticketId)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!ticket || ticket.boothId !== counter.boothId) throw new AppError('floor.ticket_not_found');
    if (ticket.status !== 'no_show' || !ticket.noShowAt) throw new AppError('floor.ticket_state');
    if (w.now.getTime() - ticket.noShowAt.getTime() > day.settings.noShowReturnMinutes * 60_000) {
      throw new AppError('floor.return_window_passed');
    }
    const back = await w.tx
      .updateTable('tickets')
      // Back in the queue, the recall rule applies afresh: a no-show again needs its own recalls.
      .set({ status: 'waiting', queuedAt: w.now, counterId: null, callCount: 0 })
      .where('id', '=', ticketId)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    w.emit('ticket.returned', back.boothId, await ticketPayload(w, back, null));
    audit(w, 'ticket.return', back, { counterId });
    return { ticketId: back.id, number: back.number };
  });
}

/**
 * Sends the ticket at this counter to another service (at this booth or another booth of the site). It keeps
 * its number and original arrival, so it enters the destination queue where fairness puts it; its calls start
 * again from none.
 */
export async function transfer(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  target: { serviceId: string; boothId?: string | undefined },
  reason: string,
) {
  const { actor, counter } = await staffedCounter(deps.db, ctx, counterId);
  return writeChange(deps, ctx, counter.siteId, async (w) => {
    await lockSession(w.tx, counterId, actor);
    const current = await activeTicket(w.tx, counterId);
    if (!current) throw new AppError('floor.ticket_state');
    const destination = await w.tx
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('services as s', 's.id', 'sb.serviceId')
      .select(['b.id as boothId'])
      .where('sb.serviceId', '=', target.serviceId)
      .where('b.siteId', '=', counter.siteId)
      .where('b.active', '=', true)
      .where('s.active', '=', true)
      .$if(Boolean(target.boothId), (q) => q.where('b.id', '=', target.boothId as string))
      // Prefer staying at this booth when it offers the service.
      .orderBy(sql`b.id = ${counter.boothId}`, 'desc')
      .executeTakeFirst();
    if (!destination) throw new AppError('floor.transfer_target_invalid');
    const moved = await w.tx
      .updateTable('tickets')
      .set((eb) => ({
        status: 'waiting',
        boothId: destination.boothId,
        serviceId: target.serviceId,
        counterId: null,
        queuedAt: w.now,
        // A new queue, a new officer: the recall rule applies afresh there (a no-show needs its own recalls).
        callCount: 0,
        transferCount: eb('transferCount', '+', 1),
      }))
      .where('id', '=', current.id)
      .returning(ticketColumns)
      .executeTakeFirstOrThrow();
    w.emit('ticket.transferred', moved.boothId, {
      ...(await ticketPayload(w, moved, null)),
      fromBoothId: current.boothId,
      fromServiceId: current.serviceId,
      fromCounterId: counterId,
    });
    audit(w, 'ticket.transfer', moved, {
      from: { boothId: current.boothId, serviceId: current.serviceId },
      to: destination,
      reason,
    });
    return { ticketId: moved.id, number: moved.number, boothId: destination.boothId };
  });
}
