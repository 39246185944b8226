import { assertSiteScope } from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import type { Executor } from '../../shared/db/database.ts';

/**
 * A site's audit log: entries recorded against the site, plus entries about the agencies that have a booth
 * there (their services and standards are what the site's public sees).
 */
export async function listAudit(
  db: Executor,
  actor: Actor,
  query: {
    siteId?: string | undefined;
    entityId?: string | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  const siteId = actor.role === 'site_manager' ? actor.siteId : (query.siteId ?? null);
  if (siteId) assertSiteScope(actor, siteId);
  let q = db
    .selectFrom('auditLog')
    .select([
      'id',
      'at',
      'actorUsername',
      'actorRole',
      'action',
      'entityType',
      'entityId',
      'before',
      'after',
      'clientIp',
      'requestId',
    ])
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (siteId) {
    q = q.where((eb) =>
      eb.or([
        eb('siteId', '=', siteId),
        eb('agencyId', 'in', eb.selectFrom('booths').select('agencyId').where('siteId', '=', siteId)),
      ]),
    );
  }
  if (query.entityId) q = q.where('entityId', '=', query.entityId);
  if (query.beforeId) q = q.where('id', '<', String(query.beforeId));
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}
