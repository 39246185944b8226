import { timingSafeEqual } from 'node:crypto';
import { guardedByCode } from '../../shared/auth/code-guesses.ts';
import { normaliseCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { WriteDeps } from '../../shared/write/write.ts';
import { formatComplaintCode } from './complaint.filing.ts';
import { moveComplaint } from './complaint.moves.ts';
import { stageState } from './complaint-deadlines.rules.ts';
import { MAX_REOPENS } from './complaint-status.rules.ts';

/**
 * The citizen's side after filing: follow the complaint by code and PIN, reply to the answer (resolved or not, a
 * rating 1–4), reopen a closed one once with a reason. Every look-up by code is guarded like file tracking: the
 * per-address limit (routes) and the wrong answers counted per code (guardedByCode), so many addresses cannot
 * share the work of guessing one code's PIN. What is shown names the site, agency, booth and service — never a
 * person (no officer, no handler, no complainant).
 */

export interface TrackingDeps extends WriteDeps {
  personalData: PersonalDataCipher;
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The complaint's id for a code and PIN, counted as a guess of the code; "not found" alike for either wrong. */
export function withCodeAndPin<T>(
  deps: TrackingDeps,
  input: { code: string; pin: string },
  then: (id: string) => Promise<T>,
): Promise<T> {
  const code = normaliseCode(input.code);
  const guess = {
    kind: 'complaint' as const,
    code,
    notFound: 'complaint.not_found' as const,
    locked: 'complaint.locked' as const,
    now: deps.now(),
  };
  return guardedByCode(deps.db, guess, async () => {
    const row = await deps.db
      .selectFrom('complaints')
      .select(['id', 'pinEncrypted'])
      .where('trackingCode', '=', code)
      .executeTakeFirst();
    if (!row || !same(deps.personalData.decrypt(row.pinEncrypted), input.pin))
      throw new AppError('complaint.not_found');
    return then(row.id);
  });
}

/** What the tracking page shows. */
export async function trackedView(db: Executor, id: string, now: Date) {
  const c = await db
    .selectFrom('complaints as c')
    .innerJoin('sites as si', 'si.id', 'c.siteId')
    .leftJoin('agencies as a', 'a.id', 'c.agencyId')
    .leftJoin('booths as b', 'b.id', 'c.boothId')
    .leftJoin('services as s', 's.id', 'c.serviceId')
    .selectAll('c')
    .select([
      'si.name as siteName',
      'si.timezone',
      'a.name as agencyName',
      'b.name as boothName',
      's.name as serviceName',
    ])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
  // Every step's status and time (the citizen sees where it went and when); a note only where the handler made it
  // public (complaint_steps.public: the move's publicNote).
  const steps = await db
    .selectFrom('complaintSteps')
    .select(['action', 'toStatus', 'at', 'note', 'public'])
    .where('complaintId', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return {
    code: formatComplaintCode(c.trackingCode),
    kind: c.kind,
    channel: c.channel,
    identity: c.identity,
    status: c.status,
    site: c.siteName,
    timezone: c.timezone,
    agency: c.agencyName,
    booth: c.boothName,
    service: c.serviceName,
    linked: c.requestId ? ('request' as const) : c.ticketId ? ('ticket' as const) : null,
    happenedOn: c.happenedOn,
    receivedAt: c.receivedAt.toISOString(),
    stageDueAt: c.stageDueAt?.toISOString() ?? null,
    stageState: stageState(c, now),
    answerDueAt: c.answerDueAt.toISOString(),
    responseDueAt: c.responseDueAt.toISOString(),
    decisionDueAt: c.decisionDueAt.toISOString(),
    // The filing step's note is staff's own (why a late complaint was accepted): not the citizen's to read.
    steps: steps.map((s) => ({
      action: s.action,
      status: s.toStatus,
      at: s.at.toISOString(),
      note: s.public && s.action !== 'file' && s.note !== '' ? s.note : null,
    })),
    answer: c.answeredAt ? c.answer : null,
    answeredAt: c.answeredAt?.toISOString() ?? null,
    reply:
      c.citizenResolved === null
        ? null
        : { resolved: c.citizenResolved, rating: c.citizenRating, remark: c.citizenRemark },
    canReply: c.status === 'answered',
    canReopen: c.status === 'closed' && c.answeredAt !== null && c.reopenCount < MAX_REOPENS,
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

/** The citizen's reply to the answer: resolved or not, a rating, a remark. A second reply is refused (409). */
export async function citizenReply(
  deps: TrackingDeps,
  ctx: RequestContext,
  id: string,
  reply: { resolved: boolean; rating: number; remark: string },
): Promise<void> {
  await moveComplaint(deps, ctx, id, {
    action: 'citizen_reply',
    by: 'citizen',
    note: reply.remark,
    publicNote: true,
    set: {
      citizenResolved: reply.resolved,
      citizenRating: reply.rating,
      citizenRemark: reply.remark || null,
    },
  });
}

/** Reopening a closed complaint, once, with the citizen's reason. */
export async function citizenReopen(
  deps: TrackingDeps,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<void> {
  await moveComplaint(deps, ctx, id, { action: 'reopen', by: 'citizen', note: reason, publicNote: true });
}
