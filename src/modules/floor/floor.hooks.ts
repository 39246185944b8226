import type { RawBuilder } from 'kysely';
import type { RequestContext } from '../../shared/context.ts';

/**
 * What other modules do when a visit step is finished (the monitor's rollups, the satisfaction survey), in the
 * finish's own statement. A finish is one round trip (issue 25), so a hook does not run code between statements:
 * it returns data-modifying SQL statements (INSERT/UPDATE/DELETE, no WITH of their own), each reading the
 * finished step from the relation `finished`, with the columns
 *
 *   ticket_id, site_id, visit_id, booth_id, service_id uuid; service_date date; number, outcome text;
 *   counter_id uuid
 *
 * and the finish puts each beside floor_finish as a CTE of the same statement (counter.service.ts, finishStatement).
 * They see the database as it was when the statement began, and not each other's rows.
 * Modules register at startup (app.ts), so the floor imports none of them; a hook whose statement fails rolls the
 * finish back.
 */
export interface FinishAt {
  ctx: RequestContext;
  now: Date;
  outcome: string;
}

export type VisitFinishedHook = (at: FinishAt) => RawBuilder<unknown>[];

const visitFinished = new Set<VisitFinishedHook>();

/** Registers a hook on every finish (registering the same hook twice is a no-op: apps built again in one process). */
export function onVisitFinished(hook: VisitFinishedHook): void {
  visitFinished.add(hook);
}

/** The statements of the registered hooks for this finish, in registration order. */
export function visitFinishedStatements(at: FinishAt): RawBuilder<unknown>[] {
  return [...visitFinished].flatMap((hook) => hook(at));
}
