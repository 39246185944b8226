import { RecordComplaintPage } from '../../features/complaint-filing/record-page.tsx';

/** /kelola/pengaduan/catat — staff record a complaint that came by phone, letter, LAPOR!… */
export function Component() {
  return <RecordComplaintPage />;
}
