import { FileDetailPage } from '../../features/requests/file-detail.tsx';

/** /berkas/:id — one application file. */
export function Component() {
  return <FileDetailPage />;
}
