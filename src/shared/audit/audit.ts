import { type RawBuilder, sql } from 'kysely';
import type { RequestContext } from '../context.ts';
import type { Executor } from '../db/database.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  siteId?: string | null;
  agencyId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Keys never written to the audit log, whatever entity they belong to. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken']);

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? '[redacted]' : v)),
  ) as unknown;
}

/** The row of an entry: who acted (from the request), what changed, secrets scrubbed. */
function auditRow(ctx: RequestContext, entry: AuditEntry) {
  return {
    actorUserId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? 'system',
    actorRole: ctx.actor?.role ?? 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    siteId: entry.siteId ?? null,
    agencyId: entry.agencyId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(scrub(entry.before)),
    after: entry.after === undefined ? null : JSON.stringify(scrub(entry.after)),
    clientIp: ctx.clientIp,
    requestId: ctx.requestId,
  };
}

/**
 * The INSERT of several entries, in order, as one statement that can be part of a larger one (a data-modifying
 * WITH: see shared/write/write.ts).
 */
export function insertAuditEntries(ctx: RequestContext, entries: AuditEntry[]): RawBuilder<unknown> {
  return insertAuditRows(entries.map((entry) => ({ ctx, entry })));
}

/** The same, for entries of several requests written together (a group commit: each keeps its own request). */
export function insertAuditRows(items: { ctx: RequestContext; entry: AuditEntry }[]): RawBuilder<unknown> {
  const rows = items.map(({ ctx, entry }) => auditRow(ctx, entry));
  return sql`
    INSERT INTO audit_log (actor_user_id, actor_username, actor_role, action, entity_type, entity_id, site_id,
                           agency_id, before, after, client_ip, request_id)
    SELECT (r->>'actorUserId')::uuid, r->>'actorUsername', r->>'actorRole', r->>'action', r->>'entityType',
      r->>'entityId', (r->>'siteId')::uuid, (r->>'agencyId')::uuid, (r->>'before')::jsonb, (r->>'after')::jsonb,
      r->>'clientIp', r->>'requestId'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS a(r, ord)
    ORDER BY a.ord`;
}

/** Appends one entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await db.insertInto('auditLog').values(auditRow(ctx, entry)).execute();
}
