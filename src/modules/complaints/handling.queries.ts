import { sql } from 'kysely';
import { mayAt, siteListOf } from '../../shared/auth/policy.ts';
import { normaliseCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import { withheldFromAgency } from './attachments.ts';
import { presentDetail, presentRow, viewerOf } from './complaint.view.ts';
import { FINAL_STATUSES, movesFrom } from './complaint-status.rules.ts';
import type { ListQuery } from './handling.schemas.ts';

/** The reads of complaint handling: the list, the live late list, one complaint. Scope: 'complaints.read'. */

function placed(db: Executor) {
  return db
    .selectFrom('complaints as c')
    .leftJoin('agencies as a', 'a.id', 'c.agencyId')
    .leftJoin('booths as b', 'b.id', 'c.boothId')
    .leftJoin('services as s', 's.id', 'c.serviceId')
    .selectAll('c')
    .select(['a.shortName as agencyName', 'b.name as boothName', 's.name as serviceName']);
}

type Placed = ReturnType<typeof placed>;

const open = (q: Placed) => q.where('c.status', 'not in', [...FINAL_STATUSES]);

/** Open complaints with a running stage (not postponed; an answered one waits for the citizen, not a deadline). */
const running = (q: Placed) => open(q).where('c.status', 'not in', ['postponed', 'answered']);

function byStage(q: Placed, stage: ListQuery['stage'], now: Date): Placed {
  switch (stage) {
    case 'paused':
      return q.where('c.status', '=', 'postponed');
    case 'late':
      return running(q).where('c.stageDueAt', '<', now);
    case 'at_risk':
      return running(q).where('c.stageDueAt', '>=', now).where('c.stageAtRiskAt', '<=', now);
    case 'on_time':
      return running(q)
        .where('c.stageDueAt', '>=', now)
        .where((eb) => eb.or([eb('c.stageAtRiskAt', 'is', null), eb('c.stageAtRiskAt', '>', now)]));
    default:
      return q;
  }
}

/** A site's complaints in the reader's scope (an agency's admin: its own only), newest first, a page at a time. */
export async function listComplaints(
  db: Executor,
  cipher: PersonalDataCipher,
  ctx: RequestContext,
  siteRef: string,
  f: ListQuery,
  now: Date,
) {
  const site = await siteByIdOrCode(db, siteRef);
  const scope = siteListOf(ctx, 'complaints.read', site.id);
  const viewer = viewerOf(ctx.actor as NonNullable<RequestContext['actor']>, scope);
  let q = placed(db).where('c.siteId', '=', site.id);
  if (scope.agencyId) q = q.where('c.agencyId', '=', scope.agencyId);
  if (f.status === 'open') q = open(q);
  else if (f.status) q = q.where('c.status', '=', f.status);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  if (f.agencyId) q = q.where('c.agencyId', '=', f.agencyId);
  if (f.from) q = q.where('c.receivedOn', '>=', f.from);
  if (f.to) q = q.where('c.receivedOn', '<=', f.to);
  const code = f.code ? normaliseCode(f.code) : '';
  if (code) q = q.where('c.trackingCode', 'like', `${code}%`);
  q = byStage(q, f.stage, now);
  const [rows, count] = await Promise.all([
    q
      .orderBy('c.receivedAt', 'desc')
      .orderBy('c.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    timezone: site.timezone,
    total: count.n,
    page: f.page,
    pageSize: f.pageSize,
    rows: rows.map((r) => presentRow(r, viewer, cipher, now)),
  };
}

/** What is late now, oldest deadline first: the list the handler's screen polls. */
export async function lateComplaints(
  db: Executor,
  cipher: PersonalDataCipher,
  ctx: RequestContext,
  siteRef: string,
  now: Date,
) {
  const site = await siteByIdOrCode(db, siteRef);
  const scope = siteListOf(ctx, 'complaints.read', site.id);
  const viewer = viewerOf(ctx.actor as NonNullable<RequestContext['actor']>, scope);
  let q = byStage(placed(db).where('c.siteId', '=', site.id), 'late', now);
  if (scope.agencyId) q = q.where('c.agencyId', '=', scope.agencyId);
  const rows = await q.orderBy('c.stageDueAt').orderBy('c.id').limit(500).execute();
  return {
    timezone: site.timezone,
    asOf: now.toISOString(),
    rows: rows.map((r) => presentRow(r, viewer, cipher, now)),
  };
}

/**
 * One complaint: its steps, attachments, and the moves this viewer may make now. An agency's admin asking for
 * another agency's complaint hears "not found": the list it belongs to is not theirs, and the agency complained
 * about must not learn of complaints that are not its business.
 */
export async function complaintDetail(
  db: Executor,
  cipher: PersonalDataCipher,
  ctx: RequestContext,
  id: string,
  now: Date,
) {
  const r = await placed(db)
    .innerJoin('sites as si', 'si.id', 'c.siteId')
    .select('si.timezone')
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new AppError('complaint.not_found');
  const scope = siteListOf(ctx, 'complaints.read', r.siteId);
  if (scope.agencyId && r.agencyId !== scope.agencyId) throw new AppError('complaint.not_found');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const viewer = viewerOf(actor, scope);
  const [steps, attachments] = await Promise.all([
    db
      .selectFrom('complaintSteps')
      .select(['action', 'fromStatus', 'toStatus', 'note', 'public', 'actorName', 'at'])
      .where('complaintId', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('complaintAttachments')
      .select(['id', 'fileName', 'contentType', 'sizeBytes', 'addedAt', 'addedBy'])
      .where('complaintId', '=', id)
      .orderBy('addedAt')
      .execute(),
  ]);
  const shownAttachments = (
    scope.agencyId
      ? attachments.filter((a) => !withheldFromAgency({ ...r, addedBy: a.addedBy }))
      : attachments
  ).map(({ addedBy: _, ...a }) => a);
  const handles = mayAt(actor, 'complaints.handle', { siteId: r.siteId });
  const followsUp =
    r.agencyId !== null && mayAt(actor, 'complaints.follow-up', { siteId: r.siteId, agencyId: r.agencyId });
  let moves: string[] = [];
  if (handles) moves = movesFrom(r.status, 'handler', r.reopenCount);
  else if (followsUp) moves = movesFrom(r.status, 'agency', r.reopenCount);
  const withIdentity = r.identity !== 'anonymous';
  return presentDetail(
    r,
    {
      viewer,
      steps,
      attachments: shownAttachments,
      moves,
      may: {
        readIdentity: withIdentity && mayAt(actor, 'complaints.identity.read', { siteId: r.siteId }),
        releaseIdentity: handles && r.identity === 'confidential' && !r.identityReleased,
      },
    },
    cipher,
    now,
  );
}
