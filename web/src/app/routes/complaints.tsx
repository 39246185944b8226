import { ComplaintListPage } from '../../features/complaint-handling/complaint-list.tsx';

/** /kelola/pengaduan — complaints to handle, and the live late list. */
export function Component() {
  return <ComplaintListPage />;
}
