import { ComplaintTrackingPage } from '../../features/complaint-filing/complaint-tracking.tsx';

/** /pengaduan/lacak — a citizen follows a complaint by its code and PIN, and replies to the answer. */
export function Component() {
  return <ComplaintTrackingPage />;
}
