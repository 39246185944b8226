import { AgenciesPage } from '../../features/site-admin/admin.tsx';

/** /kelola/instansi — agencies. */
export function Component() {
  return <AgenciesPage />;
}
