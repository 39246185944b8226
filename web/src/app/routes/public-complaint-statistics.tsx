import { PublicComplaintStatisticsPage } from '../../features/complaint-measures/public-statistics.tsx';

/** /pengaduan/statistik/:site — the published complaint statistics of a site (counts and on-time share). */
export function Component() {
  return <PublicComplaintStatisticsPage />;
}
