import { auditScopeFor, sharedAuditEntityTypes } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';

/**
 * The audit log within the reader's scope (policy.ts, auditScopeFor): a site's entries are those recorded for the
 * site, plus the site-less catalogue entries (agencies, services) of agencies with a booth there. An entry
 * recorded for another site never shows, whatever `entityId` asks for.
 */
export async function listAudit(
  db: Executor,
  ctx: RequestContext,
  query: {
    siteId?: string | undefined;
    entityId?: string | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  const scope = auditScopeFor(ctx, 'audit.read', query.siteId ?? null);
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
  if (scope.kind === 'agency') {
    const { agencyId, siteId } = scope;
    q = q.where('agencyId', '=', agencyId);
    if (siteId) {
      q = q.where((eb) =>
        eb.or([
          eb('siteId', '=', siteId),
          eb.and([eb('siteId', 'is', null), eb('entityType', 'in', sharedAuditEntityTypes)]),
        ]),
      );
    }
  } else if (scope.siteId) {
    const siteId = scope.siteId;
    q = q.where((eb) =>
      eb.or([
        eb('siteId', '=', siteId),
        eb.and([
          eb('siteId', 'is', null),
          eb('entityType', 'in', sharedAuditEntityTypes),
          eb('agencyId', 'in', eb.selectFrom('booths').select('agencyId').where('siteId', '=', siteId)),
        ]),
      ]),
    );
  }
  if (query.entityId) q = q.where('entityId', '=', query.entityId);
  if (query.beforeId) q = q.where('id', '<', String(query.beforeId));
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}
