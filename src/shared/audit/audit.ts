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

/** Appends one entry; call it inside the transaction of the change it records. */
export async function recordAudit(db: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
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
    })
    .execute();
}
