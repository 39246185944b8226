import { ComplaintDetailPage } from '../../features/complaint-handling/complaint-detail.tsx';

/** /kelola/pengaduan/:id — one complaint. */
export function Component() {
  return <ComplaintDetailPage />;
}
