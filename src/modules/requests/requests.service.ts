import { type Selectable, sql } from 'kysely';
import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay, assertMayAt } from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor, Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { checkedNik, checkedPhone } from '../../shared/personal-data/checks.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import type { NotifyChannels } from '../notifications/notifications.public.ts';
import { enqueueNotification } from '../notifications/notifications.public.ts';
import { atRiskAt, dueAt, localOf, pauseExtension, siteWorkingCalendar } from '../sites/sites.public.ts';
import { bucketOf } from './monitor.rules.ts';
import { runRequestHandedOverHooks } from './requests.hooks.ts';
import { bumpRollups } from './requests.rollups.ts';
import type { CompletionUnit, RequestsTable, StoredChecklistItem } from './requests.tables.ts';
import {
  checkTransition,
  DONE,
  type DocumentState,
  defaultWorkflow,
  FIRST,
  HANDED_OVER,
  REJECTED,
  RETURNED,
  type WorkflowStep,
  workflowProblems,
} from './workflow.rules.ts';

export interface RequestDeps extends WriteDeps {
  personalData: PersonalDataCipher;
  notify: NotifyChannels;
}

export interface CitizenInput {
  name: string;
  nik: string;
  phone?: string | null;
  email?: string | null;
  language?: 'id' | 'en';
}

export interface OpenInput {
  serviceId: string;
  boothId: string;
  ticketId: string | null;
  citizen: CitizenInput;
  /** Documents already checked at the counter, by their index in the checklist. */
  documents?: { index: number; state: DocumentState }[];
}

export function formatRequestCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The agency a service belongs to (whose admins may adapt its steps); service.not_found if there is none. */
export async function serviceOwner(db: Executor, serviceId: string): Promise<{ agencyId: string }> {
  const service = await db
    .selectFrom('services')
    .select('agencyId')
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw new AppError('service.not_found');
  return service;
}

/** The workflow of a service: the agency's own, or the default. */
export async function workflowOf(db: Executor, serviceId: string): Promise<WorkflowStep[]> {
  const row = await db
    .selectFrom('serviceWorkflows')
    .select('steps')
    .where('serviceId', '=', serviceId)
    .executeTakeFirst();
  return row?.steps ?? defaultWorkflow;
}

function checkCitizen(c: CitizenInput) {
  return {
    name: c.name.trim(),
    nik: checkedNik(c.nik),
    phone: c.phone?.trim() ? checkedPhone(c.phone) : null,
    email: c.email?.trim() || null,
  };
}

/**
 * Opens a request inside the caller's floor transaction (the ticket's finish, or a direct registration): the
 * checklist from the standard's documents, the deadline from its completion time in the site's working time.
 */
export async function openRequestIn(w: Write, deps: RequestDeps, input: OpenInput) {
  const citizen = checkCitizen(input.citizen);
  const booth = await w.tx
    .selectFrom('booths as b')
    .innerJoin('serviceBooths as sb', 'sb.boothId', 'b.id')
    .innerJoin('services as s', 's.id', 'sb.serviceId')
    .innerJoin('serviceStandardVersions as v', (j) =>
      j.onRef('v.serviceId', '=', 's.id').onRef('v.version', '=', 's.currentStandardVersion'),
    )
    .select([
      'b.id as boothId',
      'b.siteId',
      'b.agencyId',
      's.name as serviceName',
      's.currentStandardVersion as version',
      'v.requirements',
      'v.completionTimeAmount',
      'v.completionTimeUnit',
      'v.completionTimePausesWhenReturned',
    ])
    .where('b.id', '=', input.boothId)
    .where('s.id', '=', input.serviceId)
    .where('s.active', '=', true)
    .executeTakeFirst();
  if (!booth) throw new AppError('application.service_not_at_booth');
  const requirements = booth.requirements as { name: string; mandatory: boolean; isDocument: boolean }[];
  const documents = requirements.some((q) => q.isDocument)
    ? requirements.filter((q) => q.isDocument)
    : requirements;
  const checklist: StoredChecklistItem[] = documents.map((q) => ({
    name: q.name,
    mandatory: q.mandatory,
    state: 'pending',
    note: '',
  }));
  for (const d of input.documents ?? []) {
    const item = checklist[d.index];
    if (!item)
      throw new AppError('application.document_unknown', [
        {
          field: `documents.${d.index}`,
          message: {
            id: 'Tidak ada dokumen dengan nomor ini.',
            en: 'No document with this number.',
          },
        },
      ]);
    item.state = d.state;
  }
  const { calendar, atRiskShare } = await siteWorkingCalendar(w.tx, booth.siteId);
  const unit = booth.completionTimeUnit as CompletionUnit;
  const due = dueAt(w.now, booth.completionTimeAmount, unit, calendar);
  const openedOn = localOf(w.now, calendar.timeZone).date;
  // Twelve characters (60 random bits), shown as XXXX-XXXX-XXXX.
  const code = randomCode(12);
  const actor = w.ctx.actor;
  const row = await w.tx
    .insertInto('requests')
    .values({
      siteId: booth.siteId,
      agencyId: booth.agencyId,
      boothId: booth.boothId,
      serviceId: input.serviceId,
      standardVersion: booth.version,
      ticketId: input.ticketId,
      trackingCode: code,
      nameEncrypted: deps.personalData.encrypt(citizen.name),
      nikEncrypted: deps.personalData.encrypt(citizen.nik),
      nikMatch: deps.personalData.matchKey(citizen.nik),
      phoneEncrypted: citizen.phone ? deps.personalData.encrypt(citizen.phone) : null,
      emailEncrypted: citizen.email ? deps.personalData.encrypt(citizen.email) : null,
      language: input.citizen.language ?? 'id',
      state: FIRST,
      checklist: JSON.stringify(checklist),
      openedAt: w.now,
      openedBy: actor?.userId ?? null,
      openedOn,
      completionAmount: booth.completionTimeAmount,
      completionUnit: unit,
      pausesWhenReturned: booth.completionTimePausesWhenReturned,
      dueAt: due,
      atRiskAt: atRiskAt(w.now, due, atRiskShare, unit, calendar),
    })
    .returning(['id', 'trackingCode', 'dueAt'])
    .executeTakeFirstOrThrow();
  await w.tx
    .insertInto('requestTransitions')
    .values({
      requestId: row.id,
      fromState: null,
      toState: FIRST,
      note: input.ticketId ? 'Dibuka dari loket' : 'Didaftarkan langsung',
      actorUserId: actor?.userId ?? null,
      actorName: actor?.displayName ?? 'system',
      at: w.now,
    })
    .execute();
  await bumpRollups(w.tx, booth.boothId, openedOn, { opened: 1 });
  w.audit({
    action: 'request.open',
    entityType: 'request',
    entityId: row.id,
    siteId: booth.siteId,
    agencyId: booth.agencyId,
    after: { serviceId: input.serviceId, boothId: booth.boothId, ticketId: input.ticketId, dueAt: due },
  });
  w.emit('request.opened', booth.boothId, {
    requestId: row.id,
    agencyId: booth.agencyId,
    state: FIRST,
    dueAt: due.toISOString(),
  });
  return { id: row.id, trackingCode: formatRequestCode(row.trackingCode), dueAt: row.dueAt.toISOString() };
}

/** Registers an application directly (not from a ticket): an officer at their booth, for a service offered there. */
export async function registerRequest(
  deps: RequestDeps,
  ctx: RequestContext,
  input: Omit<OpenInput, 'ticketId' | 'boothId'> & { boothId?: string },
) {
  const actor = assertMay(ctx, 'requests.register');
  // An officer's booth goes without saying; anyone else names the booth (and an officer naming another is refused).
  const boothId = input.boothId ?? (actor.role === 'officer' ? actor.boothId : null);
  if (!boothId) throw new AppError('auth.forbidden');
  const booth = await deps.db
    .selectFrom('booths')
    .select(['id as boothId', 'siteId', 'agencyId'])
    .where('id', '=', boothId)
    .executeTakeFirst();
  if (!booth) throw new AppError('booth.not_found');
  assertMayAt(ctx, 'requests.register', booth);
  return writeChange(deps, ctx, booth.siteId, (w) =>
    openRequestIn(w, deps, { ...input, boothId, ticketId: null }),
  );
}

type RequestRow = Selectable<RequestsTable>;

/**
 * One change to a file: the actor's scope checked against the file's site and agency, then, in a floor
 * transaction of that site, the file locked (FOR UPDATE) and handed to `change`.
 */
async function changeRequest<T>(
  deps: RequestDeps,
  ctx: RequestContext,
  id: string,
  change: (w: Write, r: RequestRow, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = assertMay(ctx, 'requests.work');
  const where = await deps.db
    .selectFrom('requests')
    .select(['siteId', 'agencyId'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!where) throw new AppError('application.not_found');
  assertMayAt(ctx, 'requests.work', where);
  return writeChange(deps, ctx, where.siteId, async (w) => {
    const r = await w.tx
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw new AppError('application.not_found');
    return change(w, r, actor);
  });
}

/** Moves a request to another step, if the workflow allows it; records who, when and why. */
export async function moveRequest(
  deps: RequestDeps,
  ctx: RequestContext,
  id: string,
  to: string,
  note: string,
) {
  return changeRequest(deps, ctx, id, async (w, r, actor) => {
    const workflow = await workflowOf(w.tx, r.serviceId);
    const refusal = checkTransition({
      workflow,
      from: r.state,
      to,
      checklist: r.checklist,
      note,
      returnedFrom: r.returnedFrom,
    });
    if (refusal) throw new AppError(refusal);
    const { calendar, atRiskShare } = await siteWorkingCalendar(w.tx, r.siteId);
    const patch: Record<string, unknown> = { state: to, updatedAt: w.now };
    if (to === RETURNED) {
      patch.returnedFrom = r.state;
      if (r.pausesWhenReturned) patch.pausedAt = w.now;
    }
    if (r.state === RETURNED) {
      patch.returnedFrom = null;
      if (r.pausedAt && to !== REJECTED) {
        // The clock resumes: the deadline moves by the working time the file spent with the citizen.
        const extension = r.slaExtension + pauseExtension(r.pausedAt, w.now, r.completionUnit, calendar);
        const due = dueAt(r.openedAt, r.completionAmount, r.completionUnit, calendar, extension);
        patch.slaExtension = extension;
        patch.dueAt = due;
        patch.atRiskAt = atRiskAt(r.openedAt, due, atRiskShare, r.completionUnit, calendar);
        patch.pausedAt = null;
      }
    }
    if (to === DONE) patch.doneAt = w.now;
    if (to === HANDED_OVER) patch.handedOverAt = w.now;
    if (to === REJECTED) patch.rejectedAt = w.now;
    await w.tx.updateTable('requests').set(patch).where('id', '=', id).execute();
    await w.tx
      .insertInto('requestTransitions')
      .values({
        requestId: id,
        fromState: r.state,
        toState: to,
        note: note.trim(),
        actorUserId: actor.userId,
        actorName: actor.displayName,
        at: w.now,
      })
      .execute();
    if (to === DONE) {
      const minutes = (w.now.getTime() - r.openedAt.getTime()) / 60_000;
      await bumpRollups(w.tx, r.boothId, r.openedOn, {
        completed: 1,
        completedOnTime: w.now <= r.dueAt ? 1 : 0,
        bucket: bucketOf(minutes),
      });
      await queueReadyNotice(w.tx, deps, r);
    }
    if (to === REJECTED) await bumpRollups(w.tx, r.boothId, r.openedOn, { rejected: 1 });
    w.audit({
      action: 'request.move',
      entityType: 'request',
      entityId: id,
      siteId: r.siteId,
      agencyId: r.agencyId,
      before: { state: r.state },
      after: { state: to, note: note.trim() },
    });
    w.emit('request.moved', r.boothId, { requestId: id, agencyId: r.agencyId, from: r.state, state: to });
    // Last: what other modules do when a file reaches the citizen (the satisfaction survey's invitation).
    if (to === HANDED_OVER)
      await runRequestHandedOverHooks(w, {
        requestId: id,
        siteId: r.siteId,
        agencyId: r.agencyId,
        boothId: r.boothId,
        serviceId: r.serviceId,
        phoneEncrypted: r.phoneEncrypted,
        emailEncrypted: r.emailEncrypted,
        language: r.language,
      });
    return { id, state: to };
  });
}

/** Marks one document of the checklist received / verified / missing (not after the file is done). */
export async function setDocument(
  deps: RequestDeps,
  ctx: RequestContext,
  id: string,
  index: number,
  state: DocumentState,
  note: string,
) {
  return changeRequest(deps, ctx, id, async (w, r) => {
    if ([DONE, HANDED_OVER, REJECTED].includes(r.state)) throw new AppError('application.final');
    const checklist = r.checklist;
    const item = checklist[index];
    if (!item) throw new AppError('application.document_unknown');
    const before = { ...item };
    item.state = state;
    item.note = note.trim();
    await w.tx
      .updateTable('requests')
      .set({ checklist: JSON.stringify(checklist), updatedAt: w.now })
      .where('id', '=', id)
      .execute();
    w.audit({
      action: 'request.document',
      entityType: 'request',
      entityId: id,
      siteId: r.siteId,
      agencyId: r.agencyId,
      before,
      after: item,
    });
    w.emit('request.document', r.boothId, { requestId: id, agencyId: r.agencyId, index, state });
    return { id, checklist };
  });
}

/** "Ready to collect": on every configured channel the citizen gave (phone via the webhook gateway, e-mail). */
async function queueReadyNotice(
  tx: Tx,
  deps: RequestDeps,
  r: {
    id: string;
    siteId: string;
    boothId: string;
    serviceId: string;
    trackingCode: string;
    phoneEncrypted: string | null;
    emailEncrypted: string | null;
    language: 'id' | 'en';
  },
) {
  const targets: { channel: 'email' | 'webhook'; recipient: string }[] = [];
  if (deps.notify.webhook && r.phoneEncrypted)
    targets.push({ channel: 'webhook', recipient: deps.personalData.decrypt(r.phoneEncrypted) });
  if (deps.notify.email && r.emailEncrypted)
    targets.push({ channel: 'email', recipient: deps.personalData.decrypt(r.emailEncrypted) });
  if (targets.length === 0) return;
  const names = await sql<{ service: string; site: string; booth: string }>`
    SELECT s.name AS service, si.name AS site, b.name AS booth
    FROM services s, sites si, booths b
    WHERE s.id = ${r.serviceId} AND si.id = ${r.siteId} AND b.id = ${r.boothId}`.execute(tx);
  const data = { ...names.rows[0], code: formatRequestCode(r.trackingCode) };
  for (const t of targets) {
    await enqueueNotification(tx, deps.personalData, {
      siteId: r.siteId,
      channel: t.channel,
      recipient: t.recipient,
      template: 'request.ready',
      language: r.language,
      data,
      dedupeKey: `request.ready:${r.id}:${t.channel}`,
    });
  }
}

/** An agency adapts a service's steps (validated: starts at received, ends done → handed over). */
export async function setWorkflow(
  deps: RequestDeps,
  ctx: RequestContext,
  serviceId: string,
  steps: WorkflowStep[],
) {
  const problems = workflowProblems(steps);
  if (problems.length > 0)
    throw new AppError(
      'application.workflow_invalid',
      problems.map((p) => ({ field: 'steps', message: { id: p, en: p } })),
    );
  return deps.db.transaction().execute(async (tx) => {
    const before = await workflowOf(tx, serviceId);
    // A step that open files stand at cannot go: they would be stranded.
    const kept = [...steps.map((s) => s.code), RETURNED, REJECTED];
    const stranded = await tx
      .selectFrom('requests')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('serviceId', '=', serviceId)
      .where((eb) => eb.or([eb('state', 'not in', kept), eb('returnedFrom', 'not in', kept)]))
      .groupBy('state')
      .execute();
    if (stranded.length > 0)
      throw new AppError(
        'application.workflow_in_use',
        stranded.map((r) => ({
          field: 'steps',
          message: {
            id: `${r.n} berkas masih berada di tahap "${r.state}".`,
            en: `${r.n} files are still at step "${r.state}".`,
          },
        })),
      );
    await tx
      .insertInto('serviceWorkflows')
      .values({ serviceId, steps: JSON.stringify(steps), updatedBy: ctx.actor?.userId ?? null })
      .onConflict((oc) =>
        oc.column('serviceId').doUpdateSet({
          steps: JSON.stringify(steps),
          updatedBy: ctx.actor?.userId ?? null,
          updatedAt: new Date(),
        }),
      )
      .execute();
    await recordAudit(tx, ctx, {
      action: 'service.workflow',
      entityType: 'service',
      entityId: serviceId,
      before,
      after: steps,
    });
    return steps;
  });
}
