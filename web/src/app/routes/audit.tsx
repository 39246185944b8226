import { AuditPage } from '../../features/site-admin/admin.tsx';

/** /kelola/audit — the audit log. */
export function Component() {
  return <AuditPage />;
}
