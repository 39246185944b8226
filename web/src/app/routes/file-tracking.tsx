import { FileTrackingPage } from '../../features/requests/file-tracking.tsx';

/** /lacak-berkas — a citizen follows an application file. */
export function Component() {
  return <FileTrackingPage />;
}
