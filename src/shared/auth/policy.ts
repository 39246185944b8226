import type { RequestContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { type AccessRule, type Action, type ActionOf, accessRules, type ScopeKind } from './policy.rules.ts';
import type { Actor, Role } from './roles.ts';

/**
 * Every scope rule in one place (DESIGN.md §5). Which roles may take an action, and what scope kind bounds it, is
 * the table in policy.rules.ts; the checks below read it by action name (assertMay, assertMayAt, siteListOf,
 * reachFor, assertMayAgency, auditScopeFor). Routes and services call these; the UI only mirrors them.
 *
 * - national admin: everything.
 * - site manager: their site (its calendar, booths, counters, kiosks, floor, files, bookings, audit), and the
 *   agencies that have a booth there.
 * - agency admin: their agency AND their site. A null site means every site of the agency, and only the national
 *   admin grants that; a site manager grants an agency admin of their own site only.
 * - officer: their booth (its counters; the files of its agency at its site). An officer's site and agency are
 *   their booth's, copied when the account is made (createUser), and a booth never changes site or agency.
 * - evaluator: reads (monitor, attendance, booking statistics) wherever the route lets them, and assesses (the
 *   evaluation actions). An evaluator bound to a site is a region's monitoring team: that site only; an unbound one
 *   (the ministry's) every site.
 *
 * Catalogue data is shared across sites today (one agency, one service, booths at several sites). What belongs
 * to several sites is changed only by someone whose scope covers all of them: see assertSharedAgencyData and
 * assertSharedServiceData.
 */

function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('auth.required');
  return ctx.actor;
}

/** The role half of a rule, as the route's hook checks it before the handler: null when the role may call. */
export function roleRefusal(actor: Actor | null, action: Action): AppError | null {
  const { roles } = accessRules[action] as AccessRule;
  if (roles === 'anyone') return null;
  if (!actor) return new AppError('auth.required');
  return roles.includes(actor.role) ? null : new AppError('auth.forbidden');
}

/** An action that needs a sign-in: the signed-in actor when their role may take it (401, 403 otherwise). */
export function assertMay(
  ctx: RequestContext,
  action: Exclude<Action, ActionOf<'public' | 'device'>>,
): Actor {
  const refusal = roleRefusal(ctx.actor, action);
  if (refusal) throw refusal;
  return requireActor(ctx);
}

/** The target of a site, site-agency or booth rule: what the service loaded (a counter, a file, a booking…). */
type TargetAction = ActionOf<'site' | 'site-agency' | 'booth'>;
type TargetOf<A extends TargetAction> = (typeof accessRules)[A]['scope'] extends 'site'
  ? { siteId: string }
  : (typeof accessRules)[A]['scope'] extends 'booth'
    ? Required<SiteAgency>
    : SiteAgency;

function withinScope(
  actor: Actor,
  scope: ScopeKind,
  target: { siteId: string } & Partial<SiteAgency>,
): boolean {
  switch (scope) {
    case 'site':
      return actor.role === 'national_admin' || actor.siteId === target.siteId;
    case 'site-agency':
      return (
        target.agencyId !== undefined && mayActAt(actor, { siteId: target.siteId, agencyId: target.agencyId })
      );
    case 'booth':
      return (
        target.agencyId !== undefined &&
        target.boothId !== undefined &&
        mayActAt(actor, { ...target, agencyId: target.agencyId })
      );
    default:
      return false;
  }
}

/** Whether the actor may take the action on this target: their role is named, the target inside the scope. */
export function mayAt<A extends TargetAction>(actor: Actor, action: A, target: TargetOf<A>): boolean {
  return roleRefusal(actor, action) === null && withinScope(actor, accessRules[action].scope, target);
}

/** As mayAt, refusing: 401, 403 auth.forbidden for the role, 403 auth.out_of_scope for the target. */
export function assertMayAt<A extends TargetAction>(
  ctx: RequestContext,
  action: A,
  target: TargetOf<A>,
): Actor {
  const actor = assertMay(ctx, action);
  if (!withinScope(actor, accessRules[action].scope, target)) throw new AppError('auth.out_of_scope');
  return actor;
}

/** A site-read action: the rows of one site the actor may list (see siteListScope). */
export function siteListOf(ctx: RequestContext, action: ActionOf<'site-read'>, siteId: string) {
  return siteListScope(assertMay(ctx, action), siteId);
}

/** A reach action: the filter of a list across sites (see reachOf); null when the role reaches no row. */
export function reachFor(ctx: RequestContext, action: ActionOf<'reach'>): Reach | null {
  return reachOf(assertMay(ctx, action));
}

/** An agency action: the agency in the actor's catalogue reach (see assertAgencyScope). */
export async function assertMayAgency(
  db: Executor,
  ctx: RequestContext,
  action: ActionOf<'agency'>,
  agencyId: string,
): Promise<Actor> {
  const actor = assertMay(ctx, action);
  await assertAgencyScope(db, actor, agencyId);
  return actor;
}

/** A booth's layout (its counters and what they serve): the booth loaded, then the action's rule on it. */
export async function assertMayAtBooth(
  db: Executor,
  ctx: RequestContext,
  action: ActionOf<'site-agency'>,
  boothId: string,
): Promise<Actor> {
  assertMay(ctx, action);
  const booth = await db
    .selectFrom('booths')
    .select(['siteId', 'agencyId'])
    .where('id', '=', boothId)
    .executeTakeFirst();
  if (!booth) throw new AppError('booth.not_found');
  return assertMayAt(ctx, action, booth);
}

/** The one site an actor is bound to; null when they are not bound to one site (national admin, the ministry's
 * evaluator, an agency admin of all the agency's sites). It is also whose booths the actor may add to or remove from a
 * service's offering: null = any booth of the agency; a site id = only that site's booths, the other sites'
 * offering untouched. */
export function boundSiteOf(actor: Actor): string | null {
  if (actor.role === 'national_admin') return null;
  return actor.siteId;
}

/** Where an agency's business at a site happens: a file, a booking, a schedule, a counter of a booth. */
export interface SiteAgency {
  siteId: string;
  agencyId: string;
  /** When the target is one booth's (a counter): officers act only at their own booth. */
  boothId?: string;
}

/** Whether the actor may act on an agency's business at a site (see SiteAgency). */
export function mayActAt(actor: Actor, target: SiteAgency): boolean {
  switch (actor.role) {
    case 'national_admin':
      return true;
    case 'site_manager':
      return actor.siteId === target.siteId;
    case 'agency_admin':
      return actor.agencyId === target.agencyId && (actor.siteId === null || actor.siteId === target.siteId);
    case 'officer':
      if (target.boothId !== undefined) return actor.boothId === target.boothId;
      return actor.siteId === target.siteId && actor.agencyId === target.agencyId;
    default:
      return false;
  }
}

/**
 * A list of one site's rows (monitor, booking statistics, affected bookings, attendance): null = all of the site,
 * an agency id = only that agency's rows. Refused when the actor has no business at the site. Evaluators read
 * every site, or their region's one when bound to it (callers that must not show them the list leave 'evaluator'
 * out of requireRole).
 */
export function siteListScope(actor: Actor, siteId: string): { agencyId: string | null } {
  switch (actor.role) {
    case 'national_admin':
      return { agencyId: null };
    case 'evaluator':
      // A region's team (bound to its site) reads that site; the ministry's, every site.
      if (actor.siteId === null || actor.siteId === siteId) return { agencyId: null };
      break;
    case 'site_manager':
      if (actor.siteId === siteId) return { agencyId: null };
      break;
    case 'agency_admin':
    case 'officer':
      if (actor.agencyId && (actor.siteId === null || actor.siteId === siteId))
        return { agencyId: actor.agencyId };
      break;
  }
  throw new AppError('auth.out_of_scope');
}

/**
 * Lists across sites (counters one may open, application files): the rows must match every non-null field;
 * null for a role that sees none.
 */
export interface Reach {
  siteId: string | null;
  agencyId: string | null;
  boothId: string | null;
}
export function reachOf(actor: Actor): Reach | null {
  switch (actor.role) {
    case 'national_admin':
      return { siteId: null, agencyId: null, boothId: null };
    case 'site_manager':
      return actor.siteId ? { siteId: actor.siteId, agencyId: null, boothId: null } : null;
    case 'agency_admin':
      return actor.agencyId ? { siteId: actor.siteId, agencyId: actor.agencyId, boothId: null } : null;
    case 'officer':
      return actor.boothId
        ? { siteId: actor.siteId, agencyId: actor.agencyId, boothId: actor.boothId }
        : null;
    default:
      return null;
  }
}

/** A new service's booths, for a site-bound actor (see boundSiteOf): their own site's booths only. */
export async function assertOwnSiteBooths(db: Executor, actor: Actor, boothIds: string[]): Promise<void> {
  const site = boundSiteOf(actor);
  if (site === null || boothIds.length === 0) return;
  const elsewhere = await db
    .selectFrom('booths')
    .select('id')
    .where('id', 'in', boothIds)
    .where('siteId', '!=', site)
    .executeTakeFirst();
  if (elsewhere) throw new AppError('auth.out_of_scope');
}

/**
 * An agency in the actor's catalogue reach: a site manager's when their site owns it or it has a booth there, an agency admin's
 * own (whatever their site). Enough to offer its services at one's own booths or to add a service; changing what
 * the agency shares with other sites needs assertSharedAgencyData / assertSharedServiceData as well.
 */
async function assertAgencyScope(db: Executor, actor: Actor, agencyId: string): Promise<void> {
  if (actor.role === 'national_admin') return;
  if (actor.role === 'agency_admin' && actor.agencyId === agencyId) return;
  if (actor.role === 'site_manager' && actor.siteId) {
    const booth = await db
      .selectFrom('booths')
      .select('id')
      .where('siteId', '=', actor.siteId)
      .where('agencyId', '=', agencyId)
      .limit(1)
      .executeTakeFirst();
    if (booth) return;
    // An agency their site owns (one they just created has no booth yet).
    const owned = await db
      .selectFrom('agencies')
      .select('id')
      .where('id', '=', agencyId)
      .where('siteId', '=', actor.siteId)
      .executeTakeFirst();
    if (owned) return;
  }
  throw new AppError('auth.out_of_scope');
}

/**
 * Shared data: an agency's own fields (name, description, contacts, active), and a service's name, description,
 * keywords, category, duration, quota, booking flag, standard, workflow and active flag. These show and apply at
 * every site that offers them, so a change made for one site changes all of them. The rule: whoever's scope covers
 * every site concerned may change it — the national admin, or the agency's admin for all its sites. A site-bound
 * actor (a site manager, an agency admin of one site) may change it only while nothing of it is at another site
 * (the agency has no booth elsewhere; the service is offered at no other site's booth). What a site manager always
 * keeps is their own site's part: which of their booths offer a service (see boundSiteOf), their booths and
 * counters, schedules and calendar.
 */
export async function assertSharedAgencyData(db: Executor, actor: Actor, agencyId: string): Promise<void> {
  await assertAgencyScope(db, actor, agencyId);
  const site = boundSiteOf(actor);
  if (site === null) return;
  const elsewhere = await db
    .selectFrom('booths')
    .select('id')
    .where('agencyId', '=', agencyId)
    .where('siteId', '!=', site)
    .limit(1)
    .executeTakeFirst();
  if (elsewhere) throw new AppError('auth.shared_data');
}

/** See assertSharedAgencyData: a service's shared fields, standard and workflow. */
export async function assertSharedServiceData(
  db: Executor,
  actor: Actor,
  service: { id: string; agencyId: string },
): Promise<void> {
  await assertAgencyScope(db, actor, service.agencyId);
  const site = boundSiteOf(actor);
  if (site === null) return;
  const elsewhere = await db
    .selectFrom('serviceBooths as sb')
    .innerJoin('booths as b', 'b.id', 'sb.boothId')
    .select('b.id')
    .where('sb.serviceId', '=', service.id)
    .where('b.siteId', '!=', site)
    .limit(1)
    .executeTakeFirst();
  if (elsewhere) throw new AppError('auth.shared_data');
}

/**
 * Nobody grants more than they hold. The national admin grants any role and scope. A site manager creates only
 * officers of a booth at their site and agency admins of an agency with a booth at their site, always bound to
 * that site (never "all sites"). Everyone else grants nothing. `grant` is the scope as it will be stored (an
 * officer's site and agency already taken from their booth).
 */
export async function assertMayGrant(
  db: Executor,
  actor: Actor,
  grant: { role: Role; siteId: string | null; agencyId: string | null },
): Promise<void> {
  if (actor.role === 'national_admin') return;
  if (actor.role !== 'site_manager' || !actor.siteId) throw new AppError('auth.forbidden');
  if (grant.role !== 'officer' && grant.role !== 'agency_admin') throw new AppError('auth.forbidden');
  if (grant.siteId !== actor.siteId || !grant.agencyId) throw new AppError('auth.out_of_scope');
  await assertAgencyScope(db, actor, grant.agencyId);
}

/** A users action's list: the accounts of one site (a manager's), or null for all (the national admin's). */
export function userListOf(ctx: RequestContext, action: ActionOf<'users'>): { siteId: string | null } {
  const actor = assertMay(ctx, action);
  if (actor.role === 'national_admin') return { siteId: null };
  if (!actor.siteId) throw new AppError('auth.out_of_scope');
  return { siteId: actor.siteId };
}

/** An existing account the actor may manage (see its details, reset, disable): what they could have granted. */
export function mayManageUser(
  actor: Actor,
  user: { role: Role; siteId: string | null; agencyId: string | null },
): boolean {
  if (actor.role === 'national_admin') return true;
  return (
    actor.role === 'site_manager' &&
    actor.siteId !== null &&
    user.siteId === actor.siteId &&
    (user.role === 'officer' || user.role === 'agency_admin')
  );
}

/**
 * The audit log an actor may read. The national admin: everything (optionally one site). A site manager: entries
 * recorded for their site, plus site-less catalogue entries (agency, service) of agencies with a booth at their
 * site — never another site's entries. An agency admin: their agency's entries at their site (all its sites when
 * unbound), plus its site-less catalogue entries: they oversee their agency's officers, files and services.
 * Officers and evaluators do not read the log.
 */
export type AuditScope =
  | { kind: 'all'; siteId: string | null }
  | { kind: 'site'; siteId: string }
  | { kind: 'agency'; agencyId: string; siteId: string | null };
export const sharedAuditEntityTypes = ['agency', 'service'];
/** An audit action: the part of the log the actor reads (see auditScopeOf). */
export function auditScopeFor(
  ctx: RequestContext,
  action: ActionOf<'audit'>,
  requestedSiteId: string | null,
) {
  return auditScopeOf(assertMay(ctx, action), requestedSiteId);
}
export function auditScopeOf(actor: Actor, requestedSiteId: string | null): AuditScope {
  if (actor.role === 'national_admin') return { kind: 'all', siteId: requestedSiteId };
  if (actor.role === 'site_manager' && actor.siteId) return { kind: 'site', siteId: actor.siteId };
  if (actor.role === 'agency_admin' && actor.agencyId)
    return { kind: 'agency', agencyId: actor.agencyId, siteId: actor.siteId ?? requestedSiteId };
  throw new AppError('auth.forbidden');
}

/**
 * Who may reset, disable or enable another user's account: the national admin anyone; a site manager the agency
 * admins and officers of their own site (never another manager or a national admin). Nobody acts on their own
 * account this way: their password they change themselves, and disabling oneself would lock the door behind.
 */
export function assertUserManageScope(
  actor: Actor,
  target: { id: string; role: Role; siteId: string | null; agencyId: string | null },
): void {
  if (target.id === actor.userId) throw new AppError('user.own_account');
  if (!mayManageUser(actor, target)) throw new AppError('auth.out_of_scope');
}
