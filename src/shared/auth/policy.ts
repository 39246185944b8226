import type { RequestContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor, Role } from './roles.ts';

/**
 * Every scope rule in one place (DESIGN.md §5): an officer acts only on their booth, an agency admin only on
 * their agency, a site manager only on their site; the national admin everywhere. Routes call these; the UI
 * only mirrors them.
 */

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('auth.required');
  return ctx.actor;
}

export function requireRole(ctx: RequestContext, ...allowed: Role[]): Actor {
  const actor = requireActor(ctx);
  if (!allowed.includes(actor.role)) throw new AppError('auth.forbidden');
  return actor;
}

/** Who may change the catalogue at all (within their scope). */
export const catalogueEditors: Role[] = ['national_admin', 'site_manager', 'agency_admin'];

export function assertSiteScope(actor: Actor, siteId: string): void {
  if (actor.role === 'national_admin') return;
  if (actor.role === 'site_manager' && actor.siteId === siteId) return;
  throw new AppError('auth.out_of_scope');
}

/** A site manager manages the agencies that have a booth at their site; an agency admin, their own agency. */
export async function assertAgencyScope(db: Executor, actor: Actor, agencyId: string): Promise<void> {
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
  }
  throw new AppError('auth.out_of_scope');
}

/** Booth layout (booths, counters) belongs to the site manager; an agency admin may staff their own booths. */
export async function assertBoothScope(db: Executor, actor: Actor, boothId: string): Promise<void> {
  if (actor.role === 'national_admin') return;
  const booth = await db
    .selectFrom('booths')
    .select(['siteId', 'agencyId'])
    .where('id', '=', boothId)
    .executeTakeFirst();
  if (!booth) throw new AppError('booth.not_found');
  if (actor.role === 'site_manager' && actor.siteId === booth.siteId) return;
  if (actor.role === 'agency_admin' && actor.agencyId === booth.agencyId) return;
  throw new AppError('auth.out_of_scope');
}

/**
 * Who may reset, disable or enable another user's account: the national admin anyone; a site manager the agency
 * admins and officers of their own site (never another manager or a national admin). Nobody acts on their own
 * account this way: their password they change themselves, and disabling oneself would lock the door behind.
 */
export function assertUserManageScope(
  actor: Actor,
  target: { id: string; role: Role; siteId: string | null },
): void {
  if (target.id === actor.userId) throw new AppError('user.own_account');
  if (actor.role === 'national_admin') return;
  if (
    actor.role === 'site_manager' &&
    actor.siteId !== null &&
    target.siteId === actor.siteId &&
    (target.role === 'agency_admin' || target.role === 'officer')
  ) {
    return;
  }
  throw new AppError('auth.out_of_scope');
}
