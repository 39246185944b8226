import { UsersPage } from '../../features/site-admin/users.tsx';

/** /kelola/pengguna — users. */
export function Component() {
  return <UsersPage />;
}
