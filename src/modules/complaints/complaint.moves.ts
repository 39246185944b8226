import type { Selectable } from 'kysely';
import type { RequestContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { dueAt } from '../sites/sites.public.ts';
import { complaintCalendar } from './complaint.calendar.ts';
import { afterPause, stageOnEntering } from './complaint-deadlines.rules.ts';
import {
  type ActorKind,
  type ComplaintAction,
  type ComplaintStatus,
  nextStatus,
} from './complaint-status.rules.ts';
import type { ComplaintTables } from './complaints.tables.ts';

export type ComplaintRow = Selectable<ComplaintTables['complaints']>;

/** What a move carries beyond its action: the note (a reason where one is required) and the action's own fields. */
export interface MoveInput {
  action: ComplaintAction;
  by: ActorKind;
  /** The version the actor saw: a complaint changed since is refused (409 complaint.stale). */
  expectedVersion?: number;
  note?: string;
  /** Whether the step's note is shown on the citizen's tracking page. */
  publicNote?: boolean;
  /** The row's columns this action sets (answer, outcome, forwardedTo, agencyId…), already validated by the caller. */
  set?: Partial<Omit<ComplaintRow, 'id' | 'status' | 'version' | 'siteId' | 'trackingCode' | 'pinEncrypted'>>;
  /** Checks that need the locked row (scope: the complaint's agency; the citizen's PIN). Throws to refuse. */
  authorize?: (row: ComplaintRow) => void | Promise<void>;
  /** Runs in the same transaction after the row changed (notify the citizen, enqueue an escalation…). */
  after?: (w: Write, before: ComplaintRow, after: ComplaintRow) => Promise<void>;
}

/** Actions that need a reason written down (UU 25/2009 and LAPOR! practice: a refusal or a delay is explained). */
const NEEDS_REASON: readonly ComplaintAction[] = [
  'postpone',
  'archive',
  'forward',
  'reopen',
  'return_follow_up',
];

/**
 * The one way a complaint changes status: the row locked, the version and the move checked (status-machine rules),
 * the stage's deadline set from the site's calendar, the step recorded (who, when, the note), the change audited —
 * one transaction (shared/write). Two handlers acting at once: the second waits for the lock, then finds the
 * complaint moved on and hears 409 (illegal move, or stale when it named the version it saw).
 */
export async function moveComplaint(
  deps: WriteDeps,
  ctx: RequestContext,
  complaintId: string,
  input: MoveInput,
): Promise<ComplaintRow> {
  const place = await deps.db
    .selectFrom('complaints')
    .select('siteId')
    .where('id', '=', complaintId)
    .executeTakeFirst();
  if (!place) throw new AppError('complaint.not_found');
  const note = input.note?.trim() ?? '';
  if (NEEDS_REASON.includes(input.action) && note === '')
    throw new AppError('complaint.reason_required', [
      { field: 'body.note', message: { id: 'Tuliskan alasannya.', en: 'Give the reason.' } },
    ]);
  const { cal, deadlines } = await complaintCalendar(deps.db, place.siteId);
  return writeChange(deps, ctx, place.siteId, async (w) => {
    const before = await w.tx
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', complaintId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await input.authorize?.(before);
    if (input.expectedVersion !== undefined && input.expectedVersion !== before.version)
      throw new AppError('complaint.stale');
    const move = nextStatus(input.action, input.by, {
      status: before.status,
      postponedFrom: before.postponedFrom,
      reopenCount: before.reopenCount,
      resolved: input.set?.citizenResolved ?? undefined,
    });
    if ('refused' in move) throw new AppError(move.refused.code);
    const to = move.to;
    const patch = { ...(input.set ?? {}), ...milestones(before, input.action, to, w.now) };
    let answerDueAt = before.answerDueAt;
    if (input.action === 'resume' && before.postponedAt) {
      answerDueAt = afterPause({ ...before, postponedAt: before.postponedAt }, w.now, cal).answerDueAt;
    }
    // Reopened: a fresh answer is due in the same working days as the first (the law's bounds stay as they were).
    if (to === 'reopened')
      answerDueAt = dueAt(w.now, deadlines.verifyDays + deadlines.followUpDays, 'working_days', cal);
    // A stage entered (or resumed into) starts its full working days from now; the answer's own deadline moved
    // only by the days a postponement lasted (afterPause).
    const stage = stageOnEntering(to, w.now, { answerDueAt }, deadlines, cal);
    if (to === 'dispatched') patch.followUpDueAt = stage.stageDueAt;
    const after = await w.tx
      .updateTable('complaints')
      .set({
        ...patch,
        status: to,
        answerDueAt,
        stageDueAt: stage.stageDueAt,
        stageAtRiskAt: stage.stageAtRiskAt,
        escalated: null,
        version: before.version + 1,
        updatedAt: w.now,
      })
      .where('id', '=', complaintId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await w.tx
      .insertInto('complaintSteps')
      .values({
        complaintId,
        action: input.action,
        fromStatus: before.status,
        toStatus: to,
        note,
        public: input.publicNote ?? false,
        actorUserId: ctx.actor?.userId ?? null,
        actorName: ctx.actor?.displayName ?? actorNameOf(input.by),
        at: w.now,
      })
      .execute();
    // What changed, without the citizen's identity (never in the audit log) or free text beyond the status.
    w.audit({
      action: `complaint.${input.action}`,
      entityType: 'complaint',
      entityId: complaintId,
      siteId: after.siteId,
      agencyId: after.agencyId,
      before: { status: before.status, version: before.version, agencyId: before.agencyId },
      after: { status: to, version: after.version, agencyId: after.agencyId, outcome: after.outcome },
    });
    await input.after?.(w, before, after);
    return after;
  });
}

const actorNameOf = (by: ActorKind) =>
  by === 'citizen' ? 'Pelapor' : by === 'system' ? 'Sistem' : by === 'agency' ? 'Instansi' : 'Pengelola';

/** The milestone columns a move fills (for the measures: time to answer, answered on time, closed when). */
function milestones(before: ComplaintRow, action: ComplaintAction, to: ComplaintStatus, now: Date) {
  const m: Partial<ComplaintRow> = {};
  if (to === 'postponed') {
    m.postponedAt = now;
    m.postponedFrom = before.status;
  }
  if (action === 'resume') {
    m.postponedAt = null;
    m.postponedFrom = null;
  }
  if (to === 'verified') m.verifiedAt = now;
  if (to === 'dispatched') m.dispatchedAt = now;
  if (to === 'followed_up') m.followedUpAt = now;
  if (to === 'answered') {
    m.answeredAt = now;
    m.answeredOnTime = now <= before.answerDueAt;
  }
  if (to === 'closed' || to === 'archived' || to === 'forwarded') m.closedAt = now;
  if (to === 'reopened') {
    m.reopenCount = before.reopenCount + 1;
    // The citizen's "not resolved" and rating stay: they judged the first answer (the measures count them).
    m.closedAt = null;
  }
  if (action === 'auto_close') m.outcome = 'automatic';
  if (action === 'citizen_reply' && to === 'closed') m.outcome = 'citizen';
  return m;
}
