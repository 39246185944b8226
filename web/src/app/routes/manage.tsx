import { ManageServices } from '../../features/site-admin/manage.tsx';

/** /kelola — the manager's home: services and site links. */
export function Component() {
  return <ManageServices />;
}
