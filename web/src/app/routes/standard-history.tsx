import { StandardHistoryPage } from '../../features/standard/standard-history.tsx';

/** /kelola/layanan/:id/riwayat — a standard's versions. */
export function Component() {
  return <StandardHistoryPage />;
}
