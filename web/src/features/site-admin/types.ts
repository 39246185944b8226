/** Site administration's API shapes, from the server's schemas: see ApiReply in lib/api.ts. */
import type { userOut } from '../../../../src/modules/accounts/accounts.schemas.ts';
import type { auditListOut } from '../../../../src/modules/audit/audit.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';
import type { SiteDetail } from '../../lib/types.ts';

/** GET /api/sites/:code as the settings, booths and users pages read it (hours, closures, booths, counters). */
export type SiteAdminDetail = SiteDetail;
export type DayHours = SiteDetail['weeklyHours'][number];
export type UserRow = ApiReply<typeof userOut>;
export type AuditList = ApiReply<typeof auditListOut>;
export type AuditEntry = AuditList['items'][number];
