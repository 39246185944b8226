import { type RawBuilder, sql } from 'kysely';
import { assertMay, assertMayAt } from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import type { RequestContext } from '../../shared/context.ts';
import { type Executor, PREPARED, type Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteDay } from '../sites/sites.public.ts';
import { type CounterInfo, counterInfo, forgetCounter } from './counter-directory.ts';
import { actionContext, floorCall, runFloorStatement } from './floor.calls.ts';
import { assertCalling } from './floor.clock.ts';
import { visitFinishedStatements } from './floor.hooks.ts';
import type { Outcome } from './floor.tables.ts';

/**
 * The counter console's actions. Opening and closing a counter run as TypeScript transactions (writeChange); the
 * actions of a working day (call, recall, start, finish, no-show, return, transfer, pause, resume) are each one
 * statement calling a database function (migrations/functions/floor_<action>.sql, see floor.calls.ts): it locks
 * the officer's open counter session (one action per counter at a time) and, for calls, the booth's row (one call
 * per booth at a time, so two counters never take the same ticket and the priority streak stays exact).
 */

/**
 * A counter, and the actor who may staff it (policy.rules.ts, floor.counter.work: its booth's officers, the
 * agency's admin at the site, the site's manager, national). Every console action starts here.
 */
export async function staffedCounter(db: Executor, ctx: RequestContext, counterId: string) {
  assertMay(ctx, 'floor.counter.work');
  const counter = await counterInfo(db, counterId);
  return { actor: assertMayAt(ctx, 'floor.counter.work', counter), counter };
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
  return session;
}

/** Whether a ticket is at this counter now (called, or being served). */
async function counterBusy(tx: Tx, counterId: string): Promise<boolean> {
  const ticket = await tx
    .selectFrom('tickets')
    .select('id')
    .where('counterId', '=', counterId)
    .where('status', 'in', ['called', 'serving'])
    .executeTakeFirst();
  return ticket !== undefined;
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
    if (await counterBusy(w.tx, counterId)) throw new AppError('floor.counter_busy');
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

/**
 * Runs a console action on the counter, as the acting officer: the access rule against the counter (from the
 * process's directory), then `act`. When the action's statement finds the directory stale (the counter moved to
 * another booth), the entry is forgotten and the action tried once more with the counter read afresh.
 */
async function onCounter<T>(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  act: (counter: CounterInfo) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { counter } = await staffedCounter(deps.db, ctx, counterId);
    try {
      return await act(counter);
    } catch (error) {
      const code = error instanceof AppError ? error.code : null;
      if (code === 'floor.directory_stale' || code === 'floor.counter_not_found') forgetCounter(counterId);
      if (code !== 'floor.directory_stale' || attempt > 1) throw error;
    }
  }
}

/** One console action: `SELECT floor_<name>(context, counter, booth, ...args)` (floor.calls.ts). */
function counterCall<T>(
  deps: WriteDeps,
  ctx: RequestContext,
  counter: CounterInfo,
  name: string,
  args: unknown[],
): Promise<T> {
  return floorCall<T>(deps, counter.siteId, `floor_${name}`, [
    actionContext(ctx),
    counter.counterId,
    counter.boothId,
    ...args,
  ]);
}

export function pauseCounter(deps: WriteDeps, ctx: RequestContext, counterId: string, reason: string) {
  return onCounter(deps, ctx, counterId, (counter) =>
    counterCall<{ ok: boolean }>(deps, ctx, counter, 'pause', [reason, deps.now()]),
  );
}

export function resumeCounter(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  return onCounter(deps, ctx, counterId, (counter) =>
    counterCall<{ ok: boolean }>(deps, ctx, counter, 'resume', [deps.now()]),
  );
}

// ——— Calls ———

interface CallResult {
  ticketId: string;
  number: string;
  callCount: number;
}

/** A call (floor_call.sql): the next ticket by the ordering rule, or `ticketId` out of order with its reason. */
function call(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  ticketId: string | null,
  reason: string | null,
) {
  return onCounter(deps, ctx, counterId, async (counter) => {
    const day = await siteDay(deps.db, counter.siteId, deps.now());
    assertCalling(day);
    return counterCall<CallResult>(deps, ctx, counter, 'call', [
      day.date,
      day.settings.priorityRatio,
      ticketId,
      reason,
      deps.now(),
    ]);
  });
}

/** Calls the next ticket by the ordering rule among those waiting for the services this counter serves. */
export function callNext(deps: WriteDeps, ctx: RequestContext, counterId: string): Promise<CallResult> {
  return call(deps, ctx, counterId, null, null);
}

/** Calls one waiting ticket out of order; the reason is kept in the audit log. */
export function callSpecific(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  ticketId: string,
  reason: string,
): Promise<CallResult> {
  return call(deps, ctx, counterId, ticketId, reason);
}

/** Announces the ticket at this counter again. */
export function recall(deps: WriteDeps, ctx: RequestContext, counterId: string): Promise<CallResult> {
  return onCounter(deps, ctx, counterId, (counter) =>
    counterCall<CallResult>(deps, ctx, counter, 'recall', []),
  );
}

export function startServing(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  return onCounter(deps, ctx, counterId, (counter) =>
    counterCall<{ ticketId: string; number: string }>(deps, ctx, counter, 'start', [deps.now()]),
  );
}

/**
 * The finish as one statement: floor_finish, the hooks other modules registered (floor.hooks.ts) as CTEs reading
 * the finished step, and the finished ticket as the result.
 */
function finishStatement(
  ctx: RequestContext,
  counter: CounterInfo,
  outcome: Outcome,
  now: Date,
): RawBuilder<{ result: FinishedTicket }> {
  const hooks = visitFinishedStatements({ ctx, now, outcome });
  return sql<{ result: FinishedTicket }>`${sql.raw(PREPARED)}
    WITH done AS MATERIALIZED (
      SELECT floor_finish(${actionContext(ctx)}, ${counter.counterId}, ${counter.boothId}, ${outcome}, ${now}) AS t
    ), finished AS MATERIALIZED (
      SELECT (t->>'id')::uuid AS ticket_id, (t->>'site_id')::uuid AS site_id, (t->>'visit_id')::uuid AS visit_id,
        (t->>'booth_id')::uuid AS booth_id, (t->>'service_id')::uuid AS service_id,
        (t->>'service_date')::date AS service_date, t->>'number' AS number, t->>'outcome' AS outcome,
        (t->>'counter_id')::uuid AS counter_id
      FROM done
    )${sql.join(
      hooks.map((hook, i) => sql`, ${sql.raw(`hook_${i}`)} AS (${hook})`),
      sql``,
    )}
    SELECT t AS result FROM done`;
}

/** What the caller and `within` use of the finished ticket, as floor_finish returns it (to_jsonb of the row). */
export interface FinishedTicket {
  id: string;
  siteId: string;
  visitId: string;
  number: string;
  boothId: string;
  serviceId: string;
  serviceDate: string;
  outcome: Outcome;
}

/**
 * Finishes the ticket at the counter. `within` runs in the same transaction with the finished ticket (the
 * requests module opens the application file there), so the ticket is never done without its file or the
 * reverse; without it, the finish is one statement.
 */
export function finish<R = undefined>(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  outcome: Outcome,
  within?: (w: Write, done: FinishedTicket) => Promise<R>,
) {
  return onCounter(deps, ctx, counterId, async (counter) => {
    const now = deps.now();
    const statement = finishStatement(ctx, counter, outcome, now);
    if (!within) {
      const done = await runFloorStatement(deps.db, statement);
      deps.notifier.written(counter.siteId);
      return { ticketId: done.id, number: done.number, outcome, extra: undefined as R | undefined };
    }
    const result = await writeChange(deps, ctx, counter.siteId, async (w) => {
      const done = await runFloorStatement(w.tx, statement);
      return { ticketId: done.id, number: done.number, outcome, extra: await within(w, done) };
    });
    deps.notifier.written(counter.siteId);
    return result;
  });
}

export function markNoShow(deps: WriteDeps, ctx: RequestContext, counterId: string) {
  return onCounter(deps, ctx, counterId, async (counter) => {
    const day = await siteDay(deps.db, counter.siteId, deps.now());
    return counterCall<{ ticketId: string; number: string }>(deps, ctx, counter, 'no_show', [
      day.settings.recallsBeforeNoShow,
      deps.now(),
    ]);
  });
}

/** A no-show who comes back within the window rejoins the queue with their original arrival. */
export function returnNoShow(deps: WriteDeps, ctx: RequestContext, counterId: string, ticketId: string) {
  return onCounter(deps, ctx, counterId, async (counter) => {
    const day = await siteDay(deps.db, counter.siteId, deps.now());
    return counterCall<{ ticketId: string; number: string }>(deps, ctx, counter, 'return', [
      ticketId,
      day.settings.noShowReturnMinutes,
      deps.now(),
    ]);
  });
}

/**
 * Sends the ticket at this counter to another service (at this booth or another booth of the site). It keeps
 * its number and original arrival, so it enters the destination queue where fairness puts it; its calls start
 * again from none.
 */
export function transfer(
  deps: WriteDeps,
  ctx: RequestContext,
  counterId: string,
  target: { serviceId: string; boothId?: string | undefined },
  reason: string,
) {
  return onCounter(deps, ctx, counterId, (counter) =>
    counterCall<{ ticketId: string; number: string; boothId: string }>(deps, ctx, counter, 'transfer', [
      target.serviceId,
      target.boothId ?? null,
      reason,
      deps.now(),
    ]),
  );
}
