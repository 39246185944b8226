import { assertMay, assertMayAt, mayAt } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { writeChange } from '../../shared/write/write.ts';
import { enqueueNotification } from '../notifications/notifications.public.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import type { ComplaintDeps } from './complaint.filing.ts';
import { formatComplaintCode } from './complaint.filing.ts';
import { type ComplaintRow, type MoveInput, moveComplaint } from './complaint.moves.ts';
import { deadlinesOf, SITE_LIMITS } from './complaint-deadlines.rules.ts';
import type { MoveBody } from './handling.schemas.ts';

/**
 * The handler's and the agency's commands. Each goes validate → authorize → moveComplaint (the one path a status
 * changes by: row locked, version and move checked, step and audit written) → a small answer.
 */

const moved = (r: ComplaintRow) => ({ id: r.id, status: r.status, version: r.version });

const fieldMissing = (field: string, id: string, en: string) =>
  new AppError('request.invalid', [{ field: `body.${field}`, message: { id, en } }]);

async function placeOf(deps: ComplaintDeps, id: string) {
  const c = await deps.db
    .selectFrom('complaints')
    .select(['id', 'siteId', 'agencyId'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) throw new AppError('complaint.not_found');
  return c;
}

/** A handler's move (complaints.handle, the complaint's site): each action's own fields checked first. */
export async function handleMove(deps: ComplaintDeps, ctx: RequestContext, id: string, body: MoveBody) {
  const place = await placeOf(deps, id);
  assertMayAt(ctx, 'complaints.handle', { siteId: place.siteId });
  const input: MoveInput = {
    action: body.action,
    by: 'handler',
    expectedVersion: body.expectedVersion,
    note: body.note ?? '',
  };
  switch (body.action) {
    case 'archive':
      if (!body.outcome || !['not_complaint', 'duplicate', 'abusive'].includes(body.outcome))
        throw fieldMissing(
          'outcome',
          'Pilih alasan pengarsipan: bukan pengaduan, duplikat, atau menyalahgunakan.',
          'Choose why it is archived: not a complaint, a duplicate, or abusive.',
        );
      input.set = { outcome: body.outcome };
      break;
    case 'forward': {
      if (body.outcome !== 'other_agency' && body.outcome !== 'lapor')
        throw fieldMissing(
          'outcome',
          'Pilih tujuan penerusan: instansi lain atau SP4N-LAPOR!.',
          'Choose where it goes: another agency or SP4N-LAPOR!.',
        );
      const to = body.forwardedTo?.trim() || (body.outcome === 'lapor' ? 'SP4N-LAPOR!' : '');
      if (!to) throw fieldMissing('forwardedTo', 'Tuliskan instansi tujuan.', 'Name the agency it goes to.');
      input.set = { outcome: body.outcome, forwardedTo: to };
      if (body.laporId?.trim()) input.set.laporId = body.laporId.trim();
      break;
    }
    case 'dispatch':
      input.set = await dispatchTarget(deps, place.siteId, body);
      break;
    case 'answer': {
      const answer = body.answer?.trim() ?? '';
      if (answer.length < 10)
        throw fieldMissing(
          'answer',
          'Tuliskan jawaban untuk pelapor (paling sedikit 10 karakter).',
          'Write the answer to the citizen (at least 10 characters).',
        );
      input.set = { answer };
      // The answer is the step's note, shown on the citizen's tracking page.
      input.note = answer;
      input.publicNote = true;
      input.after = (w, _before, after) => notifyAnswered(deps, w.tx, after);
      break;
    }
    default:
      break;
  }
  return moved(await moveComplaint(deps, ctx, id, input));
}

/** Dispatch: to an agency with a booth at the site; the booth and service, when named, that agency's. */
async function dispatchTarget(deps: ComplaintDeps, siteId: string, body: MoveBody) {
  if (!body.agencyId)
    throw fieldMissing(
      'agencyId',
      'Pilih instansi yang menindaklanjuti.',
      'Choose the agency to follow it up.',
    );
  const booths = await deps.db
    .selectFrom('booths')
    .select('id')
    .where('siteId', '=', siteId)
    .where('agencyId', '=', body.agencyId)
    .execute();
  if (booths.length === 0) throw new AppError('complaint.agency_not_at_site');
  if (body.boothId && !booths.some((b) => b.id === body.boothId))
    throw fieldMissing(
      'boothId',
      'Gerai ini bukan milik instansi tersebut di MPP ini.',
      "This booth is not that agency's at this site.",
    );
  if (body.serviceId) {
    const service = await deps.db
      .selectFrom('services')
      .select('agencyId')
      .where('id', '=', body.serviceId)
      .executeTakeFirst();
    if (service?.agencyId !== body.agencyId)
      throw fieldMissing(
        'serviceId',
        'Layanan ini bukan layanan instansi tersebut.',
        "This service is not that agency's.",
      );
  }
  return {
    agencyId: body.agencyId,
    ...(body.boothId ? { boothId: body.boothId } : {}),
    ...(body.serviceId ? { serviceId: body.serviceId } : {}),
  };
}

/** The answer to the citizen through the outbox, once per answer (a reopened complaint's new answer is another). */
async function notifyAnswered(deps: ComplaintDeps, tx: Executor, c: ComplaintRow) {
  const site = await tx
    .selectFrom('sites')
    .select('name')
    .where('id', '=', c.siteId)
    .executeTakeFirstOrThrow();
  const service = c.serviceId
    ? await tx.selectFrom('services').select('name').where('id', '=', c.serviceId).executeTakeFirst()
    : undefined;
  const data = {
    code: formatComplaintCode(c.trackingCode),
    site: site.name,
    answer: c.answer ?? '',
    ...(service ? { service: service.name } : {}),
  };
  const to: { channel: 'email' | 'webhook'; recipient: string }[] = [];
  if (deps.notify.email && c.emailEncrypted)
    to.push({ channel: 'email', recipient: deps.personalData.decrypt(c.emailEncrypted) });
  if (deps.notify.webhook && c.phoneEncrypted)
    to.push({ channel: 'webhook', recipient: deps.personalData.decrypt(c.phoneEncrypted) });
  for (const { channel, recipient } of to)
    await enqueueNotification(tx, deps.personalData, {
      siteId: c.siteId,
      channel,
      recipient,
      template: 'complaint.answered',
      language: c.language,
      data,
      dedupeKey: `complaint.answered:${c.id}:${c.version}:${channel}`,
    });
}

/**
 * The agency's follow-up (complaints.follow-up at the complaint's site and agency): a step the citizen does not
 * see; the handler reviews it and writes the answer. A handler may record it too (a follow-up given by phone).
 */
export async function followUp(
  deps: ComplaintDeps,
  ctx: RequestContext,
  id: string,
  body: { expectedVersion: number; note: string },
) {
  const place = await placeOf(deps, id);
  const target = (agencyId: string | null) => {
    if (!agencyId) {
      // Not dispatched to any agency: only a handler (whose scope is the site) may write here.
      const actor = assertMay(ctx, 'complaints.follow-up');
      if (!mayAt(actor, 'complaints.handle', { siteId: place.siteId }))
        throw new AppError('auth.out_of_scope');
      return;
    }
    assertMayAt(ctx, 'complaints.follow-up', { siteId: place.siteId, agencyId });
  };
  target(place.agencyId);
  const role = ctx.actor?.role;
  return moved(
    await moveComplaint(deps, ctx, id, {
      action: 'follow_up',
      by: role === 'agency_admin' ? 'agency' : 'handler',
      expectedVersion: body.expectedVersion,
      note: body.note,
      // The agency may have changed (a re-dispatch) between the look and the lock.
      authorize: (row) => target(row.agencyId),
    }),
  );
}

/** The full identity, for a handler who must contact the citizen: a reason, audited (the identity never is). */
export async function readIdentity(deps: ComplaintDeps, ctx: RequestContext, id: string, reason: string) {
  const place = await placeOf(deps, id);
  assertMayAt(ctx, 'complaints.identity.read', { siteId: place.siteId });
  return writeChange(deps, ctx, place.siteId, async (w) => {
    const c = await w.tx
      .selectFrom('complaints')
      .select(['identity', 'nameEncrypted', 'phoneEncrypted', 'emailEncrypted', 'agencyId'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (c.identity === 'anonymous') throw new AppError('complaint.anonymous');
    w.audit({
      action: 'complaint.identity.read',
      entityType: 'complaint',
      entityId: id,
      siteId: place.siteId,
      agencyId: c.agencyId,
      after: { reason, identity: c.identity },
    });
    const open = (v: string | null) => (v ? deps.personalData.decrypt(v) : null);
    return { name: open(c.nameEncrypted), phone: open(c.phoneEncrypted), email: open(c.emailEncrypted) };
  });
}

/** Releasing a confidential identity to the agency (it then sees it masked, as a named one): a reason, a step. */
export async function releaseIdentity(deps: ComplaintDeps, ctx: RequestContext, id: string, reason: string) {
  const place = await placeOf(deps, id);
  assertMayAt(ctx, 'complaints.handle', { siteId: place.siteId });
  return writeChange(deps, ctx, place.siteId, async (w) => {
    const before = await w.tx
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (before.identity !== 'confidential' || before.identityReleased)
      throw new AppError('complaint.not_confidential');
    const after = await w.tx
      .updateTable('complaints')
      .set({ identityReleased: true, version: before.version + 1, updatedAt: w.now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await w.tx
      .insertInto('complaintSteps')
      .values({
        complaintId: id,
        action: 'release_identity',
        fromStatus: before.status,
        toStatus: before.status,
        note: reason,
        public: false,
        actorUserId: ctx.actor?.userId ?? null,
        actorName: ctx.actor?.displayName ?? 'Pengelola',
        at: w.now,
      })
      .execute();
    w.audit({
      action: 'complaint.identity.release',
      entityType: 'complaint',
      entityId: id,
      siteId: after.siteId,
      agencyId: after.agencyId,
      before: { identityReleased: false, version: before.version },
      after: { identityReleased: true, version: after.version, reason },
    });
    return moved(after);
  });
}

// ——— per-site deadline settings ———

function presentSettings(siteId: string, settings: Record<string, unknown>) {
  const d = deadlinesOf(settings);
  return {
    siteId,
    verifyDays: d.verifyDays,
    followUpDays: d.followUpDays,
    autoCloseDays: d.autoCloseDays,
    responseDays: d.responseDays,
    decisionDays: d.decisionDays,
    limits: SITE_LIMITS,
  };
}

export async function complaintSettings(deps: ComplaintDeps, ctx: RequestContext, siteRef: string) {
  const site = await siteByIdOrCode(deps.db, siteRef);
  assertMayAt(ctx, 'complaints.settings', { siteId: site.id });
  const row = await deps.db
    .selectFrom('sites')
    .select('complaintSettings')
    .where('id', '=', site.id)
    .executeTakeFirstOrThrow();
  return presentSettings(site.id, row.complaintSettings);
}

/** Changes apply to stages entered from now on (a running stage keeps the deadline it was given). */
export async function setComplaintSettings(
  deps: ComplaintDeps,
  ctx: RequestContext,
  siteRef: string,
  next: { verifyDays: number; followUpDays: number; autoCloseDays: number },
) {
  const site = await siteByIdOrCode(deps.db, siteRef);
  assertMayAt(ctx, 'complaints.settings', { siteId: site.id });
  return writeChange(deps, ctx, site.id, async (w) => {
    const before = await w.tx
      .selectFrom('sites')
      .select('complaintSettings')
      .where('id', '=', site.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const settings = { ...before.complaintSettings, ...next };
    await w.tx
      .updateTable('sites')
      .set({ complaintSettings: JSON.stringify(settings), updatedAt: w.now })
      .where('id', '=', site.id)
      .execute();
    w.audit({
      action: 'complaint.settings',
      entityType: 'site',
      entityId: site.id,
      siteId: site.id,
      before: before.complaintSettings,
      after: settings,
    });
    return presentSettings(site.id, settings);
  });
}
