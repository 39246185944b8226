import { assertMay, assertMayAt, reachFor } from '../../shared/auth/policy.ts';
import { normaliseCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { maskNik, maskPhone } from '../../shared/personal-data/nik.rules.ts';
import { slaState } from '../sites/sites.public.ts';
import { formatRequestCode, workflowOf } from './requests.service.ts';
import { missingMandatory, nextSteps, sideStates } from './workflow.rules.ts';

/** What staff and citizens see of a request. Personal data: names and masked numbers for staff, none in public. */

export interface ListFilter {
  state?: string | undefined;
  attention?: 'late' | 'at_risk' | undefined;
  code?: string | undefined;
  limit: number;
}

/** The requests an actor may work on, newest first: an officer sees their agency's files at their site. */
export async function listRequests(
  db: Executor,
  cipher: PersonalDataCipher,
  ctx: RequestContext,
  f: ListFilter,
  now: Date,
) {
  let q = db
    .selectFrom('requests as r')
    .innerJoin('services as s', 's.id', 'r.serviceId')
    .innerJoin('booths as b', 'b.id', 'r.boothId')
    .innerJoin('sites as si', 'si.id', 'r.siteId')
    .select([
      'si.timezone',
      'r.id',
      'r.trackingCode',
      'r.state',
      'r.openedAt',
      'r.dueAt',
      'r.atRiskAt',
      'r.pausedAt',
      'r.doneAt',
      'r.nameEncrypted',
      's.name as serviceName',
      'b.name as boothName',
    ])
    .orderBy('r.openedAt', 'desc')
    .limit(f.limit);
  // Files are the agency's at a site, not one booth's: an officer sees every file of their agency at their site.
  const reach = reachFor(ctx, 'requests.list');
  if (!reach) throw new AppError('auth.forbidden');
  if (reach.siteId) q = q.where('r.siteId', '=', reach.siteId);
  if (reach.agencyId) q = q.where('r.agencyId', '=', reach.agencyId);
  if (f.state === 'open') q = q.where('r.doneAt', 'is', null).where('r.rejectedAt', 'is', null);
  else if (f.state) q = q.where('r.state', '=', f.state);
  if (f.attention === 'late')
    q = q.where('r.dueAt', '<', now).where('r.doneAt', 'is', null).where('r.rejectedAt', 'is', null);
  if (f.attention === 'at_risk')
    q = q.where('r.atRiskAt', '<=', now).where('r.doneAt', 'is', null).where('r.rejectedAt', 'is', null);
  if (f.code) q = q.where('r.trackingCode', 'like', `${normaliseCode(f.code)}%`);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    code: formatRequestCode(r.trackingCode),
    state: r.state,
    service: r.serviceName,
    booth: r.boothName,
    timezone: r.timezone,
    citizenName: cipher.decrypt(r.nameEncrypted),
    openedAt: r.openedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    sla: r.doneAt ? (r.doneAt <= r.dueAt ? 'done_on_time' : 'done_late') : slaState(r, now),
  }));
}

function stepLabels(workflow: { code: string; label: { id: string; en: string } }[]) {
  return [...workflow, ...sideStates];
}

async function history(db: Executor, id: string) {
  return db
    .selectFrom('requestTransitions')
    .select(['fromState', 'toState', 'note', 'actorName', 'at'])
    .where('requestId', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** One request for the officer's screen: the citizen (masked numbers), checklist, history, allowed next steps. */
export async function requestDetail(
  db: Executor,
  cipher: PersonalDataCipher,
  ctx: RequestContext,
  id: string,
  now: Date,
) {
  assertMay(ctx, 'requests.work');
  const r = await db
    .selectFrom('requests as r')
    .innerJoin('services as s', 's.id', 'r.serviceId')
    .innerJoin('booths as b', 'b.id', 'r.boothId')
    .innerJoin('agencies as a', 'a.id', 'r.agencyId')
    .innerJoin('sites as si', 'si.id', 'r.siteId')
    .selectAll('r')
    .select(['s.name as serviceName', 'b.name as boothName', 'a.shortName as agencyName', 'si.timezone'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new AppError('application.not_found');
  assertMayAt(ctx, 'requests.work', r);
  const workflow = await workflowOf(db, r.serviceId);
  const done = r.doneAt !== null || r.rejectedAt !== null;
  return {
    id: r.id,
    code: formatRequestCode(r.trackingCode),
    service: r.serviceName,
    booth: r.boothName,
    agency: r.agencyName,
    timezone: r.timezone,
    citizen: {
      name: cipher.decrypt(r.nameEncrypted),
      nik: maskNik(cipher.decrypt(r.nikEncrypted)),
      phone: r.phoneEncrypted ? maskPhone(cipher.decrypt(r.phoneEncrypted)) : null,
    },
    state: r.state,
    steps: stepLabels(workflow),
    workflow: workflow.map((s) => s.code),
    next: nextSteps(workflow, r.state, r.returnedFrom),
    checklist: r.checklist,
    missing: missingMandatory(r.checklist).map((d) => d.name),
    openedAt: r.openedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    completionTime: { amount: r.completionAmount, unit: r.completionUnit },
    paused: r.pausedAt !== null,
    sla: done ? null : slaState(r, now),
    doneAt: r.doneAt?.toISOString() ?? null,
    history: (await history(db, id)).map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/**
 * The citizen's view, by code and the last four digits of the NIK or phone. The same "not found" for a wrong
 * code and wrong digits, so the page cannot be used to test codes. No name, no number: only progress.
 */
export async function trackRequest(
  db: Executor,
  cipher: PersonalDataCipher,
  code: string,
  last4: string,
  now: Date,
) {
  const r = await db
    .selectFrom('requests as r')
    .innerJoin('services as s', 's.id', 'r.serviceId')
    .innerJoin('booths as b', 'b.id', 'r.boothId')
    .innerJoin('sites as si', 'si.id', 'r.siteId')
    .selectAll('r')
    .select(['s.name as serviceName', 'b.name as boothName', 'si.name as siteName', 'si.timezone'])
    .where('r.trackingCode', '=', normaliseCode(code))
    .executeTakeFirst();
  const digits = last4.replace(/\D/g, '');
  const matches =
    r !== undefined &&
    digits.length === 4 &&
    (cipher.decrypt(r.nikEncrypted).endsWith(digits) ||
      (r.phoneEncrypted !== null && cipher.decrypt(r.phoneEncrypted).endsWith(digits)));
  if (!r || !matches) throw new AppError('application.not_found');
  const workflow = await workflowOf(db, r.serviceId);
  const transitions = await history(db, r.id);
  const reached = new Map<string, string>();
  for (const t of transitions) if (!reached.has(t.toState)) reached.set(t.toState, t.at.toISOString());
  const finished = r.doneAt !== null || r.rejectedAt !== null;
  const last = transitions.at(-1);
  return {
    code: formatRequestCode(r.trackingCode),
    service: r.serviceName,
    site: r.siteName,
    booth: r.boothName,
    timezone: r.timezone,
    state: r.state,
    steps: workflow.map((s) => ({ code: s.code, label: s.label, reachedAt: reached.get(s.code) ?? null })),
    sideState:
      r.state === 'returned' || r.state === 'rejected' ? sideStates.find((s) => s.code === r.state) : null,
    // Why it was returned or rejected: the officer writes this note for the citizen.
    reason: last && (last.toState === 'returned' || last.toState === 'rejected') ? last.note : null,
    missing: missingMandatory(r.checklist).map((d) => d.name),
    openedAt: r.openedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    paused: r.pausedAt !== null,
    sla: finished ? null : slaState(r, now),
    readyToCollect: r.state === 'done',
    doneAt: r.doneAt?.toISOString() ?? null,
  };
}
