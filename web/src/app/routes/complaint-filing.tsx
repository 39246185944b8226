import { ComplaintFilingPage } from '../../features/complaint-filing/filing-page.tsx';

/** /pengaduan — a citizen files a complaint (linked when opened from a ticket's or a file's tracking page). */
export function Component() {
  return <ComplaintFilingPage />;
}
