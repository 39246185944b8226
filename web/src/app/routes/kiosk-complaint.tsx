import { KioskComplaintPage } from '../../features/complaint-filing/kiosk-complaint.tsx';

/** /kiosk/:site/pengaduan — a complaint at the kiosk (full screen). */
export function Component() {
  return <KioskComplaintPage />;
}
